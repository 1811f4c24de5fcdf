/**
 * Astro writes each page it renders as two log events: the page's path, leaving the line open,
 * then its time, closing it. Rendering several pages at once (`build.concurrency`), the paths of
 * the pages under way run together on one line and each time lands after another page's path.
 * Here a page's path is a line of its own, and its time, which no longer says which page it
 * timed, is dropped; what else that event says stays, on a line of its own.
 */
import type { AstroLoggerMessage } from 'astro';

// A page's time as Astro writes it: " (+12ms)", " (+1.20s)", " (+1m 5s)", coloured. (Its "(cached)" and
// "(restored)" come only from Astro's own incremental build, which this site leaves off.)
const PAGE_TIME = /^\s*(?:\u001b\[[\d;]*m)*\(\+(?:\d+m\s*)?[\d.]+\s*m?s\)(?:\u001b\[[\d;]*m)*\s*/;

/** The event as it should be written, or undefined to write nothing. */
export function pageLine(event: AstroLoggerMessage): AstroLoggerMessage | undefined {
  if (!event.newLine) return { ...event, newLine: true };
  if (event.label !== 'SKIP_FORMAT') return event;
  const time = PAGE_TIME.exec(event.message);
  if (time === null) return event;
  const rest = event.message.slice(time[0].length);
  return rest.trim() === '' ? undefined : { ...event, message: `    ${rest}` };
}
