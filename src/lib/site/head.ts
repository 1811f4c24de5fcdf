/** What a page's head and header say of it: its title in the browser, its canonical address, the site's sections. */
import { SITE_NAME, urls } from './constants.ts';

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
