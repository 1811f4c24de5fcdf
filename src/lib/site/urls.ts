/**
 * The URL scheme, in one place. Every path respects the site's base path (Astro's `base`), so
 * the site also works under a subpath; every page URL ends with a slash.
 *
 *   /  /dates/  /dates/YYYY-MM-DD/  /topics/  /topics/<slug>/  /topics/<slug>/2/  /papers/<slug>/
 *   /search/  /rss.xml  /dates/rss.xml  /topics/<slug>/rss.xml  /feeds.opml  /sitemap-index.xml
 *   /robots.txt  /404.html  /saved/
 */

export interface Urls {
  home: string;
  dates: string;
  date(isoDate: string): string;
  topics: string;
  /** Page 1 is the topic's own URL; later pages are numbered. */
  topic(slug: string, page?: number): string;
  topicFeed(slug: string): string;
  paper(slug: string): string;
  /** The search page; with a query, the URL that runs it. */
  search(query?: string): string;
  feed: string;
  /** One item a day, each listing every paper of that day. */
  daysFeed: string;
  opml: string;
  sitemap: string;
  /** The reader's saved papers (kept in their browser). */
  saved: string;
}

/** `base` as Astro gives it (`/`, `/sub`, `/sub/`). */
export function createUrls(base: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: root,
    dates: at('dates/'),
    date: (isoDate) => at(`dates/${isoDate}/`),
    topics: at('topics/'),
    topic: (slug, page = 1) => at(page <= 1 ? `topics/${slug}/` : `topics/${slug}/${page}/`),
    topicFeed: (slug) => at(`topics/${slug}/rss.xml`),
    paper: (slug) => at(`papers/${slug}/`),
    search: (query) => at(query === undefined || query === '' ? 'search/' : `search/?q=${encodeURIComponent(query)}`),
    feed: at('rss.xml'),
    daysFeed: at('dates/rss.xml'),
    opml: at('feeds.opml'),
    sitemap: at('sitemap-index.xml'),
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
