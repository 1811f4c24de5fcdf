/**
 * How the search index is split: into shards by the day each paper was listed (its listing day,
 * src/lib/site/listing-day.ts), each its own Pagefind bundle, so that publishing a day re-indexes
 * only the newest month, whatever the new papers' own dates, and memory is bounded by a shard, not
 * the archive. Every year before the newest listing's is one shard; the newest year is one shard
 * for its months before the newest month and one for the newest month. Completed years too small
 * to be worth a shard (each shard a query loads costs its own entry file, metadata and index
 * chunks) share one with the years before them. A shard that would hold too many papers is cut
 * into consecutive month ranges, from its oldest month on (so the newest year's earlier months,
 * growing month by month, change only their last part). Each shard records the years of its
 * papers' own dates, which the search's year filter asks for.
 */
import { createHash } from 'node:crypto';

export interface DatedPaper {
  slug: string;
  /** The day it was listed, YYYY-MM-DD: what puts it in a shard. */
  date: string;
  /** The year of its own date, YYYY. */
  year: string;
}

export interface PlannedShard {
  name: string;
  /** The listing months it covers, inclusive: YYYY-MM. */
  from: string;
  to: string;
  /** Sorted. */
  slugs: string[];
  /** The years of its papers' own dates, sorted. */
  years: string[];
}

/**
 * Completed years are grouped, newest first, until a group holds this many papers (what is
 * left at the oldest end joins the last group): every shard a query searches costs it that
 * shard's metadata and chunks, so many small shards cost more than one of their size.
 */
const MIN_SHARD_PAPERS = 1000;

/**
 * The most papers a shard holds (a month with more is a shard alone). Pagefind's memory grows
 * with the shard it indexes, and it runs beside `astro build`: so that memory is bounded by the
 * largest shard, not by the archive.
 */
const MAX_SHARD_PAPERS = 6000;

/**
 * "2026-01" + "2026-10" → "2026-01-to-10"; "2020-11" + "2021-02" → "2020-11-to-2021-02";
 * "2019" + "2024" → "2019-to-2024"; one unit → itself.
 */
function rangeName(first: string, last: string): string {
  if (first === last) return first;
  return first.length === 7 && first.slice(0, 4) === last.slice(0, 4)
    ? `${first}-to-${last.slice(5)}`
    : `${first}-to-${last}`;
}

const nextMonth = (month: string) => {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5))];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};

/**
 * A group cut into consecutive month ranges of at most `maxPapers` (a month with more stays
 * whole), from its oldest month on; together they cover the group's whole range. Newest first.
 */
function cutByMonths(group: Group, maxPapers: number): Group[] {
  if (group.papers.length <= maxPapers) return [group];
  const byMonth = new Map<string, DatedPaper[]>();
  for (const paper of group.papers) {
    const month = paper.date.slice(0, 7);
    const monthPapers = byMonth.get(month);
    if (monthPapers) monthPapers.push(paper);
    else byMonth.set(month, [paper]);
  }
  const first = group.first.length === 4 ? `${group.first}-01` : group.first;
  const last = group.last.length === 4 ? `${group.last}-12` : group.last;
  const parts: Group[] = [];
  let open: Group = { first, last: first, papers: [] };
  for (let month = first; month <= last; month = nextMonth(month)) {
    const papers = byMonth.get(month) ?? [];
    if (open.papers.length > 0 && open.papers.length + papers.length > maxPapers) {
      parts.push(open);
      open = { first: month, last: month, papers: [] };
    }
    open.last = month;
    open.papers.push(...papers);
  }
  parts.push(open);
  return parts.reverse();
}

interface Group {
  /** Months (YYYY-MM) or years (YYYY). */
  first: string;
  last: string;
  papers: DatedPaper[];
}

function toShard({ first, last, papers }: Group): PlannedShard {
  return {
    name: rangeName(first, last),
    from: first.length === 4 ? `${first}-01` : first,
    to: last.length === 4 ? `${last}-12` : last,
    slugs: papers.map(({ slug }) => slug).sort(),
    years: [...new Set(papers.map(({ year }) => year))].sort(),
  };
}

/** Completed years, newest first, grouped so that each group holds at least `minPapers`. */
function groupYears(byYear: ReadonlyMap<string, DatedPaper[]>, minPapers: number): Group[] {
  const groups: Group[] = [];
  let open: Group | undefined;
  // Grouped from the newest back. A newly completed year that is small can still regroup older
  // years (their shard is then indexed again): a rare, once-a-year cost.
  for (const year of [...byYear.keys()].sort().reverse()) {
    const papers = byYear.get(year) ?? [];
    open = open
      ? { first: year, last: open.last, papers: [...open.papers, ...papers] }
      : { first: year, last: year, papers };
    if (open.papers.length >= minPapers) {
      groups.push(open);
      open = undefined;
    }
  }
  const last = groups.at(-1);
  if (open && last)
    groups[groups.length - 1] = { first: open.first, last: last.last, papers: [...last.papers, ...open.papers] };
  else if (open) groups.push(open);
  return groups;
}

/** The shards for a collection, newest first. */
export function assignShards(
  papers: readonly DatedPaper[],
  minPapers = MIN_SHARD_PAPERS,
  maxPapers = MAX_SHARD_PAPERS,
): PlannedShard[] {
  if (papers.length === 0) return [];
  const newest = papers.reduce((latest, { date }) => (date > latest ? date : latest), '');
  const newestYear = newest.slice(0, 4);
  const newestMonth = newest.slice(0, 7);
  const groups: Group[] = [
    { first: newestMonth, last: newestMonth, papers: papers.filter(({ date }) => date.startsWith(newestMonth)) },
  ];
  const earlierMonths = papers.filter(({ date }) => date.startsWith(newestYear) && !date.startsWith(newestMonth));
  if (earlierMonths.length > 0) {
    const monthBefore = `${newestYear}-${String(Number(newestMonth.slice(5)) - 1).padStart(2, '0')}`;
    groups.push({ first: `${newestYear}-01`, last: monthBefore, papers: earlierMonths });
  }
  const byYear = new Map<string, DatedPaper[]>();
  for (const paper of papers) {
    const year = paper.date.slice(0, 4);
    if (year >= newestYear) continue;
    const yearPapers = byYear.get(year);
    if (yearPapers) yearPapers.push(paper);
    else byYear.set(year, [paper]);
  }
  const [newestMonthGroup, ...older] = [...groups, ...groupYears(byYear, minPapers)];
  // The newest month is what a day's publish re-indexes: never cut (about 1,900 papers at most).
  return [newestMonthGroup as Group, ...older.flatMap((group) => cutByMonths(group, maxPapers))].map(toShard);
}

/**
 * Where a collection file's `sources` list is, from its key to the front matter's end; none if
 * it has none. The ingest writes `sources` last in the front matter, and every string in it
 * quoted, so no other line of the front matter can start with it.
 */
export function sourcesBlock(text: string): { start: number; end: number } | undefined {
  const end = text.indexOf('\n---\n', 4);
  const start = text.lastIndexOf('\nsources:\n', end);
  return start < 0 ? undefined : { start, end };
}

/**
 * A collection file without its `sources` list, which the paper page shows but the index leaves
 * out: a paper seen again in a new dump does not make its shard be indexed again.
 */
export function indexedPart(text: string): string {
  const sources = sourcesBlock(text);
  return sources === undefined ? text : text.slice(0, sources.start) + text.slice(sources.end);
}

/**
 * A shard's fingerprint: the code that makes and indexes search records, and each of its papers'
 * collection files (a paper's record — title, facts, topics and abstract — comes from its file
 * alone, src/lib/search/record.ts), less what the index leaves out, with the day it was listed
 * (its record's, read from the sources left out). Equal fingerprints, equal index.
 */
export function shardFingerprint(
  code: string,
  papers: Iterable<{ slug: string; text: string; listed: string }>,
): string {
  const hash = createHash('sha256').update(`${code}\n`);
  for (const { slug, text, listed } of [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    const indexed = indexedPart(text);
    hash.update(`${slug}\u0000${listed}\u0000${Buffer.byteLength(indexed)}\u0000`).update(indexed);
  }
  return hash.digest('base64url').slice(0, 16);
}
