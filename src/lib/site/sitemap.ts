/**
 * The sitemap (sitemaps.org): an index naming files of at most SITEMAP_LIMIT URLs each (the
 * protocol allows 50,000). Replaces @astrojs/sitemap, which sorts every URL with a locale-aware
 * compare, costly at the size of an archive; a plain sort gives a stable order as well.
 */
import XMLBuilder from 'fast-xml-builder';
import { absoluteUrl } from './urls.ts';

const SITEMAP_LIMIT = 45_000;
const SITEMAP_INDEX = 'sitemap-index.xml';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapFile {
  name: string;
  xml: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false });
const xml = (document: object) => `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document)}`;

/**
 * Pages not for search engines, by path: the error pages (served at any missing address) and
 * /saved/, which shows each reader what their own browser keeps. Their pages say `noindex`.
 */
const UNLISTED = new Set(['404', '500', 'saved']);

/**
 * `paths`: root-relative page paths (e.g. `/papers/x/`), the unlisted pages left out; `siteBase`:
 * the absolute URL of the site's root, where the sitemap files are written too. URLs are listed
 * in code-unit order.
 */
export function sitemapFiles(paths: readonly string[], siteBase: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const listed = paths.map((path) => path.replace(/^\//, '')).filter((path) => !UNLISTED.has(path.replace(/\/$/, '')));
  const urls = [...new Set(listed)].sort().map((path) => absoluteUrl(siteBase, path));
  const files: SitemapFile[] = [];
  for (let start = 0; start < urls.length || files.length === 0; start += limit) {
    const url = urls.slice(start, start + limit).map((loc) => ({ loc }));
    files.push({ name: `sitemap-${files.length}.xml`, xml: xml({ urlset: { '@_xmlns': NAMESPACE, url } }) });
  }
  const sitemap = files.map(({ name }) => ({ loc: absoluteUrl(siteBase, name) }));
  return [{ name: SITEMAP_INDEX, xml: xml({ sitemapindex: { '@_xmlns': NAMESPACE, sitemap } }) }, ...files];
}

/** robots.txt: every page may be crawled, and here is the sitemap (an absolute URL, as crawlers need). */
export function robotsTxt(sitemapIndexUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapIndexUrl}\n`;
}
