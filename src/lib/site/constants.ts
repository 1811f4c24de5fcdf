/** What the site is called and how much a page lists: the constants pages and feeds share. */
import { createUrls } from './urls.ts';

export const SITE_NAME = 'Paper Digest';
/** The language of the site's own words (pages and feeds); the papers' text is in whatever language its authors wrote. */
export const SITE_LANGUAGE = 'en';
export const SITE_DESCRIPTION =
  'Hugging Face Daily Papers, by day and by topic — searchable offline, subscribable per topic.';

/** Papers per page of a long list: a topic's, a week's, a month's. */
export const LIST_PAGE_SIZE = 50;

/** Days listed under "recent days" on the home page. */
export const RECENT_DAYS = 14;

/**
 * The site's URLs, under the base path Astro gives the pages (Vite sets `import.meta.env`;
 * modules Node runs alone, as the unit tests do, see Astro's default base).
 */
export const urls = createUrls(import.meta.env?.BASE_URL ?? '/');
