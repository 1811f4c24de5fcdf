/** Where `npm run search` sends a reader for a result: a link a terminal can open. */
import { join, resolve } from 'node:path';
import { absoluteUrl } from '../site/urls.ts';

export interface LinkTarget {
  /** The public origin (SITE_URL): results link to the published pages. */
  site?: string | undefined;
  /** Otherwise the built site: results are its page files. */
  dist: string;
  /** The base path the result addresses start with. */
  base: string;
}

/** `url`: a result's address in the site (starting with the base path). */
export function resultLink(url: string, { site, dist, base }: LinkTarget): string {
  if (site) return absoluteUrl(site, url);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(url.startsWith(prefix) ? url.slice(prefix.length) : url.replace(/^\//, ''));
  return join(resolve(dist), path, 'index.html');
}
