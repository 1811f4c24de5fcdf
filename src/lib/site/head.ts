/** What a page's head and header say of it: its title in the browser, its canonical address, the site's sections. */
import { SITE_NAME, urls } from './constants.ts';
import { listFeedTitle, SITE_FEEDS } from './feeds.ts';

/** The title a tab and a bookmark show: the page's, then the site's (the home page: the site's alone). */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
}

/** The page's one public address: its path on the site's origin, whatever address it was reached by. */
export function canonicalUrl(pathname: string, site: URL | string | undefined): string {
  return new URL(pathname, site).href;
}

/** The sections the header links to, in order; `key` is what a page names as its section. */
export const SECTIONS = [
  { key: 'dates', label: 'Dates', href: urls.dates },
  { key: 'areas', label: 'Areas', href: urls.areas },
  { key: 'topics', label: 'Topics', href: urls.topics },
  { key: 'search', label: 'Search', href: urls.search() },
  { key: 'saved', label: 'Saved', href: urls.saved },
] as const;

/** A feed a page announces with `<link rel="alternate">`. */
export interface AnnouncedFeed {
  title: string;
  href: string;
}

/** A page's own feed: a topic's or an area's, or one of the site's (the day-by-day feed on a day's page). */
export type OwnFeed = { kind: 'topic' | 'area'; name: string; feedUrl: string } | keyof typeof SITE_FEEDS;

/**
 * The feeds a page announces: its own first, where it has one, since readers that find feeds on
 * a page subscribe to the first; then the site's.
 */
export function announcedFeeds(own?: OwnFeed): AnnouncedFeed[] {
  const site = Object.entries(SITE_FEEDS).map(([key, { title, feed }]) => ({ key, title, href: feed }));
  const first =
    own === undefined
      ? []
      : typeof own === 'string'
        ? site.filter(({ key }) => key === own)
        : [{ title: listFeedTitle(own), href: own.feedUrl }];
  return [...first, ...site.filter(({ key }) => key !== own)].map(({ title, href }) => ({ title, href }));
}
