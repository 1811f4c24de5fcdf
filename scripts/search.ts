/**
 * npm run search -- "<query>" [--topic SLUG] [--year YYYY] [--sort date|upvotes] [--limit N] [--json]
 *
 * Searches the built site's Pagefind index from the terminal: the very pagefind.js and index the
 * browser uses (so the same ranking), its fetches answered from the files on disk.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TAXONOMY_FILE } from '../src/content.config.ts';
import { formatResults, type SearchResult } from '../src/lib/search-report.ts';
import { excerptParts, pagefindOptions, parseSearchParams, SORTS, type PagefindSearchOptions } from '../src/lib/search.ts';
import { parseTaxonomy } from '../src/lib/taxonomy.ts';
import { InputError, readUtf8 } from './lib/files.ts';

const HELP = `Usage: npm run search -- "<query>" [options]

Searches the built site (${'dist/'}pagefind, made by \`npm run build\`) with the same index and
ranking as the search page. An empty query with --topic or --year lists those papers.

Options:
  --topic SLUG      only papers of this topic (repeatable; any of them)
  --year YYYY       only papers of this year (repeatable)
  --sort KEY        relevance (default), date (newest first) or upvotes
  --limit N         how many results (default 10)
  --json            print the results as JSON
  --dist DIR        the built site (default dist)
  --base PATH       the base path the site is built for (default: $BASE_PATH or /)
  --help            show this help`;

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: PagefindSearchOptions): Promise<{ results: { score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> }[] } | null>;
  destroy(): Promise<void>;
}

/** Pagefind fetches its files; in Node those are file: URLs, answered from disk. */
function answerFileFetches(): void {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      const body = await readFile(fileURLToPath(url));
      return new Response(body, { status: 200, headers: { 'Content-Type': url.pathname.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      topic: { type: 'string', multiple: true, default: [] },
      year: { type: 'string', multiple: true, default: [] },
      sort: { type: 'string', default: 'relevance' },
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH || '/' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!(SORTS as readonly string[]).includes(values.sort)) throw new InputError(`--sort must be one of ${SORTS.join(', ')}`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new InputError('--limit must be a positive whole number');
  const params = new URLSearchParams({ q: positionals.join(' '), sort: values.sort });
  for (const topic of values.topic) params.append('topic', topic);
  for (const year of values.year) params.append('year', year);
  const state = parseSearchParams(params);
  if (!state.query && state.topics.length === 0 && state.years.length === 0) throw new InputError('give words to search for, or --topic / --year');

  const entry = resolve(join(values.dist, 'pagefind', 'pagefind.js'));
  if (!existsSync(entry)) throw new InputError(`no search index at ${join(values.dist, 'pagefind')}: run \`npm run build\` first`);
  const taxonomy = parseTaxonomy(readUtf8(TAXONOMY_FILE), TAXONOMY_FILE);
  const topicNames = new Map(Object.entries(taxonomy).map(([slug, { name }]) => [slug, name]));
  const unknown = state.topics.filter((slug) => !topicNames.has(slug));
  if (unknown.length > 0) throw new InputError(`unknown topic ${unknown.join(', ')}: see ${TAXONOMY_FILE}`);

  answerFileFetches();
  const pagefind = (await import(pathToFileURL(entry).href)) as PagefindModule;
  await pagefind.options({ baseUrl: values.base.endsWith('/') ? values.base : `${values.base}/`, excerptLength: 30 });
  const search = await pagefind.search(state.query || null, pagefindOptions(state, topicNames));
  const found = search?.results ?? [];
  const results: SearchResult[] = await Promise.all(found.slice(0, limit).map(async (result, index) => {
    const { url, excerpt, meta, filters } = await result.data();
    return {
      rank: index + 1, title: meta.title ?? url, date: meta.date ?? '', upvotes: Number(meta.upvotes ?? 0),
      topics: filters.topic ?? [], url, excerpt: excerptParts(excerpt).map(({ text }) => text).join(''),
    };
  }));
  await pagefind.destroy();
  process.stdout.write(values.json ? `${JSON.stringify({ query: state, total: found.length, results }, null, 2)}\n` : `${formatResults(results, found.length)}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError) && (error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
  process.stderr.write(`search: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
