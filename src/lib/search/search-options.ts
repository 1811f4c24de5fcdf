/** The options of `npm run search`, and its help. */
import { parseArgs } from 'node:util';
import { asksForPapers, CODE_FILTER, HAS_CODE, parseSearchParams, SORTS, YEAR, type SearchState } from './query.ts';
import { InputError } from '../common/files.ts';
import { checkBasePath, publicOrigin } from '../build/site-origin.ts';

export const SEARCH_HELP = `Usage: npm run search -- "<query>" [options]

Searches the built site (${'dist/'}pagefind, made by \`npm run build\`) with the same index and
ranking as the search page: titles, authors' names and abstracts. An empty query with --area,
--topic, --year or --has-code lists those papers.

Options:
  --area AREA       only papers of this area, by slug or name (repeatable; any of them)
  --topic TOPIC     only papers of this topic, by slug or name (repeatable; any of them)
  --year YYYY       only papers of this year (repeatable)
  --has-code        only papers with a code repository
  --sort KEY        relevance (default), date (newest first) or upvotes
  --limit N         how many results (default 10)
  --json            print the results as JSON
  --dist DIR        the built site (default dist)
  --base PATH       the base path the site is built for (default: the one its build
                    recorded in the index)
  --help            show this help

Each result is linked to its page on $SITE_URL when that is set, else to the
built page's file under --dist.`;

export interface SearchOptions {
  /** The query, as the search page reads it from its address. */
  state: SearchState;
  limit: number;
  dist: string;
  /** The base path, when given: else the one the index records (recordedBase). */
  base?: string | undefined;
  /** The public origin ($SITE_URL): results link to the published pages rather than the built files. */
  site?: string | undefined;
  json: boolean;
}

/**
 * The options, or 'help'; a bad option or value throws (parseArgs' errors, or an InputError).
 * `environment`: the public origin, when it is set. Areas and topics
 * are kept as given (slugs or names): the search resolves them with the taxonomy (resolveLabels).
 */
export function parseSearchOptions(
  argv: readonly string[],
  environment: { site?: string | undefined },
): SearchOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      area: { type: 'string', multiple: true, default: [] },
      topic: { type: 'string', multiple: true, default: [] },
      year: { type: 'string', multiple: true, default: [] },
      'has-code': { type: 'boolean', default: false },
      sort: { type: 'string', default: 'relevance' },
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  checkBasePath(values.base, '--base');
  if (!(SORTS as readonly string[]).includes(values.sort))
    throw new InputError(`--sort must be one of ${SORTS.join(', ')}`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new InputError('--limit must be a positive whole number');
  const badYear = values.year.find((year) => !YEAR.test(year));
  if (badYear !== undefined) throw new InputError(`--year must be a year such as 2025, not ${JSON.stringify(badYear)}`);
  const params = new URLSearchParams({ q: positionals.join(' '), sort: values.sort });
  for (const year of values.year) params.append('year', year);
  if (values['has-code']) params.set(CODE_FILTER, HAS_CODE);
  // Areas and topics as given, names too: the search resolves them, and names one it does not know.
  const state = { ...parseSearchParams(params), areas: values.area, topics: [...new Set(values.topic)] };
  if (!asksForPapers(state))
    throw new InputError('give words to search for, or --area / --topic / --year / --has-code');
  // SITE_URL is checked as the build checks it: a path in it would be dropped from every link.
  const site = publicOrigin(environment.site);
  return { state, limit, dist: values.dist, base: values.base, site, json: values.json };
}
