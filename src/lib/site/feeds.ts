/**
 * RSS items and the OPML list of feeds. Dump text is untrusted, and @astrojs/rss escapes `&`, `<`
 * and `]]>` but passes through characters XML 1.0 forbids (most C0 controls, U+FFFE…), which make
 * a feed ill-formed for every reader: xmlSafe removes them from everything that goes in.
 */
import XMLBuilder from 'fast-xml-builder';
import { escape as escapeHtml } from 'html-escaper';
import { plural } from '../common/text.ts';
import { arxivAbsUrl } from './paper-links.ts';
import { absoluteUrl } from './urls.ts';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, urls } from './constants.ts';
import { distinctLabelName } from './label-name.ts';
import { plainText } from './title-text.ts';

/** How many papers a feed carries, newest first. */
export const FEED_SIZE = 50;

/** How many days the day-by-day feed carries, newest first. */
export const FEED_DAYS = 30;

/** How many weeks the week-by-week feed carries, newest first, and how many papers of each. */
export const FEED_WEEKS = 12;
export const WEEK_FEED_TOP = 10;

// Not XML 1.0 Chars: C0 controls but tab/LF/CR, lone surrogates, U+FFFE and U+FFFF.
const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** A paper's date (YYYY-MM-DD) as the instant RSS dates it: midnight UTC. */
export function publicationDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export interface FeedPaper {
  title: string;
  date: string;
  abstract: string;
  /** Absolute or root-relative URL of the paper page: also its guid. */
  url: string;
  /** Topic names. */
  topics: readonly string[];
  /** The authors' names, in order, when known (a text dump gives only their count). */
  authorNames?: readonly string[] | undefined;
  /** The arXiv id, when known. */
  arxiv?: string | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  /** Extra item XML: the authors (`dc:creator`), or a guid of its own where the link is not the item's. */
  customData?: string;
}

/**
 * The abstract as the HTML an RSS description is read as: its text escaped, its math as readable
 * text as the item's title has it (readers typeset no TeX), one <p> a paragraph (readers decode
 * the XML escaping once and render the result as HTML).
 */
function descriptionHtml(abstract: string): string {
  return abstract
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(plainText(paragraph))}</p>`)
    .join('');
}

/** Text as XML character data: `&`, `<` and `>` as entities, every other character as itself. */
const xmlText = (text: string) =>
  text.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] ?? char);

/**
 * The item's authors as Dublin Core's creator: RSS's own `<author>` must be an e-mail address.
 * One element naming them all, as arXiv's feeds do: readers show a single creator.
 */
function creatorXml(names: readonly string[] | undefined): string | undefined {
  const named = names?.map((name) => xmlSafe(name).trim()).filter((name) => name !== '') ?? [];
  return named.length === 0 ? undefined : `<dc:creator>${xmlText(named.join(', '))}</dc:creator>`;
}

/** The arXiv abstract page, linked under the abstract. */
function arxivHtml(id: string): string {
  return `<p><a href="${escapeHtml(arxivAbsUrl(id))}">arXiv:${escapeHtml(id)}</a></p>`;
}

/**
 * Items for @astrojs/rss: absolute permalinks (which it also uses as guids), safe text. The item
 * links to the paper's page; its arXiv page is a link in the description, which every reader
 * renders (`<comments>` and `<source>` mean other things, and few readers show them).
 */
export function feedItems(papers: readonly FeedPaper[], site: string | URL): FeedItem[] {
  return papers.map((paper) => {
    const creator = creatorXml(paper.authorNames);
    return {
      title: xmlSafe(paper.title),
      link: absoluteUrl(site, paper.url),
      pubDate: publicationDate(paper.date),
      description: xmlSafe(descriptionHtml(paper.abstract) + (paper.arxiv === undefined ? '' : arxivHtml(paper.arxiv))),
      categories: paper.topics.map(xmlSafe),
      ...(creator === undefined ? {} : { customData: creator }),
    };
  });
}

/** What @astrojs/rss needs for a channel besides its items. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows (the home page, a topic's page): the channel's link. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
}

const ATOM = 'http://www.w3.org/2005/Atom';
/** Dublin Core, for the items' `dc:creator`. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * A channel's options for @astrojs/rss. Its link is the page, base path included (the site's
 * root would be another site on a shared host), and it names its own URL (`atom:link
 * rel="self"`), as feed validators ask, so a copied feed still says where it lives, and its
 * language. It declares Dublin Core, which names the items' authors.
 */
export function feedChannel({ title, description, pageUrl, feedUrl }: FeedChannel) {
  return {
    title: xmlSafe(title),
    description: xmlSafe(description),
    site: pageUrl,
    xmlns: { atom: ATOM, dc: DUBLIN_CORE },
    customData: `<language>${SITE_LANGUAGE}</language><atom:link href="${escapeHtml(xmlSafe(feedUrl))}" rel="self" type="application/rss+xml"/>`,
  };
}

/** A day, a week or a month of the listing, as its feed item lists it. */
export interface FeedPeriod {
  /** The day the item is dated, YYYY-MM-DD. */
  date: string;
  /** "April 13, 2026", "Week 16, 2026 (Apr 13–Apr 19)". */
  label: string;
  /** The period's page: absolute or root-relative. */
  url: string;
  /** How many papers the period has. */
  count: number;
  /** The papers the item lists, most upvoted first: all of a day's, a week's best. */
  shown: readonly { title: string; url: string; upvotes: number }[];
  /** The newest period, which later fetches still add papers and upvotes to (isStillListed). */
  stillListed?: boolean;
}

/**
 * Whether the period at `index` of `count` (newest first) is still being listed: the newest is,
 * until a later day is listed, unless it is the collection's only one (a site built from an
 * archive has nothing later to wait for).
 */
export const isStillListed = (index: number, count: number): boolean => index === 0 && count > 1;

/**
 * Items that each list a period's papers, linking to its page: one a day, so a subscriber misses
 * none on a day with more papers than the newest-papers feed carries, or one a week, its best.
 * Readers show an item once per guid: a period over has its page as guid (@astrojs/rss makes the
 * link the guid), and the period still being listed another, with "so far" in its title, so that
 * the whole period is announced again once it is over, and only then.
 */
export function periodFeedItems(periods: readonly FeedPeriod[], site: string | URL): FeedItem[] {
  return periods.map(({ date, label, url, count, shown, stillListed }) => {
    const papers = plural(count, 'paper');
    const link = absoluteUrl(site, url);
    return {
      title: xmlSafe(
        `${label}${stillListed ? ', so far' : ''}: ${shown.length < count ? `top ${shown.length} of ${papers}` : papers}`,
      ),
      link,
      pubDate: publicationDate(date),
      description: xmlSafe(
        `<ol>${shown
          .map(
            (paper) =>
              `<li><a href="${escapeHtml(absoluteUrl(site, paper.url))}">${escapeHtml(paper.title)}</a> (${plural(paper.upvotes, 'upvote')})</li>`,
          )
          .join('')}</ol>`,
      ),
      categories: [],
      ...(stillListed
        ? { customData: `<guid isPermaLink="false">${escapeHtml(xmlSafe(`${link}#so-far`))}</guid>` }
        : {}),
    };
  });
}

export interface OpmlFeed {
  title: string;
  /** Absolute URLs. */
  feedUrl: string;
  pageUrl: string;
}

/** Feeds that a reader's import files together: an area's and its topics'. */
export interface OpmlFolder {
  title: string;
  feeds: readonly OpmlFeed[];
}

/**
 * An OPML 2.0 subscription list, so a reader can subscribe to every feed at once: `feeds` at the
 * top, then each folder as an outline holding its feeds.
 */
export function opml(title: string, feeds: readonly OpmlFeed[], folders: readonly OpmlFolder[] = []): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  const outline = (feed: OpmlFeed) => ({
    '@_type': 'rss',
    '@_text': xmlSafe(feed.title),
    '@_title': xmlSafe(feed.title),
    '@_xmlUrl': feed.feedUrl,
    '@_htmlUrl': feed.pageUrl,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    opml: {
      '@_version': '2.0',
      head: { title: xmlSafe(title) },
      body: {
        outline: [
          ...feeds.map(outline),
          ...folders.map((folder) => ({
            '@_text': xmlSafe(folder.title),
            '@_title': xmlSafe(folder.title),
            outline: folder.feeds.map(outline),
          })),
        ],
      },
    },
  });
}

/** The site's own feeds: the newest papers, day by day, and week by week. */
export const SITE_FEEDS = {
  newest: { title: SITE_NAME, description: SITE_DESCRIPTION, page: urls.home, feed: urls.feed },
  days: {
    title: `${SITE_NAME}: day by day`,
    description: 'One item a day, listing every paper of that day.',
    page: urls.dates,
    feed: urls.daysFeed,
  },
  weeks: {
    title: `${SITE_NAME}: week by week`,
    description: `One item a week, listing its ${WEEK_FEED_TOP} most upvoted papers.`,
    page: urls.weeks,
    feed: urls.weeksFeed,
  },
} as const;

/** A topic's or an area's feed title, in its channel and where pages announce it. */
export const listFeedTitle = (label: { kind: 'topic' | 'area'; name: string }) =>
  `${SITE_NAME}: ${distinctLabelName(label)}`;

/** A topic or an area, as its feed's channel describes it. */
export interface FeedTopic {
  kind: 'topic' | 'area';
  name: string;
  description: string;
  /** The topic's page and its feed: root-relative. */
  url: string;
  feedUrl: string;
}

/** A feed's channel: one of the site's, or a topic's or an area's. */
export function channelOf(site: URL, subject: keyof typeof SITE_FEEDS | FeedTopic): FeedChannel {
  const { title, description, page, feed } =
    typeof subject === 'string'
      ? SITE_FEEDS[subject]
      : {
          title: listFeedTitle(subject),
          description: subject.description,
          page: subject.url,
          feed: subject.feedUrl,
        };
  return { title, description, pageUrl: absoluteUrl(site, page), feedUrl: absoluteUrl(site, feed) };
}
