/**
 * The public origin feeds, the sitemap and canonical links name (SITE_URL). Without one a build
 * still works, for a look on this machine, and says once what its links will name.
 */
import { InputError } from '../common/files.ts';
import { isBasePath } from '../site/urls.ts';

export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * SITE_URL as an origin ("https://your.site"), or undefined when it is not set; anything else is
 * refused (InputError). A path is refused too: links are made from the origin and BASE_PATH, so
 * one in SITE_URL would be dropped from every link.
 */
export function publicOrigin(siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  const given = `SITE_URL=${JSON.stringify(siteUrl)}`;
  const url = URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new InputError(`${given} is not an http(s) URL: set it to the site's origin, such as https://your.site`);
  if (url.pathname !== '/')
    throw new InputError(
      `${given}: the path goes in BASE_PATH; set SITE_URL=${url.origin} and BASE_PATH=${url.pathname.replace(/\/$/, '')}`,
    );
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
    throw new InputError(
      `${given} is not an origin: set it to the site's scheme and host alone, such as ${url.origin}`,
    );
  return url.origin;
}

/**
 * Refuses a BASE_PATH that is not a path (`/paper-digest`): an address (`https://ex.org/sub`)
 * would be joined to SITE_URL's origin in every link. `setting`: where it was given (`--base`).
 */
export function checkBasePath(basePath: string | undefined, setting = 'BASE_PATH'): void {
  if (!basePath || isBasePath(basePath)) return;
  const given = `${setting}=${JSON.stringify(basePath)}`;
  const url = URL.canParse(basePath) ? new URL(basePath) : undefined;
  throw new InputError(
    url && (url.protocol === 'http:' || url.protocol === 'https:')
      ? `${given} is an address, not a path: set SITE_URL=${url.origin} and BASE_PATH=${url.pathname.replace(/\/$/, '') || '/'}`
      : `${given} is not a path: set it to the subpath the site is served under, such as /paper-digest`,
  );
}

/** The origin a build's links name: SITE_URL's, else this machine's. */
export function siteOrigin(siteUrl: string | undefined): string {
  return publicOrigin(siteUrl) ?? LOCAL_ORIGIN;
}

/** The one line a build without SITE_URL prints; none with it. */
export function localOriginWarning(siteUrl: string | undefined): string | undefined {
  return siteUrl
    ? undefined
    : `SITE_URL is not set: feeds, the sitemap and canonical links will name ${LOCAL_ORIGIN}. To publish, build with SITE_URL=https://your.site (and BASE_PATH for a subpath).`;
}
