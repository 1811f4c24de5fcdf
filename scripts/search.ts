/**
 * npm run search -- "<query>" [--topic SLUG] [--year YYYY] [--sort date|upvotes] [--limit N] [--json]
 *
 * Searches the built site's Pagefind index from the terminal: the very pagefind.js and index the
 * browser uses (so the same ranking), its fetches answered from the files on disk.
 */
import { parseArgs } from 'node:util';
import { TAXONOMY_FILE } from '../src/content.config.ts';
import { formatResults, type SearchResult } from '../src/lib/search/report.ts';
import { excerptParts, pagefindOptions, parseSearchParams, SORTS } from '../src/lib/search/query.ts';
import { terminalText } from '../src/lib/common/text.ts';
import { parseTaxonomy } from '../src/lib/topics/taxonomy.ts';
import { InputError, readUtf8 } from '../src/lib/common/files.ts';
import { searchBuiltSite } from '../src/lib/search/pagefind-node.ts';

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

  const taxonomy = parseTaxonomy(readUtf8(TAXONOMY_FILE), TAXONOMY_FILE);
  const topicNames = new Map(Object.entries(taxonomy).map(([slug, { name }]) => [slug, name]));
  const unknown = state.topics.filter((slug) => !topicNames.has(slug));
  if (unknown.length > 0) throw new InputError(`unknown topic ${unknown.join(', ')}: see ${TAXONOMY_FILE}`);

  const search = await searchBuiltSite(values.dist, values.base, state.query || null, pagefindOptions(state, topicNames), limit);
  const results: SearchResult[] = search.results.map(({ url, excerpt, meta, filters }, index) => ({
    rank: index + 1, title: meta.title ?? url, date: meta.date ?? '', upvotes: Number(meta.upvotes ?? 0),
    topics: filters.topic ?? [], url, excerpt: excerptParts(excerpt).map(({ text }) => text).join(''),
  }));
  process.stdout.write(values.json ? `${JSON.stringify({ query: state, total: search.total, results }, null, 2)}\n` : `${formatResults(results, search.total)}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError) && (error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
  process.stderr.write(`search: ${terminalText((error as Error).message)}\n`);
  process.exitCode = 2;
}
