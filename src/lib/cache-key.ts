/**
 * Cache keys for Astro's incremental builds: a page is skipped when its key and its code are
 * unchanged. The key hashes everything the page shows (its props), so any change of data — a
 * paper's upvotes, a related paper's title, a renamed topic — rebuilds exactly the pages that
 * show it.
 */
import { createHash } from 'node:crypto';

/** Bump to rebuild every page once (for a change the code hash cannot see, e.g. the loader). */
const CACHE_VERSION = 1;

export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(`${CACHE_VERSION}\u0000${JSON.stringify(props)}`).digest('base64url').slice(0, 22);
}
