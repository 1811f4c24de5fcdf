/**
 * Pagefind's own pagefind.js, run in Node: its fetches for the index files are answered from the
 * built site on disk. The terminal search and the benchmark both use it, so they see exactly the
 * index, ranking and file transfers the browser sees.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi, PagefindResultData, PagefindSearchOptions } from '../../src/lib/search.ts';
import { InputError } from './files.ts';

type PagefindModule = PagefindApi & { destroy(): Promise<void> };

export interface NodeSearch {
  total: number;
  results: PagefindResultData[];
  /** What the search read of the index, as a browser would download it: files and bytes. */
  files: number;
  bytes: number;
}

/** Searches `dist`'s index; `limit` results are loaded (the browser shows 20 at first). */
export async function searchBuiltSite(dist: string, base: string, query: string | null, options: PagefindSearchOptions, limit: number): Promise<NodeSearch> {
  const entry = resolve(join(dist, 'pagefind', 'pagefind.js'));
  if (!existsSync(entry)) throw new InputError(`no search index at ${join(dist, 'pagefind')}: run \`npm run build\` first`);
  const read = new Map<string, number>([[entry, statSync(entry).size]]);
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    const path = fileURLToPath(url);
    try {
      const body = await readFile(path);
      read.set(path, body.length);
      return new Response(body, { status: 200, headers: { 'Content-Type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  try {
    const pagefind = (await import(pathToFileURL(entry).href)) as PagefindModule;
    await pagefind.options({ baseUrl: base.endsWith('/') ? base : `${base}/`, excerptLength: 30 });
    const search = await pagefind.search(query, options);
    const found = search?.results ?? [];
    const results = await Promise.all(found.slice(0, limit).map((result) => result.data()));
    await pagefind.destroy();
    return { total: found.length, results, files: read.size, bytes: [...read.values()].reduce((sum, size) => sum + size, 0) };
  } finally {
    globalThis.fetch = networkFetch;
  }
}
