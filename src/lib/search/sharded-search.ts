/**
 * Searching a search index split into shards by listing day (see shards.ts), in the browser
 * and in Node alike: the newest shard's pagefind.js is the primary instance and the others are
 * merged into it (Pagefind's mergeIndex) as a search first needs them. Each shard is searched on
 * its own (a `shard` filter each shard carries as its merge filter) and the lists merged here: by
 * relevance, by scores made comparable (shared-ranking.ts); by a sort (date, upvotes), a k-way
 * merge that reads each list's head as it goes (a paper's date may be years before its shard's).
 */
import {
  AUTHORS_WEIGHT,
  TYPED_AUTHORS,
  type PagefindApi,
  type PagefindFilterCounts,
  type PagefindResultData,
  type PagefindSearchOptions,
} from './query.ts';
import { searchQuery } from '../site/title-text.ts';
import { isBasePath } from '../site/urls.ts';
import { addFilterCounts, meaningfulMatch, queryTerms, quotedPhrases, shardWeights } from './shared-ranking.ts';

/** The list of shards, beside them in the index folder. */
export const SHARDS_FILE = 'shards.json';

/** The filter every shard's pages carry, with the shard's name as value. */
const SHARD_FILTER = 'shard';

export interface ShardInfo {
  /** Its folder under pagefind/, e.g. "2025", "2026-01-to-10", "2026-11". */
  name: string;
  /** The listing months it covers, inclusive: YYYY-MM. */
  from: string;
  to: string;
  /** The years of its papers' own dates (what the year filter asks for), sorted. */
  years: string[];
  papers: number;
  /** Changes whenever its index does. */
  fingerprint: string;
}

export interface ShardList {
  /** The base path the site was built for: where its pages are (what `npm run search` links to). */
  base?: string;
  /** Newest first. */
  shards: ShardInfo[];
}

/** The base path shards.json records, if it records one that is a path (`/`, `/sub/`). */
export function recordedBase(value: unknown): string | undefined {
  const base = (value as ShardList | null)?.base;
  // Recorded as the build writes it, with its closing slash.
  return typeof base === 'string' && isBasePath(base) && base.endsWith('/') ? base : undefined;
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
/** A shard's name (src/lib/search/shards.ts): 2026-04, 2026-01-to-03, 2025, 2019-to-2024, 2024-12-to-2025-05. */
const NAME = /^\d{4}(?:-\d{2})?(?:-to-(?:\d{2}|\d{4}(?:-\d{2})?))?$/;

/**
 * The years of a shard listed by an index built before shards recorded them: its shards held
 * papers by their own dates, so its months are those dates'.
 */
function yearsFromTo(from: string, to: string): string[] {
  const years: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(String(year));
  return years;
}

/** shards.json's content, checked: a bad list is an error, never a path to fetch. */
export function parseShardList(value: unknown): ShardInfo[] {
  const shards = (value as ShardList | null)?.shards;
  if (!Array.isArray(shards)) throw new Error('shards.json: no list of shards');
  return shards.map((shard: Partial<ShardInfo>) => {
    const { name, from, to, years, papers, fingerprint } = shard;
    if (
      typeof name !== 'string' ||
      !NAME.test(name) ||
      typeof from !== 'string' ||
      !MONTH.test(from) ||
      typeof to !== 'string' ||
      !MONTH.test(to) ||
      (years !== undefined &&
        (!Array.isArray(years) || !years.every((year) => typeof year === 'string' && /^\d{4}$/.test(year)))) ||
      typeof papers !== 'number' ||
      typeof fingerprint !== 'string' ||
      !/^[\w-]+$/.test(fingerprint)
    ) {
      throw new Error(`shards.json: malformed shard ${JSON.stringify(shard)}`);
    }
    return { name, from, to, years: years ?? yearsFromTo(from, to), papers, fingerprint };
  });
}

/** A result's value for a sort: a number, or a date (YYYY-MM-DD) as the number its digits make. */
const sortValue = (value: string | undefined): number => Number(value?.replaceAll('-', '') ?? 0) || 0;

/** The shards that hold papers of the given years (all of them for no years). */
export function shardsForYears(shards: readonly ShardInfo[], years: readonly string[]): ShardInfo[] {
  if (years.length === 0) return [...shards];
  return shards.filter((shard) => years.some((year) => shard.years.includes(year)));
}

/** A search result whose details load when asked for (Pagefind's results are). */
export interface LazyResult<T> {
  data(): Promise<T>;
}

/** A result's details, or `ok: false` when they could not be loaded (offline, never cached). */
export type Loaded<T> = { ok: true; value: T } | { ok: false };

/** Search results in order, loaded a page at a time. */
export interface ResultPager<T> {
  readonly total: number;
  next(count: number): Promise<Loaded<T>[]>;
}

const settle = <T>(result: LazyResult<T>): Promise<Loaded<T>> =>
  result.data().then(
    (value) => ({ ok: true as const, value }),
    () => ({ ok: false as const }),
  );

/**
 * A pager whose pages are taken one after the other: a page asked for while one loads (a second
 * click) follows it, so no result is shown twice or out of order.
 */
function inTurn<T>(total: number, take: (count: number) => Promise<Loaded<T>[]>): ResultPager<T> {
  let last: Promise<unknown> = Promise.resolve();
  return {
    total,
    next(count) {
      const page = last.then(() => take(count));
      last = page.catch(() => {});
      return page;
    },
  };
}

/** Results already in order. */
export function listPager<T>(results: readonly LazyResult<T>[]): ResultPager<T> {
  let shown = 0;
  return inTurn(results.length, async (count) => {
    const batch = results.slice(shown, shown + count);
    shown += batch.length;
    return Promise.all(batch.map(settle));
  });
}

/** How many results past a list's head a merge loads ahead: Pagefind bundles 10 fragments to a file. */
const LOOKAHEAD = 10;

/**
 * Lists each in order (highest rank first), merged into one: each list's head is loaded to be
 * ranked, and a list taken from loads its next results at once, as many as the page still
 * needs (LOOKAHEAD at most), so that a page is not read one result at a time: a page of n
 * results loads n + (number of lists) results' details, and at most LOOKAHEAD more from each list
 * it takes from. Equal ranks keep the lists' order. A head that cannot be loaded cannot be
 * ranked: it is passed on as not loaded, where it stands.
 */

export function mergePager<T>(
  lists: readonly (readonly LazyResult<T>[])[],
  rank: (value: T) => number,
): ResultPager<T> {
  const cursors = lists.map(() => 0);
  const loads = new Map<LazyResult<T>, Promise<Loaded<T>>>();
  const load = (list: number, at: number): Promise<Loaded<T>> | undefined => {
    const result = lists[list]?.[at];
    if (!result) return undefined;
    if (!loads.has(result)) loads.set(result, settle(result));
    return loads.get(result);
  };
  const head = (list: number) => load(list, cursors[list] ?? 0);
  const take = async (count: number): Promise<Loaded<T>[]> => {
    const page: Loaded<T>[] = [];
    while (page.length < count) {
      const heads = await Promise.all(lists.map((_, list) => head(list)));
      let best: number | undefined;
      for (const [list, candidate] of heads.entries()) {
        if (!candidate) continue;
        if (!candidate.ok) {
          best = list;
          break;
        }
        const leader = best === undefined ? undefined : heads[best];
        if (!leader?.ok || rank(candidate.value) > rank(leader.value)) best = list;
      }
      if (best === undefined) break;
      page.push(heads[best] as Loaded<T>);
      cursors[best] = (cursors[best] ?? 0) + 1;
      // The list just taken from is likely to give the next ones too: its next results load at
      // once (as many as the page still needs, at most a fragment file's worth), not one a step.
      const from = cursors[best] ?? 0;
      for (let at = from; at < from + Math.min(count - page.length, LOOKAHEAD); at++) load(best, at);
    }
    return page;
  };
  return inTurn(
    lists.reduce((sum, list) => sum + list.length, 0),
    take,
  );
}

/** pagefind.js as a module: the part of its API the sharded search uses. */
export interface PagefindModule extends PagefindApi {
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  /** Loads every filter's index of the loaded shards: a search counts only loaded filters' values. */
  filters(): Promise<unknown>;
}

export interface ShardedSearchOptions {
  /** The site's base path: result URLs start with it. */
  baseUrl: string;
  /** A shard's folder URL, ending in "/". */
  shardUrl(name: string): string;
  /** Imports the pagefind.js of a shard (the newest: the primary instance). */
  importPagefind(name: string): Promise<PagefindModule>;
}

export interface SearchOutcome {
  pager: ResultPager<PagefindResultData>;
  /** Papers found with each filter value (the search's own filters applied), by filter, when asked for. */
  facets?: PagefindFilterCounts;
  /** Set when no paper has every word of the query: the results have all of them but one. */
  partial?: true;
}

export interface ShardedSearch {
  /** Newest first. */
  readonly shards: readonly ShardInfo[];
  /**
   * A search of the given years' papers (all papers for none): the shards that cannot hold them
   * are not even loaded. By relevance, one ranking over all of them (shared-ranking.ts).
   * `withFacets`: count the papers of each filter value too, which loads every shard's filters.
   */
  search(
    query: string | null,
    options: PagefindSearchOptions,
    years: readonly string[],
    withFacets?: boolean,
  ): Promise<SearchOutcome>;
  /**
   * Frees Pagefind. After a failed search, close and open again: a shard that failed to load
   * (offline, say) stays broken inside Pagefind.
   */
  close(): Promise<void>;
}

/** A paper's filter values as filter counts (one paper each). */
const ownCounts = ({ filters }: PagefindResultData): PagefindFilterCounts =>
  Object.fromEntries(
    Object.entries(filters).map(([filter, values]) => [
      filter,
      Object.fromEntries((values ?? []).map((value) => [value, 1])),
    ]),
  );

const inShard = (options: PagefindSearchOptions, name: string): PagefindSearchOptions => ({
  ...options,
  filters: { ...options.filters, [SHARD_FILTER]: { any: [name] } },
});

export async function openShardedSearch(
  shards: readonly ShardInfo[],
  settings: ShardedSearchOptions,
): Promise<ShardedSearch> {
  const [primary] = shards;
  if (!primary)
    return {
      shards: [],
      search: async (_query, _options, _years, withFacets) => ({
        pager: listPager([]),
        ...(withFacets ? { facets: {} } : {}),
      }),
      close: async () => {},
    };
  // Each shard's entry file is fetched with its fingerprint as cache tag: cached until it changes.
  const shardOptions = (shard: ShardInfo) => ({
    baseUrl: settings.baseUrl,
    mergeFilter: { [SHARD_FILTER]: shard.name },
    metaCacheTag: shard.fingerprint,
    ranking: { metaWeights: { authors: AUTHORS_WEIGHT, [TYPED_AUTHORS]: AUTHORS_WEIGHT } },
  });
  const pagefind = await settings.importPagefind(primary.name);
  await pagefind.options(shardOptions(primary));
  await pagefind.init();
  const merged = new Map<string, Promise<void>>([[primary.name, Promise.resolve()]]);
  const load = (shard: ShardInfo): Promise<void> => {
    const merging = merged.get(shard.name) ?? pagefind.mergeIndex(settings.shardUrl(shard.name), shardOptions(shard));
    merged.set(shard.name, merging);
    return merging;
  };
  const found = async (query: string | null, options: PagefindSearchOptions) =>
    (await pagefind.search(query, options)) ?? { results: [] };

  /**
   * A query word's papers by shard, and the shards where it finds nothing: those without a paper
   * for it (Pagefind leaves out of a search the words a shard lacks, so it would list papers with
   * the other words only), or, when some shard holds the word itself, those that hold only words
   * like it; when none does, those whose papers match it only loosely (see meaningfulMatch).
   */
  const wordInShards = async (term: string, wanted: readonly ShardInfo[]) => {
    const [loose, exact] = await Promise.all([found(term, { filters: {} }), found(`"${term}"`, { filters: {} })]);
    const perShard = loose.totalFilters?.[SHARD_FILTER] ?? {};
    const exactPerShard = exact.totalFilters?.[SHARD_FILTER] ?? {};
    const heldSomewhere = Object.values(exactPerShard).some((count) => (count ?? 0) > 0);
    const noMatch = await Promise.all(
      wanted.map(async ({ name }) => {
        if ((perShard[name] ?? 0) === 0) return [name];
        if ((exactPerShard[name] ?? 0) > 0) return [];
        if (heldSomewhere) return [name];
        const [first] = (await found(term, inShard({ filters: {} }, name))).results;
        const data = await first?.data();
        const text = [data?.meta.title, data?.content, data?.meta.authors, data?.meta[TYPED_AUTHORS]].join(' ');
        return meaningfulMatch(term, text) ? [] : [name];
      }),
    );
    return { perShard, noMatch: noMatch.flat() };
  };

  /**
   * Each wanted shard's papers for `query` (its words: `terms`), with the factor its scores are
   * weighed by. `words`: each word's counts, asked for once per search (subsets of it reuse them).
   */
  const searchShards = async (
    query: string | null,
    terms: readonly string[],
    options: PagefindSearchOptions,
    wanted: readonly ShardInfo[],
    words: (term: string) => ReturnType<typeof wordInShards>,
  ) => {
    const counted = await Promise.all(terms.map(words));
    const noMatch = new Set(counted.flatMap(({ noMatch: names }) => names));
    const searched = wanted.filter(({ name }) => !noMatch.has(name));
    const weights = shardWeights(
      searched,
      counted.map(({ perShard }) => perShard),
    );
    return Promise.all(
      searched.map(async ({ name }) => ({
        name,
        weight: weights.get(name) ?? 1,
        ...(await found(query, inShard(options, name))),
      })),
    );
  };
  type ShardLists = Awaited<ReturnType<typeof searchShards>>;

  /**
   * The lists' papers that have every phrase, in the lists' order. Pagefind scores every paper
   * with a phrase alike, so the lists are those of the words unquoted (Pagefind's relevance: a
   * title's words weigh more), and each phrase, searched on its own, keeps the papers that have it.
   */
  const withPhrases = (
    lists: ShardLists,
    phrases: readonly string[][],
    options: PagefindSearchOptions,
    withFacets: boolean,
  ) =>
    Promise.all(
      lists.map(async (list) => {
        const holding = await Promise.all(
          phrases.map((phrase) => found(`"${phrase.join(' ')}"`, inShard(options, list.name))),
        );
        const results = list.results.filter((result) =>
          holding.every(({ results: having }) => having.some(({ id }) => id === result.id)),
        );
        // A count of the papers kept: a search's own when it found just those, else counted from them.
        const same = [list, ...holding].find((searched) => searched.results.length === results.length);
        const filters = same
          ? same.filters
          : withFacets
            ? addFilterCounts(await Promise.all(results.map((result) => result.data().then(ownCounts, () => ({})))))
            : {};
        return { ...list, results, filters };
      }),
    );
  /** Several shards' lists in one ranking. */
  const ranked = (lists: ShardLists) =>
    lists
      .flatMap(({ weight, results }) => results.map((result) => ({ result, score: (result.score ?? 0) * weight })))
      // Stable: equal scores keep the newer shard's paper first.
      .sort((a, b) => b.score - a.score)
      .map(({ result }) => result);

  return {
    shards,
    async search(query, options, years, withFacets = false) {
      const wanted = shardsForYears(shards, years);
      await Promise.all(wanted.map(load));
      // Pagefind counts only the filters it has loaded: all of them, for the counts.
      if (withFacets) await pagefind.filters();
      // A title's math pasted in is searched as the index holds it (src/lib/site/title-text.ts).
      const text = query === null ? null : searchQuery(query);
      const terms = text === null ? [] : queryTerms(text);
      const asked = new Map<string, ReturnType<typeof wordInShards>>();
      const words = (term: string) => {
        if (!asked.has(term)) asked.set(term, wordInShards(term, wanted));
        return asked.get(term) as ReturnType<typeof wordInShards>;
      };
      const { phrases, unquoted } = text === null ? { phrases: [], unquoted: null } : quotedPhrases(text);
      const lists =
        phrases.length === 0
          ? await searchShards(text, terms, options, wanted, words)
          : await withPhrases(
              await searchShards(unquoted, terms, options, wanted, words),
              phrases,
              options,
              withFacets,
            );
      const counted = addFilterCounts(lists.map(({ filters }) => filters));
      delete counted[SHARD_FILTER];
      const facets = withFacets ? { facets: counted } : {};
      const [sort] = Object.keys(options.sort ?? {});
      const results = lists.map(({ results: list }) => list);
      // Every sort is descending, each shard's list sorted already: merged. Shards hold papers by
      // the day they were listed, so an old paper listed lately is in a newer shard than its date's.
      if (sort) return { pager: mergePager(results, (data) => sortValue(data.meta[sort])), ...facets };
      // A phrase is asked for whole: no paper with part of it stands in for it.
      if (results.some((list) => list.length > 0) || terms.length < 2 || phrases.length > 0)
        return { pager: listPager(ranked(lists)), ...facets };
      // No paper has every word: those with all but one, ranked together (none is in two lists:
      // it would have every word).
      const allButOne = await Promise.all(
        terms.map((_, left) => {
          const fewer = terms.filter((__, term) => term !== left);
          return searchShards(fewer.join(' '), fewer, options, wanted, words);
        }),
      );
      const nearly = ranked(allButOne.flat());
      const nearlyCounted = addFilterCounts(allButOne.flat().map(({ filters }) => filters));
      delete nearlyCounted[SHARD_FILTER];
      return {
        pager: listPager(nearly),
        ...(withFacets ? { facets: nearlyCounted } : {}),
        ...(nearly.length > 0 ? { partial: true as const } : {}),
      };
    },
    close: () => pagefind.destroy(),
  };
}
