/**
 * Reads the structure of one dump: header, then entries of title · abstract · authors · "·" ·
 * date. Dates stay as printed here; dump-dates.ts gives them their years.
 *
 * Broken entries are rejected, never repaired: the parser recovers at the next line that can
 * start an entry, so one bad entry never swallows its neighbours.
 */
import { classifyLine, isHeaderLine, splitLines, type ListingDate } from './dump-format.ts';
import { cleanTitle } from './text.ts';

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

export interface ParsedDump {
  /** The capture day printed under the page header (`Apr 13`), if the copy has one. */
  headerDate: (ListingDate & { line: number }) | undefined;
  entries: RawEntry[];
  rejected: Rejection[];
}

type State = 'header' | 'title' | 'abstract' | 'separator' | 'date';

interface OpenEntry {
  title: string;
  line: number;
  paragraphs: string[];
  paragraph: string[];
  authors: number | undefined;
}

const TITLE_EXCERPT = 60;

/** How a rejection names its entry: by a JSON-quoted excerpt of the title, inert in any terminal. */
export function describeEntry(title: string): string {
  if (title === '') return 'entry';
  const excerpt = title.length > TITLE_EXCERPT ? `${title.slice(0, TITLE_EXCERPT)}…` : title;
  return `entry ${JSON.stringify(excerpt)}`;
}

export function parseDump(text: string): ParsedDump {
  const lines = splitLines(text);
  const entries: RawEntry[] = [];
  const rejected: Rejection[] = [];
  let headerDate: ParsedDump['headerDate'];
  let sawHeader = false;
  let state: State = 'header';
  let entry: OpenEntry | undefined;

  const endParagraph = (open: OpenEntry) => {
    if (open.paragraph.length > 0) open.paragraphs.push(open.paragraph.join(' '));
    open.paragraph = [];
  };
  const reject = (open: OpenEntry, reason: string) => {
    rejected.push({ line: open.line, reason: `${describeEntry(open.title)}: ${reason}` });
    entry = undefined;
    state = 'title';
  };
  const begin = (title: string, line: number) => {
    entry = { title, line, paragraphs: [], paragraph: [], authors: undefined };
    state = 'abstract';
  };

  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    const raw = lines[index] ?? '';
    const line = classifyLine(raw);

    if (state === 'header') {
      if (line.kind === 'blank') continue;
      if (line.kind === 'text' && isHeaderLine(line.text)) {
        sawHeader = true;
        continue;
      }
      if (sawHeader && line.kind === 'date' && line.date.year === undefined && line.date.upvotes === 0) {
        headerDate = { ...line.date, line: lineNumber };
        state = 'title';
        continue;
      }
      state = 'title';
    }

    // An entry that expected its date line but met something else has none; that line then
    // starts the next entry.
    if ((state === 'separator' || state === 'date') && entry && line.kind !== 'blank' &&
        line.kind !== 'date' && !(state === 'separator' && line.kind === 'separator')) {
      reject(entry, `no date line after the author count (line ${lineNumber} starts the next entry)`);
    }

    switch (state) {
      case 'title': {
        if (line.kind === 'blank') {
          // A title line of nothing but control characters: the entry has an empty title.
          if (line.invisible) begin('', lineNumber);
          break;
        }
        if (line.kind === 'text' || line.kind === 'date') {
          const title = line.kind === 'text' ? cleanTitle(line.text) : line.date.text;
          begin(title, lineNumber);
          break;
        }
        // An author count or a "·" where a title belongs: the entry's title line is missing.
        begin('', lineNumber);
        index--; // read this line again as part of the title-less entry
        break;
      }
      case 'abstract': {
        const open = entry as OpenEntry;
        if (line.kind === 'blank') endParagraph(open);
        else if (line.kind === 'authors') {
          endParagraph(open);
          open.authors = line.count;
          state = 'separator';
        } else if (line.kind === 'separator') {
          reject(open, `no "• N authors" line before the "·" on line ${lineNumber}`);
          state = 'date';
          entry = undefined;
        } else {
          open.paragraph.push(line.kind === 'text' ? line.text : line.date.text);
        }
        break;
      }
      case 'separator':
      case 'date': {
        if (line.kind === 'blank') break;
        if (line.kind === 'separator') {
          state = 'date';
          break;
        }
        if (line.kind === 'date' && entry) {
          const open: OpenEntry = entry;
          if (open.title === '') reject(open, 'empty title');
          else {
            entries.push({
              title: open.title,
              paragraphs: open.paragraphs,
              authors: open.authors ?? 0,
              date: line.date,
              line: open.line,
              dateLine: lineNumber,
            });
            entry = undefined;
            state = 'title';
          }
          break;
        }
        if (line.kind === 'date') {
          // The date of an entry already rejected (no authors line): skip it.
          state = 'title';
          break;
        }
        // Not a date: the entry (if any) was rejected above; this line starts the next one.
        state = 'title';
        index--;
        break;
      }
    }
  }

  const open = entry as OpenEntry | undefined;
  if (open) {
    const missing = state === 'abstract' ? 'its author count and date' : 'its date line';
    reject(open, `cut off at the end of the dump before ${missing}`);
  }
  return { headerDate, entries, rejected };
}
