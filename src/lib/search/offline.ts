/**
 * What the service worker caches at the first visit, so the site keeps working offline: the
 * shell pages, the styles and scripts, and the search index — the list of shards, Pagefind's
 * script and WebAssembly (of the newest shard, the one the search page runs), every shard's
 * entry, metadata, filters and index — then the result fragments too, while the total stays
 * within a budget of bytes and requests (a large site's fragments are too many to download
 * unasked; those are cached as results are shown). Visited pages are cached as they are visited
 * (see public/sw.js).
 */
import { createHash } from 'node:crypto';
import { SHARDS_FILE } from './sharded-search.ts';

/** The list, at the site's root (public/sw.js fetches it by this name). */
export const OFFLINE_MANIFEST_FILE = 'offline-manifest.json';

export interface SiteFile {
  /** Relative to the built site, with forward slashes. */
  path: string;
  bytes: number;
}

export interface OfflineManifest {
  /** Changes whenever a listed file's content changes: a new cache for a new build. */
  version: string;
  files: string[];
  bytes: number;
}

/** What the first visit may download for offline use: bytes, and files (each one a request). */
const OFFLINE_BUDGET = { bytes: 25_000_000, files: 2_000 };

const SHELL = new Set([
  '',
  'index.html',
  'search/index.html',
  'dates/index.html',
  'areas/index.html',
  'topics/index.html',
  // The reader's saved papers live in their browser: the page needs no network but its own.
  'saved/index.html',
  '404.html',
  'favicon.svg',
  // The home page's topic filter (src/lib/site/day-filter.ts): not under the assets folder.
  'day-filter.css',
]);
const ASSETS = '_astro/';
/** Folders whose files the manifest may list, besides the shell pages. */
const FOLDERS = [ASSETS, 'pagefind/'];

/**
 * The built files the manifest can choose from: the shell pages and the files under its
 * folders: listing only these, not every page of the site, keeps the listing from growing with
 * the archive.
 */
export const OFFLINE_CANDIDATES = { files: [...SHELL].filter((path) => path !== ''), folders: FOLDERS };
const SHARD_INDEX =
  /^pagefind\/[\w-]+\/(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index\/.+\.pf_index|filter\/.+\.pf_filter)$/;
const PAGEFIND_SCRIPT = /^(?:pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
const PAGEFIND_FRAGMENT = /^pagefind\/[\w-]+\/fragment\/.+\.pf_fragment$/;

/** The URL (relative to the site root) a file is served at. */
function urlOf(path: string): string {
  return path === 'index.html' ? './' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * `primary`: the newest shard, whose pagefind.js the search page runs (undefined: no papers);
 * `fingerprintOf`: a file's content, hashed (two files of one size may differ).
 */
export function offlineManifest(
  files: readonly SiteFile[],
  primary: string | undefined,
  fingerprintOf: (path: string) => string,
  budget: { bytes: number; files: number } = OFFLINE_BUDGET,
): OfflineManifest {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const primaryFolder = `pagefind/${primary}/`;
  const isPagefindScript = (path: string) =>
    primary !== undefined && path.startsWith(primaryFolder) && PAGEFIND_SCRIPT.test(path.slice(primaryFolder.length));
  const essential = sorted.filter(
    ({ path }) =>
      SHELL.has(path) ||
      path.startsWith(ASSETS) ||
      path === `pagefind/${SHARDS_FILE}` ||
      SHARD_INDEX.test(path) ||
      isPagefindScript(path),
  );
  const fragments = sorted.filter(({ path }) => PAGEFIND_FRAGMENT.test(path));
  let bytes = essential.reduce((sum, file) => sum + file.bytes, 0);
  const chosen = [...essential];
  const fragmentBytes = fragments.reduce((sum, file) => sum + file.bytes, 0);
  if (bytes + fragmentBytes <= budget.bytes && chosen.length + fragments.length <= budget.files) {
    chosen.push(...fragments);
    bytes += fragmentBytes;
  }
  const hash = createHash('sha256');
  for (const { path } of chosen) hash.update(`${path}\u0000${fingerprintOf(path)}\n`);
  return { version: hash.digest('hex').slice(0, 16), files: chosen.map(({ path }) => urlOf(path)), bytes };
}

/** The line of the service worker (public/sw.js) that names the offline list's version. */
const WORKER_VERSION = /^const VERSION = '[\w-]*';$/m;

/**
 * The service worker with the offline list's version written in: a browser installs a worker
 * again only when its script changes, and only an install caches a new build's files.
 */
export function versionedWorker(worker: string, version: string): string {
  if (!WORKER_VERSION.test(worker)) throw new Error(`internal error: the service worker has no line ${WORKER_VERSION}`);
  return worker.replace(WORKER_VERSION, `const VERSION = '${version}';`);
}
