/**
 * Weeks and months of the listing, as its own week and month views have them: ISO 8601 weeks
 * (Monday first; the week belongs to the year of its Thursday) and calendar months, keyed
 * `YYYY-Www` and `YYYY-MM`, with the labels pages and feeds show.
 */
import { parseIsoDate, toIsoDate } from '../common/dates.ts';

export type PeriodKind = 'week' | 'month';

const DAY_MS = 86_400_000;

function utcTime(isoDate: string): number {
  const day = parseIsoDate(isoDate);
  if (!day) throw new Error(`not a date: ${isoDate}`);
  return Date.UTC(day.year, day.month - 1, day.day);
}

const isoOf = (time: number) => {
  const date = new Date(time);
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
};

/** The Monday that starts the ISO week of a day. */
function mondayOf(time: number): number {
  return time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS;
}

/** "2026-W16": the ISO week a day (YYYY-MM-DD) falls in. */
export function weekKey(isoDate: string): string {
  const thursday = mondayOf(utcTime(isoDate)) + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** "2026-04": the month a day falls in. */
export const monthKey = (isoDate: string): string => isoDate.slice(0, 7);

export const periodKey = (kind: PeriodKind, isoDate: string): string =>
  kind === 'week' ? weekKey(isoDate) : monthKey(isoDate);

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

/** The first and last day (YYYY-MM-DD) of an ISO week key. */
export function weekDays(key: string): { first: string; last: string } {
  const match = WEEK_KEY.exec(key);
  if (!match) throw new Error(`not an ISO week: ${key}`);
  // January 4th is always in week 1.
  const week1 = mondayOf(Date.UTC(Number(match[1]), 0, 4));
  const first = week1 + (Number(match[2]) - 1) * 7 * DAY_MS;
  return { first: isoOf(first), last: isoOf(first + 6 * DAY_MS) };
}

const SHORT_DAY = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Week 16, 2026 (Apr 13–Apr 19)" and "April 2026". */
export function periodLabel(kind: PeriodKind, key: string): string {
  if (kind === 'month') return MONTH_YEAR.format(utcTime(`${key}-01`));
  const { first, last } = weekDays(key);
  const week = Number(key.slice(6));
  return `Week ${week}, ${key.slice(0, 4)} (${SHORT_DAY.format(utcTime(first))}–${SHORT_DAY.format(utcTime(last))})`;
}
