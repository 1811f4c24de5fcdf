/**
 * The URL scheme, in one place. Every path respects the site's base path (Astro's `base`), so
 * the site also works under a subpath; every page URL ends with a slash.
 *
 *   /  /dates/  /dates/YYYY-MM-DD/  /weeks/  /weeks/YYYY-Www/  /months/  /months/YYYY-MM/  /topics/  /topics/<slug>/
 *   /topics/<slug>/1/  /areas/  /areas/<slug>/  /areas/<slug>/1/  /papers/<slug>/  /saved/  /search/  /rss.xml
 *   /dates/rss.xml  /weeks/rss.xml  /topics/<slug>/rss.xml  /areas/<slug>/rss.xml  /feeds.opml  /sitemap-index.xml  /robots.txt  /404.html  /day-filter.css
 *
 * A week's or a month's list longer than a page numbers its later pages: /weeks/2026-W16/2/. A
 * topic's or an area's numbers the pages past its first from its oldest: /topics/<slug>/1/ holds
 * its oldest papers (src/lib/site/stable-pages.ts).
 */

/** Whether a value is a base path (`/`, `/paper-digest`, `/a/b/`): segments, no address, query or space. */
export function isBasePath(value: string): boolean {
  return /^\/(?:[^/?#\s:]+\/?)*$/.test(value);
}

export interface Urls {
  home: string;
  dates: string;
  date(isoDate: string): string;
  weeks: string;
  months: string;
  /** An ISO week's papers (`2026-W16`); page 1 is the week's own URL. */
  week(key: string, page?: number): string;
  /** A month's papers (`2026-04`). */
  month(key: string, page?: number): string;
  topics: string;
  /** Its newest papers; a number: a page of older ones, numbered from the oldest (src/lib/site/stable-pages.ts). */
  topic(slug: string, page?: number): string;
  labelFeed(slug: string): string;
  areas: string;
  /** A research area's papers, paged as a topic's. */
  area(slug: string, page?: number): string;
  areaFeed(slug: string): string;
  paper(slug: string): string;
  /** The search page; with a query, the URL that runs it. */
  search(query?: string): string;
  feed: string;
  /** One item a day, each listing every paper of that day. */
  daysFeed: string;
  /** One item a week, listing its most upvoted papers. */
  weeksFeed: string;
  opml: string;
  sitemap: string;
  /** The stylesheet that filters a day's list by topic (src/lib/site/day-filter.ts). */
  dayFilterStyles: string;
  /** The reader's saved papers (kept in their browser). */
  saved: string;
}

/** `base` as Astro gives it (`/`, `/sub`, `/sub/`). */
export function createUrls(base: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  const numbered = (path: string, page: number | undefined) => at(page === undefined ? `${path}/` : `${path}/${page}/`);
  const paged = (path: string, page: number) => numbered(path, page <= 1 ? undefined : page);
  return {
    home: root,
    dates: at('dates/'),
    date: (isoDate) => at(`dates/${isoDate}/`),
    weeks: at('weeks/'),
    months: at('months/'),
    week: (key, page = 1) => paged(`weeks/${key}`, page),
    month: (key, page = 1) => paged(`months/${key}`, page),
    topics: at('topics/'),
    topic: (slug, page) => numbered(`topics/${slug}`, page),
    labelFeed: (slug) => at(`topics/${slug}/rss.xml`),
    areas: at('areas/'),
    area: (slug, page) => numbered(`areas/${slug}`, page),
    areaFeed: (slug) => at(`areas/${slug}/rss.xml`),
    paper: (slug) => at(`papers/${slug}/`),
    search: (query) => at(query === undefined || query === '' ? 'search/' : `search/?q=${encodeURIComponent(query)}`),
    feed: at('rss.xml'),
    daysFeed: at('dates/rss.xml'),
    weeksFeed: at('weeks/rss.xml'),
    opml: at('feeds.opml'),
    sitemap: at('sitemap-index.xml'),
    dayFilterStyles: at('day-filter.css'),
    saved: at('saved/'),
  };
}

/** An absolute URL for feeds and sitemaps: `site` (origin, maybe with a path) + a root-relative path. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

/** Where else a reader can look a paper up: searches by its title, URL-encoded. */
export function externalSearches(title: string): { name: string; url: string }[] {
  const query = encodeURIComponent(title);
  return [
    { name: 'arXiv', url: `https://arxiv.org/search/?query=${query}&searchtype=title` },
    { name: 'Hugging Face', url: `https://huggingface.co/papers?q=${query}` },
  ];
}
