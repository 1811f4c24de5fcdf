/**
 * Topics over time, by listing day (src/lib/site/listing-day.ts): each topic's papers per month,
 * and the topics rising fastest — papers in the last 30 days against their monthly average over
 * the 180 days before.
 */
import { parseIsoDate } from '../common/dates.ts';
import { monthKey } from '../site/periods.ts';
import { OTHER_TOPIC } from './scoring.ts';

/** A paper as trends see it: the day it was listed (YYYY-MM-DD) and its topics. */
export interface DatedPaper {
  listed: string;
  topics: readonly { slug: string }[];
}

/** One month of a topic's series: `YYYY-MM` and how many of its papers were listed then. */
export interface MonthCount {
  month: string;
  papers: number;
}

/** Every topic's papers per month, over every month from the collection's first listed month to its last. */
export interface TopicMonths {
  months: readonly string[];
  counts: ReadonlyMap<string, readonly number[]>;
}

/** "The last month": the 30 days ending on the newest listing day. */
export const LAST_MONTH_DAYS = 30;
/** What the last month is compared with: the six 30-day windows before it. */
export const BASELINE_WINDOWS = 6;
/** Fewer papers in the last month are no trend, however few came before. */
export const MIN_RECENT_PAPERS = 3;
/**
 * Added to both sides of the growth ratio, in papers a month: a topic going from 0 to 3 does not
 * outrank one going from 10 to 40, and a topic with no earlier papers still gets a ratio.
 */
export const GROWTH_PRIOR = 1;
/** How many rising topics the home page lists. */
export const RISING_TOPICS_SHOWN = 5;

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const day = parseIsoDate(isoDate);
  if (!day) throw new Error(`not a date: ${isoDate}`);
  return Date.UTC(day.year, day.month - 1, day.day) / DAY_MS;
}

/** The months from `first` to `last` (`YYYY-MM`), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Every topic's papers per listed month, in one pass over the papers. */
export function papersPerMonth(papers: readonly DatedPaper[]): TopicMonths {
  let first: string | undefined;
  let last: string | undefined;
  for (const { listed } of papers) {
    if (first === undefined || listed < first) first = listed;
    if (last === undefined || listed > last) last = listed;
  }
  if (first === undefined || last === undefined) return { months: [], counts: new Map() };
  const months = monthsBetween(monthKey(first), monthKey(last));
  const indexOf = new Map(months.map((month, index) => [month, index]));
  const counts = new Map<string, number[]>();
  for (const { listed, topics } of papers) {
    const index = indexOf.get(monthKey(listed)) as number;
    for (const { slug } of topics) {
      let series = counts.get(slug);
      if (!series) counts.set(slug, (series = months.map(() => 0)));
      series[index] = (series[index] ?? 0) + 1;
    }
  }
  return { months, counts };
}

/** A topic's papers per month, zeros included (a topic without papers: all zeros). */
export function seriesOf({ months, counts }: TopicMonths, slug: string): MonthCount[] {
  const series = counts.get(slug);
  return months.map((month, index) => ({ month, papers: series?.[index] ?? 0 }));
}

/** A topic rising in the last month. */
export interface RisingTopic {
  slug: string;
  /** Its papers listed in the last 30 days. */
  recent: number;
  /** Its papers per 30 days over the baseline before them; 0 for a new topic. */
  before: number;
  /** It had no papers in the baseline. */
  isNew: boolean;
  /** (recent + GROWTH_PRIOR) / (before + GROWTH_PRIOR): what ranks it. */
  growth: number;
}

/** The papers' listing days as day numbers, the newest, and the days of baseline before the last month. */
function history(papers: readonly { listed: string }[]): { days: number[]; newest: number; baselineDays: number } {
  let oldest = Infinity;
  let newest = -Infinity;
  const days = papers.map(({ listed }) => dayNumber(listed));
  for (const day of days) [oldest, newest] = [Math.min(oldest, day), Math.max(newest, day)];
  const baselineDays = Math.min(BASELINE_WINDOWS * LAST_MONTH_DAYS, newest - oldest + 1 - LAST_MONTH_DAYS);
  return { days, newest, baselineDays };
}

/** How many days before the last month the rising topics are measured against (what the home page says). */
export const risingBaselineDays = (papers: readonly { listed: string }[]): number => history(papers).baselineDays;

/**
 * The topics rising fastest, fastest first (ties: more recent papers, then slug): those with at
 * least MIN_RECENT_PAPERS in the last month and more than their earlier monthly average, `other`
 * excluded. The baseline is the 180 days before the last month, or as much of them as the
 * collection covers; a collection with no full window of history before the last month has no
 * rising topics (nothing to rise from).
 */
export function risingTopics(papers: readonly DatedPaper[]): RisingTopic[] {
  const { days, newest, baselineDays } = history(papers);
  if (!(baselineDays >= LAST_MONTH_DAYS)) return [];

  const tallies = new Map<string, { recent: number; earlier: number }>();
  papers.forEach(({ topics }, index) => {
    const age = newest - (days[index] as number);
    const isRecent = age < LAST_MONTH_DAYS;
    if (!isRecent && age >= LAST_MONTH_DAYS + baselineDays) return;
    for (const { slug } of topics) {
      if (slug === OTHER_TOPIC.slug) continue;
      const tally = tallies.get(slug) ?? { recent: 0, earlier: 0 };
      if (isRecent) tally.recent += 1;
      else tally.earlier += 1;
      tallies.set(slug, tally);
    }
  });

  return [...tallies]
    .map(([slug, { recent, earlier }]): RisingTopic => {
      const before = (earlier * LAST_MONTH_DAYS) / baselineDays;
      return { slug, recent, before, isNew: earlier === 0, growth: (recent + GROWTH_PRIOR) / (before + GROWTH_PRIOR) };
    })
    .filter(({ recent, before }) => recent >= MIN_RECENT_PAPERS && recent > before)
    .sort((a, b) => b.growth - a.growth || b.recent - a.recent || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, RISING_TOPICS_SHOWN);
}
