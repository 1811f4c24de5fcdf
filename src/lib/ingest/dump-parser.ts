/**
 * Reads the structure of one dump: header, then entries of title · abstract · authors · "·" ·
 * date. Dates stay as printed here; dump-dates.ts gives them their years.
 *
 * Broken entries are rejected, never repaired: the parser recovers at the next line that can
 * start an entry, so one bad entry never swallows its neighbours.
 */
import { classifyLine, isDayHeading, splitLines, type ListingDate } from './dump-format.ts';
import { cleanTitle } from '../common/text.ts';

export interface RawEntry {
  title: string;
  /** Paragraphs; the lines of a paragraph are joined with a space. */
  paragraphs: string[];
  authors: number;
  date: ListingDate;
  /** 1-based line numbers of the title and of the date line. */
  line: number;
  dateLine: number;
}

export interface Rejection {
  line: number;
  reason: string;
}

/** A day printed under the page header (`Apr 13`), and its line. */
export type HeaderDate = ListingDate & { line: number };

export interface ParsedDump {
  /** The days printed under the page header, if the copy has one: one per copy of the page it holds. */
  headerDates: HeaderDate[];
  entries: RawEntry[];
  rejected: Rejection[];
}

interface OpenEntry {
  title: string;
  line: number;
  paragraphs: string[];
  paragraph: string[];
  authors: number;
  /** What the entry waits for: more abstract (until its author count), the "·", or its date. */
  awaiting: 'abstract' | 'separator' | 'date';
}

const TITLE_EXCERPT = 60;

/** How a rejection names its entry: by a JSON-quoted excerpt of the title, inert in any terminal. */
export function describeEntry(title: string): string {
  if (title === '') return 'entry';
  const excerpt = title.length > TITLE_EXCERPT ? `${title.slice(0, TITLE_EXCERPT)}…` : title;
  return `entry ${JSON.stringify(excerpt)}`;
}

function openEntry(title: string, line: number): OpenEntry {
  return { title, line, paragraphs: [], paragraph: [], authors: 0, awaiting: 'abstract' };
}

function endParagraph(entry: OpenEntry): void {
  if (entry.paragraph.length > 0) entry.paragraphs.push(entry.paragraph.join(' '));
  entry.paragraph = [];
}

export function parseDump(text: string): ParsedDump {
  const lines = splitLines(text);
  const headerDates: HeaderDate[] = [];
  const entries: RawEntry[] = [];
  const rejected: Rejection[] = [];
  const reject = (entry: OpenEntry, reason: string) => {
    rejected.push({ line: entry.line, reason: `${describeEntry(entry.title)}: ${reason}` });
  };
  const cutOff = (entry: OpenEntry, where: string) => {
    const missing = entry.awaiting === 'abstract' ? 'its author count and date' : 'its date line';
    reject(entry, `cut off ${where} before ${missing}`);
  };
  /** Within a page header: at the start of the dump, and wherever one comes again. */
  let inHeader = true;
  /** The entry being read; undefined while a title is expected. */
  let entry: OpenEntry | undefined;
  /** After an entry rejected at its "·": its date line, if it comes, is skipped. */
  let skipDate = false;

  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    const line = classifyLine(lines[index] ?? '');

    if (line.kind === 'header') {
      // A header cutting into an entry ends it: what follows is the next copy of the page.
      if (entry !== undefined) cutOff(entry, `by a page header on line ${lineNumber}`);
      entry = undefined;
      inHeader = true;
      skipDate = false;
      continue;
    }
    if (inHeader) {
      if (line.kind === 'blank') continue;
      inHeader = false;
    }

    if (entry === undefined) {
      if (line.kind === 'blank') {
        // A title line of nothing but control characters: the entry has an empty title.
        if (line.invisible) entry = openEntry('', lineNumber);
        continue;
      }
      if (skipDate) {
        skipDate = false;
        if (line.kind === 'date') continue;
      }
      if (line.kind === 'date') {
        // A date is never a title: the page's day under its header (also in a copy that starts
        // at it), or a line out of place.
        if (isDayHeading(line.date)) headerDates.push({ ...line.date, line: lineNumber });
        else
          rejected.push({
            line: lineNumber,
            reason: `date line ${JSON.stringify(line.date.text)} where a title belongs`,
          });
        continue;
      }
      if (line.kind === 'text') entry = openEntry(cleanTitle(line.text), lineNumber);
      else {
        // An author count or a "·" where a title belongs: the title line is missing. The
        // line is then read as part of the title-less entry.
        entry = openEntry('', lineNumber);
        index--;
      }
      continue;
    }

    if (entry.awaiting === 'abstract') {
      if (line.kind === 'blank') endParagraph(entry);
      else if (line.kind === 'authors') {
        endParagraph(entry);
        entry.authors = line.count;
        entry.awaiting = 'separator';
      } else if (line.kind === 'separator') {
        reject(entry, `no "• N authors" line before the "·" on line ${lineNumber}`);
        entry = undefined;
        skipDate = true;
      } else entry.paragraph.push(line.kind === 'text' ? line.text : line.date.text);
      continue;
    }

    // Awaiting the "·" or the date (the "·" may be missing; the date may not).
    if (line.kind === 'blank') continue;
    if (line.kind === 'separator' && entry.awaiting === 'separator') {
      entry.awaiting = 'date';
      continue;
    }
    if (line.kind === 'date') {
      if (entry.title === '') reject(entry, 'empty title');
      else {
        entries.push({
          title: entry.title,
          paragraphs: entry.paragraphs,
          authors: entry.authors,
          date: line.date,
          line: entry.line,
          dateLine: lineNumber,
        });
      }
      entry = undefined;
      continue;
    }
    // Anything else: the entry has no date line, and this line starts the next entry.
    reject(entry, `no date line after the author count (line ${lineNumber} starts the next entry)`);
    entry = undefined;
    index--;
  }

  if (entry !== undefined) cutOff(entry, 'at the end of the dump');
  return { headerDates, entries, rejected };
}
