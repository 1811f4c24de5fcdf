/**
 * The Daily Papers dump format, as data: the page header's lines and the kinds of line an
 * entry is made of. The parser (dump-parser.ts) is a state machine over these kinds. A page
 * header may come again mid-dump (copies pasted one after another) and is then read the same.
 *
 *   Title line
 *   (blank)
 *   Abstract, one or more paragraphs
 *     • 4 authors
 *   ·
 *   Mar 24, 2023 12        ← "Mon D, YYYY" or "Mon D", then the optional upvote count
 */
import { monthNumber } from '../common/dates.ts';
import { stripControls, trimSpace } from '../common/text.ts';

/** Lines of the page header a copy of huggingface.co/papers starts with (compared trimmed). */
const HEADER_LINES: ReadonlySet<string> = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);

/** `  • 4 authors` / `1 author` (the bullet is optional: some copies drop it). */
const AUTHORS_LINE = /^(?:[•*-]\s*)?(\d{1,6})\s+authors?$/u;

/** Longer than any authors, separator or date line ("September 30, 2025 123456789" is 28). */
const MAX_STRUCTURAL_LINE = 64;

/** The middle dot the listing prints between the author count and the date. */
const SEPARATOR_LINE = /^[·•]$/u;

/**
 * `Mar 24, 2023`, `Mar 24, 2023 7`, `Jan 3`, `Mar 2 2` (March 2, 2 upvotes). A year always
 * follows a comma, so a bare number after the day is the upvote count.
 */
const DATE_LINE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d{1,9}))?$/;

/** A date as printed: the year is absent for the capture year. */
export interface ListingDate {
  month: number;
  day: number;
  year: number | undefined;
  upvotes: number;
  text: string;
}

/**
 * The day the page shows under its header (`Apr 13`): a date without a year or upvotes where a
 * title would be. No entry starts with a date, so such a line is never a title.
 */
export function isDayHeading(date: ListingDate): boolean {
  return date.year === undefined && date.upvotes === 0;
}

export type Line =
  /** `invisible`: the line held only control characters, so it is blank only once cleaned. */
  | { kind: 'blank'; invisible: boolean }
  | { kind: 'header' }
  | { kind: 'authors'; count: number }
  | { kind: 'separator' }
  | { kind: 'date'; date: ListingDate }
  | { kind: 'text'; text: string };

/** A dump line, cleaned of control characters, and what kind of line it is. */
export function classifyLine(raw: string): Line {
  const text = trimSpace(stripControls(raw));
  if (text === '') return { kind: 'blank', invisible: trimSpace(raw) !== '' };
  // Structural lines are short; long lines (abstracts) skip the patterns below.
  if (text.length > MAX_STRUCTURAL_LINE) return { kind: 'text', text };
  const normalized = text.replace(/[\s\u00a0]+/g, ' ');
  if (HEADER_LINES.has(normalized)) return { kind: 'header' };
  if (SEPARATOR_LINE.test(normalized)) return { kind: 'separator' };
  const authors = AUTHORS_LINE.exec(normalized);
  if (authors) return { kind: 'authors', count: Number(authors[1]) };
  const date = parseListingDate(normalized);
  if (date) return { kind: 'date', date };
  return { kind: 'text', text };
}

function parseListingDate(text: string): ListingDate | undefined {
  const match = DATE_LINE.exec(text);
  if (!match) return undefined;
  const month = monthNumber(match[1] ?? '');
  if (month === undefined) return undefined;
  return {
    month,
    day: Number(match[2]),
    year: match[3] === undefined ? undefined : Number(match[3]),
    upvotes: match[4] === undefined ? 0 : Number(match[4]),
    text,
  };
}

/** Splits dump text into lines: UTF-8 BOM dropped, CRLF, CR and LF all end a line. */
export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}
