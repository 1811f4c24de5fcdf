/**
 * Calendar dates as the listing prints them ("Mar 24, 2023", "Jan 3") and as the collection
 * stores them (ISO "YYYY-MM-DD" strings, never Date objects, so no time zone can shift a day).
 */

/** A calendar day. `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** English month names and their common abbreviations ("Sep", "Sept"), case-insensitive. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
  return index === -1 ? undefined : index + 1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isRealDay({ year, month, day }: Day): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function toIsoDate({ year, month, day }: Day): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a strict ISO date; undefined for anything else, including Feb 30. */
export function parseIsoDate(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : undefined;
}

/** Finds a real `YYYY-MM-DD` date inside a file name such as `daily-papers-2026-04-13.txt`. */
export function findIsoDateInName(name: string): Day | undefined {
  for (const match of name.matchAll(/(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g)) {
    const day = parseIsoDate(match[1] ?? '');
    if (day) return day;
  }
  return undefined;
}

/** Compares two days chronologically (negative when a is earlier). */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `day` moved by `count` days (negative: back). */
export function addDays(day: Day, count: number): Day {
  return dayOfInstant(new Date(Date.UTC(day.year, day.month - 1, day.day + count)));
}

/** The UTC calendar day of an instant. */
export function dayOfInstant(instant: Date): Day {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/**
 * The year of a year-less listing date. The listing prints a year only for earlier years, so a
 * month/day falls in the capture year — unless it is later in the year than the capture day,
 * which can only be last year's.
 */
export function yearForMonthDay(month: number, day: number, captured: Day): number {
  return compareDays({ year: captured.year, month, day }, captured) > 0 ? captured.year - 1 : captured.year;
}
