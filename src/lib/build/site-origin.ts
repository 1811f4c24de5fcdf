/**
 * The public origin feeds, the sitemap and canonical links name (SITE_URL). Without one a build
 * still works, for a look on this machine, and says once what its links will name.
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export function siteOrigin(siteUrl: string | undefined): string {
  return siteUrl || LOCAL_ORIGIN;
}

/** The one line a build without SITE_URL prints; none with it. */
export function localOriginWarning(siteUrl: string | undefined): string | undefined {
  return siteUrl
    ? undefined
    : `SITE_URL is not set: feeds, the sitemap and canonical links will name ${LOCAL_ORIGIN}. To publish, build with SITE_URL=https://your.site (and BASE_PATH for a subpath).`;
}
