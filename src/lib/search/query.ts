/**
 * Search helpers shared by the search page (in the browser) and `npm run search` (in Node):
 * the URL state of a search, the Pagefind options it stands for, and what a search is in the
 * browser's history.
 */
import { groupedCount, plural, titleKey } from '../common/text.ts';
import { distinctLabelName } from '../site/label-name.ts';
import { searchQuery } from '../site/title-text.ts';
import { queryTerms } from './shared-ranking.ts';

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

/** The metadata of the names as readers type them, when that differs ("Lukasz" for "Łukasz": record.ts). */
export const TYPED_AUTHORS = 'typed_authors';

/**
 * Pagefind's boost for a match in the `authors` or TYPED_AUTHORS metadata (the title's is 5, on
 * top of its text weight). At Pagefind's default of 1, a rare name ranked below the loose matches
 * Pagefind falls back to in shards that lack the word (a paper with "a" for "Aalto").
 */
export const AUTHORS_WEIGHT = 3;

export interface SearchState {
  query: string;
  /** Area slugs. */
  areas: string[];
  /** Topic slugs. */
  topics: string[];
  years: string[];
  sort: SortKey;
  /** Only papers with a code repository. */
  hasCode: boolean;
}

export const YEAR = /^\d{4}$/;
/** A longer value is taken for no label at all, and not carried along. */
const LABEL_LENGTH = 100;

// As given, so that one the site does not have is named to the reader (resolveLabels), not dropped.
const labelsOf = (params: URLSearchParams, name: string) => [
  ...new Set(
    params
      .getAll(name)
      .map((label) => label.trim())
      .filter((label) => label !== '' && label.length <= LABEL_LENGTH),
  ),
];

/**
 * `?q=…&area=…&topic=…&year=…&code=yes&sort=…` → a search; malformed values are dropped, areas
 * and topics kept as given (resolveLabels).
 */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? 'relevance';
  return {
    query: (params.get('q') ?? '').trim(),
    areas: labelsOf(params, 'area'),
    topics: labelsOf(params, 'topic'),
    years: [...new Set(params.getAll('year').filter((year) => YEAR.test(year)))],
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : 'relevance',
    hasCode: params.get(CODE_FILTER) === HAS_CODE,
  };
}

/** The URL query of a search; defaults are left out, so a plain search reads `?q=…`. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const area of state.areas) params.append('area', area);
  for (const topic of state.topics) params.append('topic', topic);
  for (const year of state.years) params.append('year', year);
  if (state.hasCode) params.set(CODE_FILTER, HAS_CODE);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Whether a search keeps to some papers: an area, a topic, a year, or code. */
export function asksForFilters({ areas, topics, years, hasCode }: SearchState): boolean {
  return areas.length > 0 || topics.length > 0 || years.length > 0 || hasCode;
}

/** Whether a query has words the index could hold: letters or digits, a formula read as the index reads titles. */
export function hasWords(query: string): boolean {
  return queryTerms(searchQuery(query)).length > 0;
}

/** What a search that finds nothing says, with what to try instead. */
export function noMatchMessage(state: SearchState): string {
  const filtered = asksForFilters(state);
  // Spelling and fewer words cannot help a query of quotes or symbols alone.
  if (state.query && !hasWords(state.query))
    return `“${state.query}” has no words to search for: type words with letters or digits${filtered ? ', or clear the box to list the filters’ papers' : ''}.`;
  const what = `${state.query ? ` “${state.query}”` : ''}${filtered ? ' with these filters' : ''}`;
  const hint = state.query
    ? `Check the spelling, use fewer words${filtered ? ', or clear filters' : ''}.`
    : 'Clear a filter.';
  return `No papers match${what}. ${hint}`;
}

/**
 * What a search that found papers says: how many, under which filters (on a phone the ticked
 * boxes are out of sight), and how many are shown once that is fewer.
 */
export function foundMessage(total: number, shown: number, state: SearchState, names: FilterNames): string {
  const labels = [
    ...state.areas.flatMap((slug) => {
      const name = names.areas.get(slug);
      return name === undefined ? [] : [distinctLabelName({ kind: 'area', name })];
    }),
    ...state.topics.flatMap((slug) => names.topics.get(slug) ?? []),
    ...state.years,
  ];
  const papers = `${plural(total, 'paper')}${state.hasCode ? ' with code' : ''}`;
  const within = labels.length > 0 ? ` in ${labels.join(', ')}` : '';
  return `${papers} found${within}${shown < total ? `, ${groupedCount(shown)} shown` : ''}.`;
}

/** What a search says when no paper has every word of its query, and it lists those with all but one. */
export function partialMatchMessage(state: SearchState): string {
  const filtered = asksForFilters(state) ? ' with these filters' : '';
  return `No paper${filtered} has every word of “${state.query}”; these have all but one.`;
}

/** Whether a search asks for anything: words, or a filter (with neither, there is nothing to list). */
export function asksForPapers(state: SearchState): boolean {
  return state.query !== '' || asksForFilters(state);
}

/** The part of Pagefind's pagefind.js API we use (in the browser and in Node alike). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** Papers found with each filter value, by filter. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  /** `id`: the page's, the same in every search. */
  results: { id?: string; score?: number; data(): Promise<PagefindResultData> }[];
  /** Counts among the results (the search's filters applied). */
  filters?: PagefindFilterCounts;
  /** Counts among the results the words alone find (no filters applied). */
  totalFilters?: PagefindFilterCounts;
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text: its title, then its abstract. */
  content?: string;
  /** Word positions of the matches in `content`. */
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Area and topic names by slug: the filters hold names (what the pages show), the address slugs. */
export interface FilterNames {
  areas: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
  /** The years the site has papers of, when known: another year is named by resolveLabels. */
  years?: readonly string[];
}

/** A name as typed or as written: any case, any dash (a keyboard has only "-"), runs of spaces as one. */
const nameKey = (name: string) => titleKey(name).replace(/[\u2010-\u2015\u2212]/g, '-');

/**
 * A label's slug from its slug or its name, in any case and with any dash ("Speech-Audio",
 * "speech & audio", "Kolmogorov-Arnold Networks" for "Kolmogorov–Arnold Networks"), given
 * `names` (slug → name).
 */
export function labelSlug(given: string, names: ReadonlyMap<string, string>): string | undefined {
  if (names.has(given)) return given;
  const key = nameKey(given);
  if (names.has(key)) return key;
  return [...names].find(([, name]) => nameKey(name) === key)?.[0];
}

/** The areas, topics and years a search asked for that the site does not have. */
export interface UnknownLabels {
  areas: string[];
  topics: string[];
  years: string[];
}

/**
 * A state's areas and topics as slugs (`state`), and those no label of the site's has
 * (`unknown`), with the years it has no paper of when `names` knows its years.
 */
export function resolveLabels(asked: SearchState, names: FilterNames): { state: SearchState; unknown: UnknownLabels } {
  const resolve = (given: readonly string[], labels: ReadonlyMap<string, string>) => {
    const slugs = given.map((label) => labelSlug(label, labels));
    return {
      slugs: [...new Set(slugs.flatMap((slug) => slug ?? []))],
      unknown: given.filter((_, index) => slugs[index] === undefined),
    };
  };
  const [areas, topics] = [resolve(asked.areas, names.areas), resolve(asked.topics, names.topics)];
  const known = names.years;
  const years = known ? asked.years.filter((year) => known.includes(year)) : asked.years;
  return {
    state: { ...asked, areas: areas.slugs, topics: topics.slugs, years },
    unknown: {
      areas: areas.unknown,
      topics: topics.unknown,
      years: asked.years.filter((year) => !years.includes(year)),
    },
  };
}

/** What the search page says of the areas, topics and years it searched without (resolveLabels' `unknown`), after its count. */
export function unknownLabelsNotice(unknown: Readonly<UnknownLabels>): string {
  const said = (kind: string, labels: readonly string[]) =>
    labels.length > 0 ? ` There is no ${kind} “${labels.join('”, “')}”: searched without it.` : '';
  const years =
    unknown.years.length > 0
      ? ` There are no papers from ${unknown.years.join(', ')}: searched without ${unknown.years.length > 1 ? 'those years' : 'that year'}.`
      : '';
  return said('area', unknown.areas) + said('topic', unknown.topics) + years;
}

/** The order results come in: without words there is no relevance to rank by, so newest first. */
export function sortApplied({ sort, query }: Pick<SearchState, 'sort' | 'query'>): SortKey {
  return sort === 'relevance' && !query ? 'date' : sort;
}

/** Pagefind's search options for a state; a slug `names` does not know is left out. */
export function pagefindOptions(state: SearchState, names: FilterNames): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  const areas = state.areas.flatMap((slug) => names.areas.get(slug) ?? []);
  if (areas.length > 0) filters.area = { any: areas };
  const topics = state.topics.flatMap((slug) => names.topics.get(slug) ?? []);
  if (topics.length > 0) filters.topic = { any: topics };
  if (state.years.length > 0) filters.year = { any: state.years };
  if (state.hasCode) filters[CODE_FILTER] = { any: [HAS_CODE] };
  // Without words Pagefind would list by address: see sortApplied.
  const sort = sortApplied(state);
  return sort === 'relevance' ? { filters } : { filters, sort: { [sort]: 'desc' } };
}

/** How a search was asked for: as the reader types, submitted (Enter, a button), or restored (page load, Back, Forward). */
export type SearchTrigger = 'typed' | 'submitted' | 'restored';

/**
 * What a search does to the browser's history. `entryFinished`: the entry shown holds a finished
 * search (loaded, submitted, returned to), so a new search gets an entry of its own and Back
 * returns to this one; while the reader types, each refinement replaces the entry it made, until
 * a committed change (Enter, a filter, a sort) follows a typed search whose results are shown
 * (`entryShown`). A restored address is only tidied (an unknown topic left out), never a new entry.
 */
export function historyStep(
  entryFinished: boolean,
  how: SearchTrigger,
  addressChanged: boolean,
  entryShown = false,
): { action: 'push' | 'replace' | 'none'; entryFinished: boolean } {
  const finished = entryFinished || (how === 'submitted' && entryShown);
  if (!addressChanged) return { action: 'none', entryFinished: finished || how !== 'typed' };
  return { action: finished && how !== 'restored' ? 'push' : 'replace', entryFinished: how !== 'typed' };
}
