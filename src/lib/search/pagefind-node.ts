/**
 * Pagefind's own pagefind.js, run in Node through the same sharded search as the browser's
 * (src/lib/search/sharded-search.ts): its fetches for the index files are answered from the built site
 * on disk. The terminal search and the benchmark both use it, so they see exactly the index,
 * ranking and file transfers the browser sees.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindResultData, PagefindSearchOptions } from './query.ts';
import {
  openShardedSearch,
  parseShardList,
  recordedBase,
  SHARDS_FILE,
  type PagefindModule,
  type ShardedSearch,
  type ShardInfo,
} from './sharded-search.ts';
import { InputError } from '../common/files.ts';

export interface NodeSearch {
  total: number;
  results: PagefindResultData[];
  /**
   * What was read of the index since it was opened (a search on an index opened for it: what the
   * search read), as a browser would download it: files, and bytes as a host that compresses text
   * sends them (gzip for scripts and JSON; Pagefind's index files and WebAssembly are compressed already).
   */
  files: number;
  bytes: number;
  /** Set when no paper has every word of the query: the results have all of them but one. */
  partial?: true;
}

const transferBytes = (path: string, body: Buffer) =>
  /\.(?:js|json)$/.test(path) ? gzipSync(body).length : body.length;

/** The index's list of shards, or an error naming the file: a damaged build, to build again. */
function shardListOf(file: string, text: string): ShardInfo[] {
  try {
    return parseShardList(JSON.parse(text));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'not JSON' : (error as Error).message.replace(/^shards\.json: /, '');
    throw new InputError(`${file}: ${why}; run \`npm run build\` again`);
  }
}

/**
 * The base path `dist` was built for, as its index records it ('/' when it records none): where
 * the results' pages are.
 */
export function builtBase(dist: string): string {
  try {
    return recordedBase(JSON.parse(readFileSync(join(dist, 'pagefind', SHARDS_FILE), 'utf8'))) ?? '/';
  } catch {
    return '/'; // no index, or a damaged one: the search says which
  }
}

/** Searches `dist`'s index as the search page does; `limit` results are loaded (the page shows 20 at first). */
export function searchBuiltSite(
  dist: string,
  base: string,
  query: string | null,
  options: PagefindSearchOptions,
  limit: number,
): Promise<NodeSearch> {
  return withBuiltIndex(dist, base, (index) => index.search(query, options, limit));
}

/** A built site's index, opened: searched, or asked which years it has papers of. */
export interface BuiltIndex {
  search(query: string | null, options: PagefindSearchOptions, limit: number): Promise<NodeSearch>;
  /** The years it has papers of, oldest first (its `year` filter's values). */
  years(): Promise<string[]>;
}

function builtIndex(search: ShardedSearch, read: ReadonlyMap<string, number>): BuiltIndex {
  return {
    async search(query, options, limit) {
      const years = options.filters.year?.any ?? [];
      const { pager, partial } = await search.search(query, options, years);
      const results = (await pager.next(limit)).flatMap((loaded) => (loaded.ok ? [loaded.value] : []));
      return {
        total: pager.total,
        results,
        files: read.size,
        bytes: [...read.values()].reduce((sum, size) => sum + size, 0),
        ...(partial ? { partial } : {}),
      };
    },
    // Each shard lists the years of its papers' own dates (shards.ts): no shard is loaded to tell.
    async years() {
      return [...new Set(search.shards.flatMap(({ years }) => years))].sort();
    },
  };
}

/** `use` given `dist`'s index opened once, its fetches answered from disk. */
export async function withBuiltIndex<T>(
  dist: string,
  base: string,
  use: (index: BuiltIndex) => Promise<T>,
): Promise<T> {
  const bundle = resolve(join(dist, 'pagefind'));
  if (!existsSync(join(bundle, SHARDS_FILE)))
    throw new InputError(`no search index at ${join(dist, 'pagefind')}: run \`npm run build\` first`);
  const read = new Map<string, number>();
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    const path = fileURLToPath(url);
    try {
      const body = await readFile(path);
      read.set(path, transferBytes(path, body));
      return new Response(body, {
        status: 200,
        headers: { 'Content-Type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  try {
    const list = await readFile(join(bundle, SHARDS_FILE));
    read.set(join(bundle, SHARDS_FILE), transferBytes(SHARDS_FILE, list));
    const shards = shardListOf(join(dist, 'pagefind', SHARDS_FILE), list.toString('utf8'));
    const search = await openShardedSearch(shards, {
      baseUrl: base.endsWith('/') ? base : `${base}/`,
      shardUrl: (name) => `${pathToFileURL(join(bundle, name)).href}/`,
      importPagefind: async (name) => {
        const script = join(bundle, name, 'pagefind.js');
        // A browser also loads the worker Pagefind runs the search in (Node does without it).
        for (const file of [script, join(bundle, name, 'pagefind-worker.js')])
          read.set(file, transferBytes(file, await readFile(file)));
        return (await import(pathToFileURL(script).href)) as PagefindModule;
      },
    });
    try {
      return await use(builtIndex(search, read));
    } finally {
      await search.close();
    }
  } finally {
    globalThis.fetch = networkFetch;
  }
}
