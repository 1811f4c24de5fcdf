/**
 * Search helpers shared by the search page (in the browser) and `npm run search` (in Node):
 * the URL state of a search, the Pagefind options it stands for, and Pagefind's excerpts as
 * plain text parts (so that no excerpt is ever parsed as HTML).
 */

export const SORTS = ['relevance', 'date', 'upvotes'] as const;
export type SortKey = (typeof SORTS)[number];

/**
 * The "has code" filter: papers with a code repository carry it with this one value (the others
 * carry no value). The search page's address says it the same way: `code=yes`.
 */
export const CODE_FILTER = 'code';
export const HAS_CODE = 'yes';

/** How the `authors` metadata joins the names (record.ts), and a result splits them again. */
export const AUTHOR_SEPARATOR = ', ';

/**
 * Pagefind's boost for a match in the `authors` metadata (the title's is 5, on top of its text
 * weight). At Pagefind's default of 1, a rare name ranked below the loose matches Pagefind falls
 * back to in shards that lack the word (a paper with "a" for "Aalto").
 */
export const AUTHORS_WEIGHT = 3;

export interface SearchState {
  query: string;
  /** Topic slugs. */
  topics: string[];
  years: string[];
  sort: SortKey;
  /** Only papers with a code repository. */
  hasCode: boolean;
  /** With no years chosen: search every year at once, not the newest year first. */
  allYears: boolean;
}

const YEAR = /^\d{4}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `?q=…&topic=…&year=…&code=yes&sort=…&years=all` → a search; unknown or malformed values are dropped. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? 'relevance';
  return {
    query: (params.get('q') ?? '').trim(),
    topics: [...new Set(params.getAll('topic').filter((slug) => SLUG.test(slug)))],
    years: [...new Set(params.getAll('year').filter((year) => YEAR.test(year)))],
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : 'relevance',
    hasCode: params.get(CODE_FILTER) === HAS_CODE,
    allYears: params.get('years') === 'all',
  };
}

/** The URL query of a search; defaults are left out, so a plain search reads `?q=…`. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const topic of state.topics) params.append('topic', topic);
  for (const year of state.years) params.append('year', year);
  if (state.hasCode) params.set(CODE_FILTER, HAS_CODE);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.allYears) params.set('years', 'all');
  return params;
}

export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Whether a search asks for anything: words, or a filter (with neither, there is nothing to list). */
export function asksForPapers({ query, topics, years, hasCode }: SearchState): boolean {
  return query !== '' || topics.length > 0 || years.length > 0 || hasCode;
}

/** The part of Pagefind's pagefind.js API we use (in the browser and in Node alike). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options: PagefindSearchOptions,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/**
 * Pagefind's search options for a state. Topic filters hold topic names (what the paper pages
 * show); `topicNames` maps slugs to them.
 */
export function pagefindOptions(state: SearchState, topicNames: ReadonlyMap<string, string>): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  const names = state.topics.flatMap((slug) => topicNames.get(slug) ?? []);
  if (names.length > 0) filters.topic = { any: names };
  if (state.years.length > 0) filters.year = { any: state.years };
  if (state.hasCode) filters[CODE_FILTER] = { any: [HAS_CODE] };
  // Without words there is no relevance to rank by (Pagefind would list by address): newest first.
  const sort = state.sort === 'relevance' && !state.query ? 'date' : state.sort;
  return sort === 'relevance' ? { filters } : { filters, sort: { [sort]: 'desc' } };
}

/**
 * Pagefind's excerpts escape `<` and `>` only (it marks matches with <mark>): every other
 * character, `&` included, is the text itself, so `&amp;` in a title stays `&amp;`. (Text that
 * spells `&lt;` itself cannot be told from an escaped `<`, and shows as `<`.)
 */
function decodeExcerpt(text: string): string {
  return text.replace(/&lt;|&gt;/g, (entity) => (entity === '&lt;' ? '<' : '>'));
}

/** How a search was asked for: as the reader types, submitted (Enter, a button), or restored (page load, Back, Forward). */
export type SearchTrigger = 'typed' | 'submitted' | 'restored';

/**
 * What a search does to the browser's history. `entryFinished`: the entry shown holds a finished
 * search (loaded, submitted, returned to), so a new search gets an entry of its own and Back
 * returns to this one; while the reader types, each refinement replaces the entry it made. A
 * restored address is only tidied (an unknown topic left out), never a new entry.
 */
export function historyStep(
  entryFinished: boolean,
  how: SearchTrigger,
  addressChanged: boolean,
): { action: 'push' | 'replace' | 'none'; entryFinished: boolean } {
  if (!addressChanged) return { action: 'none', entryFinished: entryFinished || how !== 'typed' };
  return { action: entryFinished && how !== 'restored' ? 'push' : 'replace', entryFinished: how !== 'typed' };
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Pagefind's excerpt (escaped text with <mark> around matches) as text parts to render as text. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeExcerpt(piece), marked });
  }
  return parts;
}
