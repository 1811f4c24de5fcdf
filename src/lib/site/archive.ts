/**
 * The date archive: days by month and year, as calendars whose cells are shaded by how many
 * papers a day has (a heat-map).
 */
import { daysInMonth, parseIsoDate } from '../common/dates.ts';
import { plural } from '../common/text.ts';
import { periodLabel, weekKey } from './periods.ts';

export interface DayCount {
  /** ISO date. */
  date: string;
  count: number;
}

export interface CalendarCell {
  date: string;
  day: number;
  count: number;
  /** 0 (no papers) to 4 (the busiest days). */
  level: number;
  /** The day page, for days with papers. */
  url: string | undefined;
  /** "April 13, 2026: 3 papers", for screen readers. */
  label: string;
}

/** A row of the calendar: an ISO week (Monday first). */
export interface CalendarWeek {
  /** `2026-W16`. */
  key: string;
  /** 16: the week's number in its ISO year. */
  number: number;
  /** "Week 16, 2026 (Apr 13–Apr 19)": what its link is named, the number alone being ambiguous. */
  label: string;
  /** The week's page, for weeks with papers this month (a calendar's links follow its own days). */
  url: string | undefined;
  /** 7 cells; null pads the month's first and last week. */
  days: (CalendarCell | null)[];
}

export interface CalendarMonth {
  /** 1–12. */
  month: number;
  name: string;
  /** `YYYY-MM`. */
  key: string;
  /** The month's page. */
  url: string;
  count: number;
  weeks: CalendarWeek[];
}

/** The pages a calendar links to: its days', weeks' and months' that have papers. */
export interface CalendarLinks {
  day(date: string): string;
  week(key: string): string;
  month(key: string): string;
}

export interface CalendarYear {
  year: number;
  count: number;
  months: CalendarMonth[];
}

/** Shade levels by share of the busiest day: >0, >25%, >50%, >75%. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, 1 + Math.floor((count / max) * 4 - 1e-9));
}

export function countLabel(count: number): string {
  return plural(count, 'paper');
}

/** The archive's size, as its page says it: "1,000 papers over 17 days". */
export function archiveSize(paperCount: number, dayCount: number): string {
  return `${countLabel(paperCount)} over ${plural(dayCount, 'day')}`;
}

/** Newest year first; within a year the months that have papers, newest first. */
export function buildCalendar(days: readonly DayCount[], links: CalendarLinks): CalendarYear[] {
  const counts = new Map(days.map(({ date, count }) => [date, count]));
  const max = Math.max(0, ...days.map(({ count }) => count));
  const months = new Map<string, number>();
  for (const { date, count } of days) months.set(date.slice(0, 7), (months.get(date.slice(0, 7)) ?? 0) + count);

  const years = new Map<number, CalendarYear>();
  for (const key of [...months.keys()].sort().reverse()) {
    const year = Number(key.slice(0, 4));
    const month = Number(key.slice(5, 7));
    const cells: (CalendarCell | null)[] = [];
    // Monday-first weekday of the 1st: getUTCDay is Sunday = 0.
    const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
    for (let i = 0; i < lead; i++) cells.push(null);
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const date = `${key}-${String(day).padStart(2, '0')}`;
      const count = counts.get(date) ?? 0;
      cells.push({
        date,
        day,
        count,
        level: heatLevel(count, max),
        url: count > 0 ? links.day(date) : undefined,
        label: `${formatDate(date)}: ${countLabel(count)}`,
      });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, week): CalendarWeek => {
      const row = cells.slice(week * 7, week * 7 + 7);
      // Every row has a day of the month.
      const isoWeek = weekKey((row.find((cell) => cell !== null) as CalendarCell).date);
      return {
        key: isoWeek,
        number: Number(isoWeek.slice(6)),
        label: periodLabel('week', isoWeek),
        url: row.some((cell) => cell?.url) ? links.week(isoWeek) : undefined,
        days: row,
      };
    });
    const entry = years.get(year) ?? { year, count: 0, months: [] };
    entry.count += months.get(key) ?? 0;
    entry.months.push({
      month,
      name: monthName(month),
      key,
      url: links.month(key),
      count: months.get(key) ?? 0,
      weeks,
    });
    years.set(year, entry);
  }
  return [...years.values()];
}

const LONG_DATE = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const MONTH_NAME = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** "April 13, 2026" — the UTC day, whatever the builder's time zone. */
export function formatDate(isoDate: string): string {
  const day = parseIsoDate(isoDate);
  return day ? LONG_DATE.format(Date.UTC(day.year, day.month - 1, day.day)) : isoDate;
}

/** "March 3 – 14, 2026", "March 30 – April 2, 2026", or one day as formatDate says it. */
export function formatDateRange(from: string, to: string): string {
  const [start, end] = [parseIsoDate(from), parseIsoDate(to)];
  if (!start || !end) return `${from} – ${to}`;
  return LONG_DATE.formatRange(
    Date.UTC(start.year, start.month - 1, start.day),
    Date.UTC(end.year, end.month - 1, end.day),
  );
}

export function monthName(month: number): string {
  return MONTH_NAME.format(Date.UTC(2000, month - 1, 1));
}
