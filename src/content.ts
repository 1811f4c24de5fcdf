/**
 * The one query module: every page gets its data from here, sorted and grouped, so `.astro`
 * files only destructure and render. The collection is read once per build and every view is
 * computed once (a build renders thousands of pages from the same data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { PaperDetails, PaperEntryData, PaperSource } from './content.config.ts';
import { buildCalendar, formatDate, type CalendarYear } from './lib/site/archive.ts';
import { pagesToRender } from './lib/build/unchanged-pages.ts';
import { dayPageKey, paperPageKey, siteKey, topicPageKey } from './lib/build/page-keys.ts';
import {
  channelOf,
  dayFeedItems,
  FEED_DAYS,
  FEED_SIZE,
  feedChannel,
  feedItems,
  type FeedChannel,
} from './lib/site/feeds.ts';
import { markdownToAbstract } from './lib/ingest/markdown-body.ts';
import { renderAbstract } from './lib/site/render-abstract.ts';
import { collectionToBuild, paperBody } from './lib/ingest/paper-file.ts';
import { summarize } from './lib/common/text.ts';
import { topicsWithOther } from './lib/topics/scoring.ts';
import { absoluteUrl, externalSearches } from './lib/site/urls.ts';
import { RECENT_DAYS, urls } from './lib/site/constants.ts';
import { handedOverSummary } from './lib/build/bridge.ts';
import type { CardFacts } from './lib/site/paper-card.ts';
import { byline } from './lib/site/byline.ts';
import { titleHtml } from './lib/site/title-html.ts';
import { plainTitle } from './lib/site/title-text.ts';
import { bibtexEntry } from './lib/site/bibtex.ts';
import { paperLinks, type PaperLink } from './lib/site/paper-links.ts';
import { cardAttributes } from './lib/reader/card-data.ts';
import type { CardAttributes } from './lib/reader/saved-paper.ts';

export interface TopicLink {
  slug: string;
  name: string;
  url: string;
  feedUrl: string;
}

/** A paper as lists show it, but for its summary (read from its file, see withSummaries). */
interface ListedPaper extends Omit<CardFacts, 'summary' | 'topics' | 'byline' | 'reader'> {
  slug: string;
  /** The day it was listed: its earliest source's capture day, YYYY-MM-DD. */
  listed: string;
  reader: CardAttributes;
  byline: string;
  topics: TopicLink[];
  /** The content store's digest of the paper's entry: what cache keys are made of. */
  digest: string;
}

/** A paper as lists show it: its card's facts, with its slug and digest. */
export interface ListedCard extends ListedPaper {
  summary: string;
}

/** A paper with what its own page shows, but for its related papers' summaries. */
interface PaperFacts extends ListedPaper, Omit<PaperDetails, 'github' | 'githubStars'> {
  authors: number;
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
  /** Each listing it was seen in: the dump's file name and its capture day, as readers see them. */
  sources: (PaperSource & { fileName: string; place: string; capturedLabel: string })[];
  links: PaperLink[];
  searches: { name: string; url: string }[];
  /** The paper as a BibTeX entry. */
  citation: string;
}

export interface TopicSummary extends TopicLink {
  description: string;
  count: number;
}

export interface DaySummary {
  date: string;
  label: string;
  url: string;
  count: number;
}

interface Model {
  /** Digest of what every page shows besides its papers (the taxonomy's names). */
  siteDigest: string;
  papers: PaperFacts[];
  bySlug: Map<string, PaperFacts>;
  /** Newest day first, each day's papers by upvotes. */
  days: (DaySummary & { papers: ListedPaper[] })[];
  /** Topics that have papers, in taxonomy order, `other` last. */
  topics: (TopicSummary & { papers: PaperFacts[] })[];
  /** A paper's summary read from its file, once per build: a paper is listed on several pages. */
  summaryFromFile: (slug: string) => string;
}

/** Just what a list shows of a paper (no abstract, no related papers of its own). */
function toListed({
  slug,
  url,
  title,
  titleHtml,
  date,
  dateLabel,
  dateUrl,
  byline,
  code,
  upvotes,
  topics,
  digest,
  listed,
  reader,
}: ListedPaper): ListedPaper {
  return {
    slug,
    url,
    title,
    titleHtml,
    date,
    dateLabel,
    dateUrl,
    byline,
    code,
    upvotes,
    topics,
    digest,
    listed,
    reader,
  };
}

const byNewest = (a: ListedPaper, b: ListedPaper) =>
  (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || b.upvotes - a.upvotes || a.title.localeCompare(b.title);
const byUpvotes = (a: ListedPaper, b: ListedPaper) => b.upvotes - a.upvotes || a.title.localeCompare(b.title);

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

/** What a paper's page shows of the details only a JSON dump gives (the code link is on its card). */
function paperDetails({ arxiv, authorNames, comments, projectPage, organization, keywords, aiSummary }: PaperDetails) {
  return { arxiv, authorNames, comments, projectPage, organization, keywords, aiSummary };
}

async function buildModel(): Promise<Model> {
  const [entries, topicEntries] = await Promise.all([getCollection('papers'), getCollection('topics')]);
  const taxonomy = topicsWithOther(topicEntries.map(({ id, data }) => [id, data] as const));
  // One object per topic and one label per day, shared by the 50k papers that have them.
  const topicLink = memoized((slug: string): TopicLink => ({
    slug,
    name: taxonomy.get(slug)?.name ?? slug,
    url: urls.topic(slug),
    feedUrl: urls.topicFeed(slug),
  }));
  const dateLabel = memoized(formatDate);

  const siteDigest = siteKey(topicEntries);
  const papers: PaperFacts[] = entries.map(
    ({ id, data, digest }: { id: string; data: PaperEntryData; digest?: string | number }) => {
      const topics = data.topics.filter((slug) => taxonomy.has(slug)).map(topicLink);
      const listed = (data.sources[0] as PaperSource).captured;
      return {
        slug: id,
        listed,
        reader: cardAttributes({
          slug: id,
          listed,
          title: plainTitle(data.title),
          date: data.date,
          arxiv: data.arxiv,
          authorNames: data.authorNames,
          topics,
        }),
        url: urls.paper(id),
        title: plainTitle(data.title),
        titleHtml: titleHtml(data.title),
        date: data.date,
        dateLabel: dateLabel(data.date),
        dateUrl: urls.date(data.date),
        authors: data.authors,
        byline: byline(data.authors, data.authorNames),
        code: data.github === undefined ? undefined : { url: data.github, stars: data.githubStars },
        ...paperDetails(data),
        upvotes: data.upvotes,
        // A topic renamed or removed from the taxonomy since the last ingest is not linked.
        topics,
        year: data.date.slice(0, 4),
        sources: data.sources,
        related: [],
        digest: String(digest),
        cacheKey: '',
      };
    },
  );
  papers.sort(byNewest);
  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  for (const { id, data } of entries) {
    const paper = bySlug.get(id) as PaperFacts;
    paper.related = data.related.flatMap((slug: string) => {
      const other = bySlug.get(slug);
      return other ? [toListed(other)] : [];
    });
    paper.cacheKey = paperPageKey(siteDigest, paper, paper.related);
  }

  const dayMap = groupBy(papers, (paper) => [paper.date]);
  const days = [...dayMap].map(([date, list]) => ({
    date,
    label: dateLabel(date),
    url: urls.date(date),
    count: list.length,
    papers: list.sort(byUpvotes),
  }));

  const topicMap = groupBy(papers, (paper) => paper.topics.map(({ slug }) => slug));
  const topics = [...taxonomy]
    .filter(([slug]) => topicMap.has(slug))
    .map(([slug, topic]) => ({
      ...topicLink(slug),
      description: topic.description,
      count: topicMap.get(slug)?.length ?? 0,
      papers: topicMap.get(slug) ?? [],
    }));
  return { siteDigest, papers, bySlug, days, topics, summaryFromFile: memoized((slug) => readAbstract(slug).summary) };
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
function withSummaries({ summaryFromFile }: Model, papers: readonly ListedPaper[]): ListedCard[] {
  return papers.map((paper) => ({
    ...toListed(paper),
    summary: handedOverSummary(paper.slug) ?? summaryFromFile(paper.slug),
  }));
}

const dayCount = ({ date, label, url, count }: DaySummary): DaySummary => ({ date, label, url, count });
const topicSummary = ({ slug, name, url, description, count, feedUrl }: TopicSummary): TopicSummary => ({
  slug,
  name,
  url,
  description,
  count,
  feedUrl,
});

export async function getHome() {
  const model = await load();
  const { days, topics, papers } = model;
  const [latest] = days;
  return {
    latest: latest ? { ...dayCount(latest), papers: withSummaries(model, latest.papers) } : undefined,
    recentDays: days.slice(1, RECENT_DAYS + 1).map(dayCount),
    topics: topics.map(topicSummary),
    paperCount: papers.length,
    dayCount: days.length,
  };
}

export async function getDateArchive(): Promise<{ calendar: CalendarYear[]; paperCount: number; dayCount: number }> {
  const { days, papers } = await load();
  return {
    calendar: buildCalendar(
      days.map(({ date, count }) => ({ date, count })),
      urls.date,
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
      cacheKey: dayPageKey(siteDigest, day.date, previous, next, day.papers),
    };
  });
  return pagesToRender(
    pages,
    ({ day }) => day.url,
    ({ cacheKey }) => cacheKey,
  ).map(({ day, previous, next }) => ({
    ...dayCount(day),
    papers: withSummaries(model, day.papers),
    topics: dayTopics(day.papers),
    previous,
    next,
  }));
}

/** The topics of a day's papers, most papers first, each named with its count. */
function dayTopics(papers: readonly ListedPaper[]): TopicLink[] {
  const topicCounts = new Map<string, TopicLink & { count: number }>();
  for (const paper of papers)
    for (const topic of paper.topics)
      topicCounts.set(topic.slug, { ...topic, count: (topicCounts.get(topic.slug)?.count ?? 0) + 1 });
  return [...topicCounts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .map(({ count, ...topic }) => ({ ...topic, name: `${topic.name} (${count})` }));
}

export async function getTopicIndex(): Promise<TopicSummary[]> {
  return (await load()).topics.map(topicSummary);
}

/** Topics with their papers newest first, for paginated topic pages. */
export async function getTopics() {
  return (await load()).topics;
}

/** Of a topic's list pages (Astro's paginate()), those to render, their papers with summaries. */
export async function topicPagesToRender<
  Path extends { props: { topic: TopicSummary; page: { currentPage: number; lastPage: number; data: ListedPaper[] } } },
>(paths: readonly Path[]) {
  const model = await load();
  const toRender = pagesToRender(
    paths,
    ({ props: { topic, page } }) => urls.topic(topic.slug, page.currentPage),
    ({ props: { topic, page } }) => topicPageKey(model.siteDigest, topic, page),
  );
  return toRender.map((path) => ({
    ...path,
    props: { ...path.props, page: { ...path.props.page, data: withSummaries(model, path.props.page.data) } },
  }));
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
    citation: bibtexEntry({ ...paper, url: absoluteUrl(site, paper.url) }),
    sources: paper.sources.map((source) => ({
      ...source,
      fileName: source.file.split('/').at(-1) ?? source.file,
      place: 'line' in source ? `line ${source.line}` : `item ${source.item}`,
      capturedLabel: formatDate(source.captured),
    })),
  }));
}

/**
 * A paper's whole abstract and its summary (the start lists show), read from its collection file
 * when a page or feed shows them (the content store keeps no text of abstracts; see src/content.config.ts).
 */
function readAbstract(slug: string): { abstract: string; summary: string } {
  const abstract = markdownToAbstract(paperBody(readFileSync(join(collectionToBuild(), `${slug}.md`), 'utf8')));
  return { abstract, summary: summarize(abstract) };
}

/**
 * A paper page's abstract as sanitized HTML (src/lib/site/render-abstract.ts: never raw dump text), the
 * summary that describes the page, and whether it holds math (a formula may be wider than a phone).
 */
export async function getPaperAbstract(slug: string): Promise<{ html: string; summary: string; hasMath: boolean }> {
  const { abstract, summary } = readAbstract(slug);
  const html = await renderAbstract(abstract);
  return { html, summary, hasMath: html.includes('<math') };
}

/** The newest papers' feed: the whole site's, or one topic's. */
export async function getFeed(site: URL, topicSlug?: string) {
  const { papers, topics } = await load();
  const topic = topics.find(({ slug }) => slug === topicSlug);
  return {
    ...feedChannel(channelOf(site, topic ?? 'newest')),
    items: feedItems(
      (topic ? topic.papers : papers).slice(0, FEED_SIZE).map((paper) => ({
        title: paper.title,
        date: paper.date,
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
  return { ...feedChannel(channelOf(site, 'days')), items: dayFeedItems(days.slice(0, FEED_DAYS), site) };
}

/** Every feed, for the OPML list. */
export async function getFeeds(site: URL): Promise<FeedChannel[]> {
  return [
    channelOf(site, 'newest'),
    channelOf(site, 'days'),
    ...(await getTopicIndex()).map((topic) => channelOf(site, topic)),
  ];
}

/** What the search page offers to filter by: topics that have papers, and years, newest first. */
export async function getSearchFacets() {
  const { topics, papers } = await load();
  const years = groupBy(papers, (paper) => [paper.year]);
  return {
    topics: topics.map(({ slug, name, count }) => ({ slug, name, count })),
    years: [...years].map(([year, list]) => ({ year, count: list.length })).sort((a, b) => (a.year < b.year ? 1 : -1)),
    withCode: papers.filter(({ code }) => code !== undefined).length,
  };
}
