/**
 * Cache keys for incremental builds (src/integrations/unchanged-pages.ts): a page is not
 * rendered again when its key and the code are unchanged. A key hashes the digests of the
 * entries a page shows (Astro's content store keeps one per entry: the paper loader's covers the
 * paper's file, whose text gives its summary and abstract) plus whatever else the page prints —
 * so any change of data rebuilds exactly the pages that show it, without serialising every
 * page's props (measured: 1.5 s of a 10k-paper build). The code is no part of a page's key: the
 * last build's pages are reused only for the same code (its dependencyKey).
 */
import { hash } from 'node:crypto';

export function cacheKeyOf(parts: readonly (string | number)[]): string {
  return hash('sha256', parts.join('\u0000'), 'base64url').slice(0, 22);
}
