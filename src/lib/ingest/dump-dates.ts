/**
 * Gives every entry of a parsed dump a full ISO date. The listing prints a year only for earlier
 * years, so year-less dates need the day the page was captured.
 */
import { compareDays, findIsoDateInName, isRealDay, toIsoDate, yearForMonthDay, type Day } from '../common/dates.ts';
import { afterEveryToday } from '../common/day-option.ts';
import { InputError } from '../common/files.ts';
import type { PaperDetails } from '../../content.config.ts';
import { describeEntry, type ParsedDump, type RawEntry, type Rejection } from './dump-parser.ts';
import { latexTextUnescaped } from './latex-text.ts';

/** Where a dump's capture date came from, strongest first ('listing': the days a JSON dump's items were listed). */
export type CaptureSource = 'listing' | 'flag' | 'file-name' | 'header' | 'assumed';

export interface Capture {
  day: Day;
  source: CaptureSource;
  /** Why the capture date is what it is, for the report, when it was not given outright. */
  explanation: string | undefined;
}

export interface DatedEntry {
  title: string;
  abstract: string;
  authors: number;
  upvotes: number;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** The entry's place in its dump: the line of its title (text dumps), its item number (JSON dumps). */
  line: number;
  /** True when the listing printed no year and the year came from the capture date. */
  yearInferred: boolean;
  /** The day the entry was listed, when its dump says so entry by entry (JSON dumps); else the dump's capture day. */
  captured?: string;
  /** What a JSON dump tells besides. */
  details?: PaperDetails;
}

export interface DatedDump {
  capture: Capture;
  entries: DatedEntry[];
  rejected: Rejection[];
  /** How many entries had year-less dates (dated with the capture year). */
  yearlessEntries: number;
}

export interface DatingOptions {
  fileName: string;
  /** `--captured`, overriding everything else. */
  captured?: Day | undefined;
  /** No date may be later than this (the machine's UTC day). */
  today: Day;
}

/** The oldest year accepted: the listing has papers from the 2010s, nothing from before 1900. */
export const EARLIEST_YEAR = 1900;

/**
 * The capture day a dump's file name gives (`daily-papers-2026-04-13.txt`), if any; one no time
 * zone has reached (its maker names it by their own calendar) is an InputError.
 */
export function captureDayInName(fileName: string, today: Day): Day | undefined {
  const day = findIsoDateInName(fileName);
  const late = day && afterEveryToday(`date ${toIsoDate(day)} in its name`, day, today);
  if (late) throw new InputError(late);
  return day;
}

function latestExplicitYear(entries: RawEntry[]): number | undefined {
  let latest: number | undefined;
  for (const { date } of entries)
    if (date.year !== undefined && (latest === undefined || date.year > latest)) latest = date.year;
  return latest;
}

/** The latest real day on or before `today` with this month/day, starting from `year`. */
function latestRealDay(year: number, month: number, day: number, today: Day): Day | undefined {
  for (let candidate = year; candidate >= year - 8; candidate--) {
    const date = { year: candidate, month, day };
    if (isRealDay(date) && compareDays(date, today) <= 0) return date;
  }
  return undefined;
}

/**
 * The capture date: `--captured`, else a date in the file name, else the header's month/day in
 * the year after the latest year the dump prints (never after today; the latest of several
 * headers), else assumed.
 */
export function resolveCapture(parsed: ParsedDump, options: DatingOptions): Capture {
  if (options.captured) return { day: options.captured, source: 'flag', explanation: undefined };
  const fromName = captureDayInName(options.fileName, options.today);
  if (fromName) return { day: fromName, source: 'file-name', explanation: undefined };

  const latest = latestExplicitYear(parsed.entries);
  const year = latest === undefined ? options.today.year : latest + 1;
  const basis = latest === undefined ? 'no dated entry, so this year' : `the latest year printed is ${latest}`;
  // Copies of several days in one dump: the latest day is when the last was captured.
  const [latestHeader] = parsed.headerDates
    .flatMap((header) => {
      const day = latestRealDay(year, header.month, header.day, options.today);
      return day ? [{ header, day }] : [];
    })
    .sort((a, b) => compareDays(b.day, a.day));
  if (latestHeader) {
    const { header, day } = latestHeader;
    return {
      day,
      source: 'header',
      explanation: `header "${header.text}" (line ${header.line}); ${basis}, capped at today`,
    };
  }
  const endOfYear = { year, month: 12, day: 31 };
  const assumed = compareDays(endOfYear, options.today) > 0 ? options.today : endOfYear;
  return {
    day: assumed,
    source: 'assumed',
    explanation: `no --captured, no date in the file name, no header date; ${basis} — pass --captured YYYY-MM-DD`,
  };
}

/** Dates every entry; impossible or future dates are rejected, never moved. */
export function dateDump(parsed: ParsedDump, options: DatingOptions): DatedDump {
  const capture = resolveCapture(parsed, options);
  const entries: DatedEntry[] = [];
  const rejected: Rejection[] = [...parsed.rejected];
  let yearlessEntries = 0;

  for (const entry of parsed.entries) {
    const { month, day, year: printedYear, upvotes, text } = entry.date;
    const yearInferred = printedYear === undefined;
    if (yearInferred) yearlessEntries++;
    const year = printedYear ?? yearForMonthDay(month, day, capture.day);
    const date = { year, month, day };
    const problem = !isRealDay(date)
      ? `impossible date ${JSON.stringify(text)}${yearInferred && isRealDay({ year: 2000, month, day }) ? ` (${year} is not a leap year)` : ''}`
      : year < EARLIEST_YEAR
        ? `date ${JSON.stringify(text)} is before ${EARLIEST_YEAR}`
        : compareDays(date, options.today) > 0
          ? `date ${JSON.stringify(text)} is after today (${toIsoDate(options.today)})`
          : undefined;
    if (problem !== undefined) {
      rejected.push({ line: entry.dateLine, reason: `${describeEntry(entry.title)}: ${problem}` });
      continue;
    }
    entries.push({
      title: entry.title,
      abstract: latexTextUnescaped(entry.paragraphs.join('\n\n')),
      authors: entry.authors,
      upvotes,
      date: toIsoDate(date),
      line: entry.line,
      yearInferred,
    });
  }
  rejected.sort((a, b) => a.line - b.line);
  return { capture, entries, rejected, yearlessEntries };
}
