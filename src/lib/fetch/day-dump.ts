/**
 * What a fetched day does to its dump file. The text written is the items as the API gave them,
 * one JSON array. A dump already there is replaced only by one listing at least its papers:
 * a re-fetch brings newer upvotes, while an answer missing papers (an API hiccup, a listing
 * trimmed) must not take them out of the site.
 */
import type { Day } from '../common/dates.ts';
import { InputError } from '../common/files.ts';
import { plural } from '../common/text.ts';
import { listedPaperId, parseJsonDump } from '../ingest/json-dump.ts';

export type DayStatus = 'written' | 'unchanged' | 'empty' | 'failed';

export interface DumpDecision {
  status: DayStatus;
  /** The text to write, when the file is to be (re)written. */
  text?: string;
  /** Papers the API listed for the day. */
  papers: number;
  reason?: string;
}

/** The dump's text: the JSON array, as JSON.stringify indents it. */
export function dumpText(items: readonly unknown[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** At most this many papers are named when a dump is kept for listing papers the answer lacks. */
const IDS_SHOWN = 5;

/**
 * The decision for a day's `items`, given the text of the dump already at `file` (undefined:
 * none). `fileName` dates items that carry no listing day; `today` bounds papers' dates.
 */
export function decideDump(
  items: readonly unknown[],
  existing: string | undefined,
  { file, fileName, today }: { file: string; fileName: string; today: Day },
): DumpDecision {
  if (items.length === 0)
    return {
      status: 'empty',
      papers: 0,
      reason: `no papers listed for this day; ${existing === undefined ? 'nothing written' : 'the dump there is kept'}`,
    };
  const text = dumpText(items);
  const fetched = parseJsonDump(text, { fileName, today });
  if (fetched.rejected.length > 0)
    return {
      status: 'failed',
      papers: items.length,
      reason: `not every item is a paper: ${fetched.rejected[0]?.reason}`,
    };
  const papers = fetched.entries.length;
  if (existing === undefined) return { status: 'written', text, papers };
  if (existing === text) return { status: 'unchanged', papers };
  let kept;
  try {
    kept = parseJsonDump(existing, { fileName, today });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      status: 'failed',
      papers,
      reason: `${file} is there and is not a JSON dump (${error.message}): not replaced`,
    };
  }
  // The same items written another way (the API's own text, unindented): nothing new to write.
  if (dumpText(JSON.parse(existing.replace(/^\ufeff/, '')) as unknown[]) === text)
    return { status: 'unchanged', papers };
  const now = new Set(fetched.entries.map(listedPaperId));
  const missing = [...new Set(kept.entries.map(listedPaperId))].filter((id) => !now.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, IDS_SHOWN).join(', ');
    const more = missing.length > IDS_SHOWN ? `, and ${missing.length - IDS_SHOWN} more` : '';
    return {
      status: 'unchanged',
      papers,
      reason: `kept the dump there: it lists ${plural(missing.length, 'paper')} the API no longer lists (${shown}${more})`,
    };
  }
  return {
    status: 'written',
    text,
    papers,
    reason: `replaced the dump there (${plural(kept.entries.length, 'paper')} before)`,
  };
}
