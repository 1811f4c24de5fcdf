/**
 * The one query module: every page gets its data from here, sorted and grouped, so `.astro`
 * files only destructure and render. The collection is read once per build and every view is
 * computed once (a build renders thousands of pages from the same data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import type { PaperDetails, PaperEntryData, PaperSource } from './content.config.ts';
import {
  buildCalendar,
  formatDate,
  type CalendarLinks,
  type CalendarMonth,
  type CalendarYear,
} from './lib/site/archive.ts';
import { pagesToRender } from './lib/build/unchanged-pages.ts';
import { dayPageKey, listPageKey, paperPageKey, siteKey } from './lib/build/page-keys.ts';
import {
  channelOf,
  FEED_DAYS,
  FEED_WEEKS,
  isStillListed,
  periodFeedItems,
  SITE_FEEDS,
  WEEK_FEED_TOP,
  FEED_SIZE,
  feedChannel,
  feedItems,
  type FeedChannel,
  type OpmlFolder,
} from './lib/site/feeds.ts';
import { markdownToAbstract } from './lib/ingest/markdown-body.ts';
import { renderAbstract } from './lib/site/render-abstract.ts';
import { collectionToBuild, paperBody } from './lib/ingest/paper-file.ts';
import { areasWithOther, OTHER_AREA, topicsWithOther } from './lib/topics/scoring.ts';
import { byTopicName } from './lib/topics/topic-order.ts';
import { absoluteUrl, externalSearches } from './lib/site/urls.ts';
import { LIST_PAGE_SIZE, RECENT_DAYS, urls } from './lib/site/constants.ts';
import { stablePages } from './lib/site/stable-pages.ts';
import { stablePager, type ListPager } from './lib/site/list-pager.ts';
import { listingDay } from './lib/site/listing-day.ts';
import { monthKey, periodKey, periodLabel, type PeriodKind } from './lib/site/periods.ts';
import { handedOverSummary } from './lib/build/bridge.ts';
import type { CardFacts } from './lib/site/paper-card.ts';
import { byline, pageAuthors } from './lib/site/byline.ts';
import { titleHtml } from './lib/site/title-html.ts';
import { abstractSummary, mathTitle, plainText, typesetTitleLabel } from './lib/site/title-text.ts';
import { bibtexEntry } from './lib/site/bibtex.ts';
import { paperLinks, type PaperLink } from './lib/site/paper-links.ts';
import { cardAttributes } from './lib/reader/card-data.ts';
import type { CardAttributes } from './lib/reader/saved-paper.ts';
import {
  papersPerMonth,
  risingBaselineDays,
  risingTopics,
  seriesOf,
  type MonthCount,
  type RisingTopic,
} from './lib/topics/trends.ts';
import { HAS_CODE } from './lib/search/query.ts';

/** A topic or an area, as pages link it: its page and its feed; feeds tell the two apart (listFeedTitle). */
export interface LabelLink {
  kind: 'topic' | 'area';
  slug: string;
  name: string;
  url: string;
  feedUrl: string;
}

/** A paper as lists show it, but for its summary (read from its file, see withSummaries). */
interface ListedPaper extends Omit<CardFacts, 'summaryHtml' | 'area' | 'topics' | 'byline' | 'reader'> {
  slug: string;
  /** The day it was listed: its earliest source's capture day, YYYY-MM-DD. */
  listed: string;
  reader: CardAttributes;
  byline: string;
  area: LabelLink;
  topics: LabelLink[];
  /** The content store's digest of the paper's entry: what cache keys are made of. */
  digest: string;
}

/** A paper as lists show it: its card's facts, with its slug and digest. */
export interface ListedCard extends ListedPaper {
  summaryHtml: string;
}

/** A paper with what its own page shows, but for its related papers' summaries. */
interface PaperFacts extends ListedPaper, Omit<PaperDetails, 'github' | 'githubStars' | 'aiSummary'> {
  authors: number;
  /** Hugging Face's AI summary, its math typeset. */
  aiSummaryHtml: string | undefined;
  /** The topic that fits it best (its topics are listed by name): the feed its page announces. */
  mainTopic: LabelLink | undefined;
  /** The year: the search page offers years to filter by. */
  year: string;
  sources: PaperSource[];
  related: ListedPaper[];
  /** Changes exactly when the page would (see src/lib/build/page-keys.ts). */
  cacheKey: string;
}

/** A paper page's data; the page reads the abstract, and the summary that describes it, from the file (readAbstract). */
export interface PaperPage extends Omit<PaperFacts, 'related' | 'sources'> {
  related: ListedCard[];
  /** Each listing it was seen in, as readers see it: its dump's file name (never where the build machine keeps it), the line or item, the day. */
  sources: { fileName: string; place: string; captured: string; capturedLabel: string }[];
  links: PaperLink[];
  searches: { name: string; url: string }[];
  /** Its authors' names when known, the first shown and the rest folded (src/lib/site/byline.ts). */
  authorList: { shown: string[]; more: string[] } | undefined;
  /** The paper as a BibTeX entry, a line at a time, each with its newline but the last: the page wraps each line on its own, with a hanging indent. */
  citationLines: string[];
  /** Its heading's name when its title holds math (typesetTitleLabel). */
  titleLabel: string | undefined;
}

/** A topic or an area with its description and how many papers it has. */
export interface LabelSummary extends LabelLink {
  description: string;
  count: number;
}

/** An area's page: its summary and its topics, each with how many of the area's papers have it. */
export interface AreaPage extends LabelSummary {
  /** The area's own topics its papers have, with their counts. */
  topics: LabelCount[];
  /** Topics of other areas its papers also have (a paper's topics may cross areas). */
  otherTopics: LabelCount[];
}

/** A section of the topics index: an area (linked when it has a page) and its topics that have papers. */
export interface TopicSection {
  slug: string;
  name: string;
  url: string | undefined;
  /** The area's papers, when it has a page. */
  count: number | undefined;
  topics: LabelSummary[];
}

/** A topic of some papers (a day's, an area's), with how many of them have it. */
export interface LabelCount extends LabelLink {
  count: number;
}

export interface DaySummary {
  date: string;
  label: string;
  url: string;
  count: number;
}

/** A week or a month of the listing, as lists and links name it. */
export interface PeriodSummary {
  kind: PeriodKind;
  /** `2026-W16`, `2026-04`. */
  key: string;
  label: string;
  url: string;
  count: number;
  /** The feed its page announces first (periodFeed). */
  ownFeed: 'weeks' | undefined;
}

interface Model {
  /** Digest of what every page shows besides its papers (the taxonomy's names). */
  siteDigest: string;
  papers: PaperFacts[];
  bySlug: Map<string, PaperFacts>;
  /** Newest day first, each day's papers by upvotes. */
  days: (DaySummary & { papers: ListedPaper[] })[];
  /** Weeks and months that have papers, newest first, each's papers by upvotes then date. */
  periods: Record<PeriodKind, (PeriodSummary & { papers: ListedPaper[]; days: DaySummary[] })[]>;
  /** Topics that have papers, by name, `other` last, each with its papers per listed month. */
  topics: (LabelSummary & { papers: PaperFacts[]; series: MonthCount[] })[];
  /** The topics rising fastest over the last month (src/lib/topics/trends.ts). */
  rising: RisingTopic[];
  /** The days before the last month the rising topics are measured against (180, or as many as there are). */
  risingBaselineDays: number;
  /** Areas that have papers, by name, `other` last, each with its papers' topics and its papers per listed month. */
  areas: (AreaPage & { papers: PaperFacts[]; series: MonthCount[] })[];
  /** The topics index's sections: every area with topics that have papers, by name, `other` last. */
  topicSections: TopicSection[];
  /** The days of a day's month, with their counts. */
  monthDays: (date: string) => readonly DaySummary[];
  /** A day's month as a calendar named with its year ("April 2026"), made once a month: its day pages share it. */
  monthCalendar: (date: string) => CalendarMonth;
  /** A paper's summary as HTML, its math typeset, once per build: a paper is listed on several pages. */
  summaryHtml: (slug: string) => string;
}

/** What a list shows of a paper: every part of a ListedPaper, no more. */
const LISTED_PARTS = [
  'slug',
  'url',
  'title',
  'titleHtml',
  'date',
  'dateLabel',
  'listed',
  'listedLabel',
  'listedUrl',
  'standing',
  'byline',
  'code',
  'upvotes',
  'area',
  'topics',
  'digest',
  'reader',
] as const satisfies readonly (keyof ListedPaper)[];

/** Just what a list shows of a paper (no abstract, no related papers of its own). */
function toListed(paper: ListedPaper): ListedPaper {
  return Object.fromEntries(LISTED_PARTS.map((part) => [part, paper[part]])) as unknown as ListedPaper;
}

const newerFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
/** Newest listed first; within a day, the most upvoted. */
const byNewest = (a: PaperFacts, b: PaperFacts) =>
  newerFirst(a.listed, b.listed) || b.upvotes - a.upvotes || a.title.localeCompare(b.title);
/** A week's or a month's ranking: by upvotes, then the later listed, then the newer paper. */
const byUpvotesThenDate = (a: ListedPaper, b: ListedPaper) =>
  b.upvotes - a.upvotes ||
  newerFirst(a.listed, b.listed) ||
  newerFirst(a.date, b.date) ||
  a.title.localeCompare(b.title);

/** `compute`, remembering its result for each argument. */
function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) results.set(key, (result = compute(key)));
    return result;
  };
}

/** Items under each of their keys, in input order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * What a paper's page shows of the details only a JSON dump gives (the code link is on its card);
 * the AI summary's math typeset, as the abstract's is.
 */
function paperDetails({ arxiv, authorNames, comments, projectPage, organization, keywords, aiSummary }: PaperDetails) {
  const aiSummaryHtml = aiSummary === undefined ? undefined : titleHtml(aiSummary);
  return { arxiv, authorNames, comments, projectPage, organization, keywords, aiSummaryHtml };
}

/** The calendars' links: days and months with papers, weeks with papers in the month shown. */
const CALENDAR_LINKS: CalendarLinks = { day: urls.date, week: urls.week, month: urls.month };

/** Labels (topics or areas) by name, `other` last, each with its papers and their count. */
function labelsWithPapers<Label extends { name: string; description: string }>(
  labels: ReadonlyMap<string, Label>,
  papersOf: ReadonlyMap<string, PaperFacts[]>,
  linkOf: (slug: string) => LabelLink,
) {
  return [...labels]
    .filter(([slug]) => papersOf.has(slug))
    .sort(([slugA, a], [slugB, b]) => byTopicName({ slug: slugA, name: a.name }, { slug: slugB, name: b.name }))
    .map(([slug, label]) => {
      const papers = papersOf.get(slug) ?? [];
      return { ...linkOf(slug), description: label.description, count: papers.length, papers };
    });
}

async function buildModel(): Promise<Model> {
  const [entries, areaEntries, topicEntries] = await Promise.all([
    getCollection('papers'),
    getCollection('areas'),
    getCollection('topics'),
  ]);
  const taxonomy = topicsWithOther(topicEntries.map(({ id, data }) => [id, data] as const));
  const areaTaxonomy = areasWithOther(areaEntries.map(({ id, data }) => [id, data] as const));
  // One object per topic or area and one label per day, shared by the 50k papers that have them.
  const topicLink = memoized((slug: string): LabelLink => ({
    kind: 'topic',
    slug,
    name: taxonomy.get(slug)?.name ?? slug,
    url: urls.topic(slug),
    feedUrl: urls.labelFeed(slug),
  }));
  // An area removed from the taxonomy since the last ingest is `other`'s, as the search index has it.
  const areaLink = memoized((slug: string): LabelLink => {
    const known = areaTaxonomy.has(slug) ? slug : OTHER_AREA.slug;
    return {
      kind: 'area',
      slug: known,
      name: areaTaxonomy.get(known)?.name ?? known,
      url: urls.area(known),
      feedUrl: urls.areaFeed(known),
    };
  });
  const dateLabel = memoized(formatDate);
  // A topic renamed or removed from the taxonomy since the last ingest is not linked.
  const topicLinksOf = (slugs: readonly string[]) => slugs.filter((slug) => taxonomy.has(slug)).map(topicLink);

  const siteDigest = siteKey([...areaEntries.map(({ id, data }) => ({ id: `area ${id}`, data })), ...topicEntries]);
  const papers: PaperFacts[] = entries.map(
    ({ id, data, digest }: { id: string; data: PaperEntryData; digest?: string | number }) => {
      const listed = listingDay(data.sources);
      const topics = [...topicLinksOf(data.topics)].sort(byTopicName);
      return {
        slug: id,
        url: urls.paper(id),
        title: plainText(data.title),
        titleHtml: titleHtml(data.title),
        date: data.date,
        dateLabel: dateLabel(data.date),
        listed,
        listedLabel: dateLabel(listed),
        listedUrl: urls.date(listed),
        reader: cardAttributes({
          slug: id,
          listed,
          title: plainText(data.title),
          mathTitle: mathTitle(data.title),
          date: data.date,
          arxiv: data.arxiv,
          authorNames: data.authorNames,
          topics,
        }),
        authors: data.authors,
        byline: byline(data.authors, data.authorNames),
        code: data.github === undefined ? undefined : { url: data.github, stars: data.githubStars },
        ...paperDetails(data),
        upvotes: data.upvotes,
        area: areaLink(data.area),
        topics,
        mainTopic: topicLinksOf(data.topics)[0],
        year: data.date.slice(0, 4),
        sources: data.sources,
        related: [],
        digest: String(digest),
        cacheKey: '',
      };
    },
  );
  papers.sort(byNewest);
  // Sorted by listing day, then upvotes: each day's papers come together, best first.
  const dayMap = groupBy(papers, (paper) => [paper.listed]);
  const days = [...dayMap].map(([date, list]) => {
    list.forEach((paper, index) => {
      paper.standing = { rank: index + 1, of: list.length };
      // A card shows its paper's standing: keys made of digests change with it.
      paper.digest = `${paper.digest} ${index + 1}/${list.length}`;
    });
    return { date, label: dateLabel(date), url: urls.date(date), count: list.length, papers: list };
  });

  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  for (const { id, data } of entries) {
    const paper = bySlug.get(id) as PaperFacts;
    paper.related = data.related.flatMap((slug: string) => {
      const other = bySlug.get(slug);
      return other ? [toListed(other)] : [];
    });
    paper.cacheKey = paperPageKey(siteDigest, paper, paper.related);
  }

  // Every topic's and every area's months counted in one pass each: a series per label would read the 50k papers once each.
  const topicMonths = papersPerMonth(papers);
  const areaMonths = papersPerMonth(papers.map(({ listed, area }) => ({ listed, topics: [area] })));
  const topics = labelsWithPapers(
    taxonomy,
    groupBy(papers, (paper) => paper.topics.map(({ slug }) => slug)),
    topicLink,
  ).map((topic) => ({ ...topic, series: seriesOf(topicMonths, topic.slug) }));
  const areas = labelsWithPapers(
    areaTaxonomy,
    groupBy(papers, (paper) => [paper.area.slug]),
    areaLink,
  ).map((area) => {
    const counted = topicCounts(area.papers);
    const own = ({ slug }: LabelCount) => (taxonomy.get(slug)?.area ?? OTHER_AREA.slug) === area.slug;
    const otherTopics = counted.filter((topic) => !own(topic));
    return { ...area, topics: counted.filter(own), otherTopics, series: seriesOf(areaMonths, area.slug) };
  });
  const areaCounts = new Map(areas.map(({ slug, count }) => [slug, count]));
  const topicsOfArea = groupBy(topics, ({ slug }) => [taxonomy.get(slug)?.area ?? OTHER_AREA.slug]);
  const topicSections = [...areaTaxonomy]
    .filter(([slug]) => topicsOfArea.has(slug))
    .map(([slug, { name }]) => ({
      slug,
      name,
      url: areaCounts.has(slug) ? urls.area(slug) : undefined,
      count: areaCounts.get(slug),
      topics: (topicsOfArea.get(slug) ?? []).map(labelSummary),
    }))
    .sort(byTopicName);
  const periods = { week: periodsOf('week', days), month: periodsOf('month', days) };
  const monthDays = new Map(periods.month.map(({ key, days: listed }) => [key, listed]));
  const calendarOfMonth = memoized((month: string): CalendarMonth => {
    const [year] = buildCalendar(monthDays.get(month) ?? [], CALENDAR_LINKS);
    const calendar = year?.months[0] as CalendarMonth;
    return { ...calendar, name: `${calendar.name} ${year?.year}` };
  });
  return {
    siteDigest,
    papers,
    bySlug,
    days,
    periods,
    topics,
    rising: risingTopics(papers),
    risingBaselineDays: risingBaselineDays(papers),
    areas,
    topicSections,
    monthDays: (date) => monthDays.get(monthKey(date)) ?? [],
    monthCalendar: (date) => calendarOfMonth(monthKey(date)),
    summaryHtml: memoized((slug) => titleHtml(handedOverSummary(slug) ?? readAbstract(slug).summary)),
  };
}

/** The weeks or months of the listing days (newest first), their papers ranked by upvotes then date. */
function periodsOf(kind: PeriodKind, days: readonly (DaySummary & { papers: ListedPaper[] })[]) {
  const byKey = groupBy(days, (day) => [periodKey(kind, day.date)]);
  return [...byKey].map(([key, periodDays]) => {
    const papers = periodDays.flatMap((day) => day.papers).sort(byUpvotesThenDate);
    return { ...periodSummaryOf(kind, key, papers.length), papers, days: periodDays.map(dayCount) };
  });
}

/** The feed a week's or a month's pages announce first: weeks have one of their own, months none. */
const periodFeed = (kind: PeriodKind) => (kind === 'week' ? ('weeks' as const) : undefined);

function periodSummaryOf(kind: PeriodKind, key: string, count: number): PeriodSummary {
  const url = kind === 'week' ? urls.week(key) : urls.month(key);
  return { kind, key, label: periodLabel(kind, key), url, count, ownFeed: periodFeed(kind) };
}

let model: Promise<Model> | undefined;
function load(): Promise<Model> {
  model ??= buildModel();
  return model;
}

/**
 * The papers with their summaries, as the loader handed them over (src/lib/build/bridge.ts) or,
 * outside a build, else read from their files: only for the pages a build renders. Kept out of
 * the content store, which every build serializes, bundles and loads again whatever it renders.
 */
function withSummaries({ summaryHtml }: Model, papers: readonly ListedPaper[]): ListedCard[] {
  return papers.map((paper) => ({ ...toListed(paper), summaryHtml: summaryHtml(paper.slug) }));
}

const dayCount = ({ date, label, url, count }: DaySummary): DaySummary => ({ date, label, url, count });
const labelSummary = ({ kind, slug, name, url, description, count, feedUrl }: LabelSummary): LabelSummary => ({
  kind,
  slug,
  name,
  url,
  description,
  count,
  feedUrl,
});

/** The week and the month a day falls in, as its page links to them (by name: their counts change). */
function periodsOfDay(date: string): Record<PeriodKind, { label: string; url: string }> {
  const named = (kind: PeriodKind) => {
    const { label, url } = periodSummaryOf(kind, periodKey(kind, date), 0);
    return { label, url };
  };
  return { week: named('week'), month: named('month') };
}

export async function getHome() {
  const model = await load();
  const { days, topics, papers } = model;
  const [latest] = days;
  return {
    latest: latest
      ? {
          ...dayCount(latest),
          periods: periodsOfDay(latest.date),
          papers: withSummaries(model, latest.papers),
          topics: topicCounts(latest.papers),
          month: model.monthCalendar(latest.date),
        }
      : undefined,
    recentDays: days.slice(1, RECENT_DAYS + 1).map(dayCount),
    risingTopics: model.rising.map(({ slug, recent, before, isNew }) => {
      const { name, url } = topics.find((topic) => topic.slug === slug) as LabelSummary;
      return { name, url, recent, before: Math.round(before * 10) / 10, isNew };
    }),
    risingBaselineDays: model.risingBaselineDays,
    // The home page's directory is the topics index's, in brief: areas, each with its topics.
    sections: model.topicSections,
    paperCount: papers.length,
    dayCount: days.length,
  };
}

export async function getDateArchive(): Promise<{ calendar: CalendarYear[]; paperCount: number; dayCount: number }> {
  const { days, papers } = await load();
  return {
    calendar: buildCalendar(
      days.map(({ date, count }) => ({ date, count })),
      CALENDAR_LINKS,
    ),
    paperCount: papers.length,
    dayCount: days.length,
  };
}

/**
 * One entry per day page to render, with its neighbours and its topics (named with their
 * counts). Pages an earlier build left unchanged in `dist/` are not listed (see
 * src/integrations/unchanged-pages.ts), here and in the other routes' lists below.
 */
export async function getDayPagesToRender() {
  const model = await load();
  const { days, siteDigest } = model;
  // `days` is newest first: the previous (older) day is the next in the list.
  const pages = days.map((day, index) => {
    const previous = days[index + 1];
    const next = days[index - 1];
    return {
      day,
      previous: previous && dayCount(previous),
      next: next && dayCount(next),
      cacheKey: dayPageKey(siteDigest, day.date, previous?.date, next?.date, day.papers, model.monthDays(day.date)),
    };
  });
  return pagesToRender(
    pages,
    ({ day }) => day.url,
    ({ cacheKey }) => cacheKey,
  ).map(({ day, previous, next }) => ({
    ...dayCount(day),
    periods: periodsOfDay(day.date),
    papers: withSummaries(model, day.papers),
    topics: topicCounts(day.papers),
    month: model.monthCalendar(day.date),
    previous,
    next,
  }));
}

/** The topics of some papers (a day's, an area's), by name, each with how many of them have it. */
function topicCounts(papers: readonly ListedPaper[]): LabelCount[] {
  const counts = new Map<string, LabelLink & { count: number }>();
  for (const paper of papers)
    for (const topic of paper.topics)
      counts.set(topic.slug, { ...topic, count: (counts.get(topic.slug)?.count ?? 0) + 1 });
  return [...counts.values()].sort(byTopicName);
}

export async function getTopicIndex(): Promise<LabelSummary[]> {
  return (await load()).topics.map(labelSummary);
}

/** The topics index, grouped by area. */
export async function getTopicSections(): Promise<TopicSection[]> {
  return (await load()).topicSections;
}

/** Every area that has papers, by name, `other` last. */
export async function getAreaIndex(): Promise<LabelSummary[]> {
  return (await load()).areas.map(labelSummary);
}

type ListPath<Props> = { props: Props & { page: { data: ListedPaper[] } } };

/**
 * Of a list's pages, those to render, their papers with summaries. `heading`: what the page
 * prints besides its papers, and where it is among the list's pages (see listPageKey).
 */
async function listPagesToRender<Props, Path extends ListPath<Props>>(
  paths: readonly Path[],
  urlOf: (path: Path) => string,
  heading: (path: Path) => readonly (string | number | undefined)[],
) {
  const model = await load();
  const toRender = pagesToRender(paths, urlOf, (path) =>
    listPageKey(model.siteDigest, heading(path), path.props.page.data),
  );
  return toRender.map((path) => ({
    ...path,
    props: { ...path.props, page: { ...path.props.page, data: withSummaries(model, path.props.page.data) } },
  }));
}

const seriesKey = (series: readonly MonthCount[]) => series.map(({ month, papers }) => `${month} ${papers}`);

/** A page of a topic's or an area's list: its number in the URL (none for the first), its papers and its pager. */
export interface LabelListPage<T = ListedCard> {
  number: number | undefined;
  data: T[];
  pager: ListPager;
}

interface LabelListPath<Summary> {
  params: { slug: string; page: string | undefined };
  props: { label: Summary; page: LabelListPage<ListedPaper>; series: MonthCount[]; side: string | undefined };
}

/**
 * A topic's or an area's pages (src/lib/site/stable-pages.ts), route parameters `slug` and
 * `page`. The first page, the one readers arrive on, has the list's papers per month (`series`),
 * `summary` (its count; an area's topics) and a side column (`side`: as its link names it); the
 * pages past it keep their papers, and print nothing a later paper would change (`pastFirst`:
 * the summary they print).
 */
function labelListPaths<Summary extends LabelSummary>(
  summary: Summary,
  papers: readonly ListedPaper[],
  series: MonthCount[],
  urlOf: (slug: string, number?: number) => string,
  { side, pastFirst = summary }: { side: string; pastFirst?: Summary },
): LabelListPath<Summary>[] {
  return stablePages(papers, LIST_PAGE_SIZE).map((stable) => {
    const first = stable.number === undefined;
    const pager = stablePager(stable, (number) => urlOf(summary.slug, number));
    return {
      params: { slug: summary.slug, page: first ? undefined : String(stable.number) },
      props: {
        label: first ? summary : pastFirst,
        page: { number: stable.number, data: stable.data, pager },
        series: first ? series : [],
        side: first ? side : undefined,
      },
    };
  });
}

/** A list page's key: what its first page prints (`first`); past it, its papers and its neighbours only. */
const labelPageHeading =
  <Summary extends LabelSummary>(first: (path: LabelListPath<Summary>) => readonly (string | number)[]) =>
  (path: LabelListPath<Summary>) => {
    const { page, label } = path.props;
    const position = [label.slug, page.number, page.pager.previous?.url, page.pager.next?.url];
    return page.number === undefined ? [...position, ...first(path)] : position;
  };

/** The pages of every topic's list, newest listed first, to render. */
export async function topicPaths() {
  const paths = (await load()).topics.flatMap(({ papers, series, ...topic }) =>
    labelListPaths(labelSummary(topic), papers, series, urls.topic, { side: 'Papers per month' }),
  );
  return listPagesToRender(
    paths,
    ({ props: { label, page } }) => urls.topic(label.slug, page.number),
    labelPageHeading(({ props: { label, series } }) => [label.count, ...seriesKey(series)]),
  );
}

/** The pages of every area's list, newest listed first as a topic's, to render. */
export async function areaPaths() {
  const paths = (await load()).areas.flatMap(({ papers, topics, otherTopics, series, ...area }) =>
    labelListPaths({ ...labelSummary(area), topics, otherTopics }, papers, series, urls.area, {
      side: topics.length + otherTopics.length > 0 ? 'Papers per month and topics' : 'Papers per month',
      // Topic counts change with every paper: the pages past the first leave them out.
      pastFirst: { ...labelSummary(area), topics: [], otherTopics: [] },
    }),
  );
  return listPagesToRender(
    paths,
    ({ props: { label, page } }) => urls.area(label.slug, page.number),
    labelPageHeading<AreaPage>(({ props: { label, series } }) => [
      label.count,
      ...[...label.topics, ...label.otherTopics].map(({ slug, count }) => `${slug} ${count}`),
      ...seriesKey(series),
    ]),
  );
}

/** Every week or month that has papers, newest first, and the feed their index announces first and links. */
export async function getPeriodIndex(
  kind: PeriodKind,
): Promise<{ periods: PeriodSummary[]; ownFeed: 'weeks' | undefined; feedUrl: string | undefined }> {
  const periods = (await load()).periods[kind].map(({ key, count }) => periodSummaryOf(kind, key, count));
  const ownFeed = periodFeed(kind);
  return { periods, ownFeed, feedUrl: ownFeed && SITE_FEEDS[ownFeed].feed };
}

/** Weeks or months with their papers, their neighbours and their days. */
async function getPeriods(kind: PeriodKind) {
  const list = (await load()).periods[kind];
  // Newest first: the previous (older) period is the next in the list.
  return list.map(({ papers, days, ...period }, index) => {
    const previous = list[index + 1];
    const next = list[index - 1];
    return {
      period,
      previous: previous && periodSummaryOf(kind, previous.key, previous.count),
      next: next && periodSummaryOf(kind, next.key, next.count),
      days,
      papers,
    };
  });
}

/** The pages of every week or every month (route parameter `week` or `month`) to render. */
export async function periodPaths(kind: PeriodKind, paginate: PaginateFunction) {
  const paths = (await getPeriods(kind)).flatMap(({ papers, ...props }) =>
    paginate(papers, { params: { [kind]: props.period.key }, props, pageSize: LIST_PAGE_SIZE }),
  );
  // The pagers name the neighbouring periods, not their counts.
  const linked = (period: PeriodSummary | undefined) => period?.key;
  return listPagesToRender(
    paths,
    ({ props: { period, page } }) => (period.kind === 'week' ? urls.week : urls.month)(period.key, page.currentPage),
    ({ props: { period, previous, next, days, page } }) => [
      page.currentPage,
      page.lastPage,
      period.key,
      period.count,
      linked(previous),
      linked(next),
      ...days.map(({ date, count }) => `${date} ${count}`),
    ],
  );
}

/** `site`: the public origin, which a citation of a paper without an arXiv id links to. */
export async function getPaperPagesToRender(site: string | URL): Promise<PaperPage[]> {
  const model = await load();
  return pagesToRender(
    model.papers,
    ({ url }) => url,
    ({ cacheKey }) => cacheKey,
  ).map((paper) => ({
    ...paper,
    related: withSummaries(model, paper.related),
    // With an arXiv id, the paper's own pages; without one, searches for its title.
    links: paperLinks(paper),
    searches: paper.arxiv === undefined ? externalSearches(paper.title) : [],
    authorList: paper.authorNames === undefined ? undefined : pageAuthors(paper.authorNames),
    citationLines: bibtexEntry({ ...paper, url: absoluteUrl(site, paper.url) }).split(/(?<=\n)/),
    titleLabel: typesetTitleLabel(paper.titleHtml, paper.title),
    sources: paper.sources.map((source) => ({
      fileName: source.file.split('/').at(-1) ?? source.file,
      place: 'line' in source ? `line ${source.line}` : `item ${source.item}`,
      captured: source.captured,
      capturedLabel: formatDate(source.captured),
    })),
  }));
}

/**
 * A paper's whole abstract and its summary (the start lists show), read from its collection file
 * when a page or feed shows them (the content store keeps no text of abstracts; see src/content.config.ts).
 */
function readAbstract(slug: string): { abstract: string; summary: string } {
  const file = join(collectionToBuild(), `${slug}.md`);
  const abstract = markdownToAbstract(paperBody(readFileSync(file, 'utf8'), file));
  return { abstract, summary: abstractSummary(abstract) };
}

/**
 * A paper page's abstract as sanitized HTML (src/lib/site/render-abstract.ts: never raw dump text), the
 * summary that describes the page (as text: its math readable, as link previews show no TeX),
 * and whether it holds math (a formula may be wider than a phone).
 */
export async function getPaperAbstract(slug: string): Promise<{ html: string; description: string; hasMath: boolean }> {
  const { abstract, summary } = readAbstract(slug);
  const html = await renderAbstract(abstract);
  return { html, description: plainText(summary), hasMath: html.includes('<math') };
}

/** The newest papers' feed: the whole site's, or one topic's or area's (`list`). */
export async function getFeed(site: URL, list?: { kind: 'topics' | 'areas'; slug: string }) {
  const model = await load();
  const subject = list && model[list.kind].find(({ slug }) => slug === list.slug);
  return {
    ...feedChannel(channelOf(site, subject ?? 'newest')),
    items: feedItems(
      (subject ? subject.papers : model.papers).slice(0, FEED_SIZE).map((paper) => ({
        title: paper.title,
        // A feed follows the listing: an item is dated the day it was listed.
        date: paper.listed,
        abstract: readAbstract(paper.slug).abstract,
        url: absoluteUrl(site, paper.url),
        topics: paper.topics.map(({ name }) => name),
        authorNames: paper.authorNames,
        arxiv: paper.arxiv,
      })),
      site,
    ),
  };
}

/** The day-by-day feed: the newest days, each with every paper of the day. */
export async function getDaysFeed(site: URL) {
  const { days } = await load();
  return {
    ...feedChannel(channelOf(site, 'days')),
    items: periodFeedItems(
      days
        .slice(0, FEED_DAYS)
        .map((day, index) => ({ ...day, shown: day.papers, stillListed: isStillListed(index, days.length) })),
      site,
    ),
  };
}

/** The week-by-week feed: the newest weeks, each with its most upvoted papers. */
export async function getWeeksFeed(site: URL) {
  const { periods } = await load();
  return {
    ...feedChannel(channelOf(site, 'weeks')),
    items: periodFeedItems(
      periods.week.slice(0, FEED_WEEKS).map((week, index) => ({
        ...week,
        // Dated its latest listing day. Every week listed has a day (periodsOf).
        date: (week.days[0] as DaySummary).date,
        shown: week.papers.slice(0, WEEK_FEED_TOP),
        stillListed: isStillListed(index, periods.week.length),
      })),
      site,
    ),
  };
}

/** Every feed, for the OPML list: the site's, then a folder for each area, with its feed and its topics'. */
export async function getFeeds(site: URL): Promise<{ feeds: FeedChannel[]; folders: OpmlFolder[] }> {
  const areas = await getAreaIndex();
  const sections = await getTopicSections();
  const areaFeed = (slug: string) => areas.filter((area) => area.slug === slug).map((area) => channelOf(site, area));
  return {
    feeds: [channelOf(site, 'newest'), channelOf(site, 'days'), channelOf(site, 'weeks')],
    folders: [
      ...sections.map(({ slug, name, topics }) => ({
        title: name,
        feeds: [...areaFeed(slug), ...topics.map((topic) => channelOf(site, topic))],
      })),
      // An area none of whose own topics has papers (they all have other areas' topics).
      ...areas
        .filter(({ slug }) => !sections.some((section) => section.slug === slug))
        .map(({ slug, name }) => ({ title: name, feeds: areaFeed(slug) })),
    ],
  };
}

/** What the search page offers to filter by: areas and topics that have papers, and years, newest first. */
export async function getSearchFacets() {
  const { areas, topics, papers } = await load();
  const years = groupBy(papers, (paper) => [paper.year]);
  // Areas and topics are filed in the index under their names (src/lib/search/record.ts).
  const named = ({ slug, name, count }: { slug: string; name: string; count: number }) => ({
    value: slug,
    label: name,
    count,
    indexName: name,
  });
  return {
    areas: areas.map(named),
    topics: topics.map(named),
    years: [...years]
      .map(([year, list]) => ({ value: year, label: year, count: list.length }))
      .sort((a, b) => (a.value < b.value ? 1 : -1)),
    code: [{ value: HAS_CODE, label: 'Has code', count: papers.filter(({ code }) => code !== undefined).length }],
  };
}
