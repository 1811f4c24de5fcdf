/**
 * Searching a search index split into date-range shards (see shards.ts), in the browser
 * and in Node alike: the newest shard's pagefind.js is the primary instance and the others are
 * merged into it (Pagefind's mergeIndex) as a search first needs them. Pagefind orders merged
 * results by score only, which is right for relevance but not for a sort, so sorted results are
 * searched shard by shard (a `shard` filter each shard carries as its merge filter) and merged
 * here: by date, the shards' lists one after the other (their date ranges do not overlap); by any
 * other sort, a k-way merge that reads each list's head as it goes.
 */
import { AUTHORS_WEIGHT, type PagefindApi, type PagefindResultData, type PagefindSearchOptions } from './query.ts';

/** The list of shards, beside them in the index folder. */
export const SHARDS_FILE = 'shards.json';

/** The filter every shard's pages carry, with the shard's name as value. */
const SHARD_FILTER = 'shard';

export interface ShardInfo {
  /** Its folder under pagefind/, e.g. "2025", "2026-01-to-10", "2026-11". */
  name: string;
  /** The months it covers, inclusive: YYYY-MM. */
  from: string;
  to: string;
  papers: number;
  /** Changes whenever its index does. */
  fingerprint: string;
}

export interface ShardList {
  /** Newest first. */
  shards: ShardInfo[];
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
/** A shard's name (src/lib/search/shards.ts): 2026-04, 2026-01-to-03, 2025, 2019-to-2024, 2024-12-to-2025-05. */
const NAME = /^\d{4}(?:-\d{2})?(?:-to-(?:\d{2}|\d{4}(?:-\d{2})?))?$/;

/** shards.json's content, checked: a bad list is an error, never a path to fetch. */
export function parseShardList(value: unknown): ShardInfo[] {
  const shards = (value as ShardList | null)?.shards;
  if (!Array.isArray(shards)) throw new Error('shards.json: no list of shards');
  return shards.map((shard: Partial<ShardInfo>) => {
    const { name, from, to, papers, fingerprint } = shard;
    if (
      typeof name !== 'string' ||
      !NAME.test(name) ||
      typeof from !== 'string' ||
      !MONTH.test(from) ||
      typeof to !== 'string' ||
      !MONTH.test(to) ||
      typeof papers !== 'number' ||
      typeof fingerprint !== 'string' ||
      !/^[\w-]+$/.test(fingerprint)
    ) {
      throw new Error(`shards.json: malformed shard ${JSON.stringify(shard)}`);
    }
    return { name, from, to, papers, fingerprint };
  });
}

/** The shards that can hold papers of the given years (all of them for no years). */
export function shardsForYears(shards: readonly ShardInfo[], years: readonly string[]): ShardInfo[] {
  if (years.length === 0) return [...shards];
  return shards.filter(({ from, to }) => years.some((year) => from.slice(0, 4) <= year && year <= to.slice(0, 4)));
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

/**
 * Lists each in order (highest rank first), merged into one: each list's head is loaded to be
 * ranked, so a page of n results loads about n + (number of lists) results' details. Equal
 * ranks keep the lists' order. A head that cannot be loaded cannot be ranked: it is passed on
 * as not loaded, where it stands.
 */
export function mergePager<T>(
  lists: readonly (readonly LazyResult<T>[])[],
  rank: (value: T) => number,
): ResultPager<T> {
  const cursors = lists.map(() => 0);
  const loads = new Map<LazyResult<T>, Promise<Loaded<T>>>();
  const head = (list: number): Promise<Loaded<T>> | undefined => {
    const result = lists[list]?.[cursors[list] ?? 0];
    if (!result) return undefined;
    if (!loads.has(result)) loads.set(result, settle(result));
    return loads.get(result);
  };
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
}

export interface ShardedSearchOptions {
  /** The site's base path: result URLs start with it. */
  baseUrl: string;
  excerptLength: number;
  /** A shard's folder URL, ending in "/". */
  shardUrl(name: string): string;
  /** Imports the pagefind.js of a shard (the newest: the primary instance). */
  importPagefind(name: string): Promise<PagefindModule>;
}

export interface ShardedSearch {
  /** Newest first. */
  readonly shards: readonly ShardInfo[];
  /** A search of the given years' papers (all papers for none). */
  search(
    query: string | null,
    options: PagefindSearchOptions,
    years: readonly string[],
  ): Promise<ResultPager<PagefindResultData>>;
  /**
   * A search of the given shards' papers: other shards are not even loaded, and results of shards
   * merged for an earlier search are left out.
   */
  searchShards(
    query: string | null,
    options: PagefindSearchOptions,
    wanted: readonly ShardInfo[],
  ): Promise<ResultPager<PagefindResultData>>;
  /**
   * Frees Pagefind. After a failed search, close and open again: a shard that failed to load
   * (offline, say) stays broken inside Pagefind.
   */
  close(): Promise<void>;
}

export async function openShardedSearch(
  shards: readonly ShardInfo[],
  settings: ShardedSearchOptions,
): Promise<ShardedSearch> {
  const [primary] = shards;
  if (!primary)
    return {
      shards: [],
      search: async () => listPager([]),
      searchShards: async () => listPager([]),
      close: async () => {},
    };
  // Each shard's entry file is fetched with its fingerprint as cache tag: cached until it changes.
  const shardOptions = (shard: ShardInfo) => ({
    baseUrl: settings.baseUrl,
    excerptLength: settings.excerptLength,
    mergeFilter: { [SHARD_FILTER]: shard.name },
    metaCacheTag: shard.fingerprint,
    ranking: { metaWeights: { authors: AUTHORS_WEIGHT } },
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
  const searchShards: ShardedSearch['searchShards'] = async (query, options, wanted) => {
    await Promise.all(wanted.map(load));
    const [sort] = Object.keys(options.sort ?? {});
    if (!sort) {
      const filters =
        wanted.length < shards.length
          ? { ...options.filters, [SHARD_FILTER]: { any: wanted.map(({ name }) => name) } }
          : options.filters;
      return listPager((await pagefind.search(query, { ...options, filters }))?.results ?? []);
    }
    const lists = await Promise.all(
      wanted.map(async ({ name }) => {
        // Only this shard's results: all from one instance, so Pagefind keeps them in sort order.
        const filters = { ...options.filters, [SHARD_FILTER]: { any: [name] } };
        return (await pagefind.search(query, { ...options, filters }))?.results ?? [];
      }),
    );
    // Newest shard first, and every sort is descending: by date, the lists simply follow on.
    return sort === 'date' ? listPager(lists.flat()) : mergePager(lists, (data) => Number(data.meta[sort] ?? 0));
  };
  return {
    shards,
    search: (query, options, years) => searchShards(query, options, shardsForYears(shards, years)),
    searchShards,
    close: () => pagefind.destroy(),
  };
}

/**
 * A search with no years chosen covers the newest shards alone — the newest month, then the rest
 * of its year, then each older shard in turn — stopping once they find at least this many papers: a
 * first search then loads a small part of the index (every shard searched costs its metadata in
 * full), and the page offers the rest in one click.
 */
const NEWEST_FIRST_ENOUGH = 20;

export interface ScopedResults {
  pager: ResultPager<PagefindResultData>;
  /** The first month (YYYY-MM) searched, when the search stopped short of every shard. */
  since?: string;
  /**
   * Set when widening stopped because an older shard could not be loaded (offline, its files
   * never cached, say): the results are those of the newer shards, which did load.
   */
  olderUnavailable?: true;
}

/** The search page's default: the newest shards first, widening while they find too few. */
export async function searchNewestFirst(
  search: ShardedSearch,
  query: string | null,
  options: PagefindSearchOptions,
  enough = NEWEST_FIRST_ENOUGH,
): Promise<ScopedResults> {
  const { shards } = search;
  let found: ScopedResults | undefined;
  for (let count = 1; count <= shards.length; count++) {
    const wanted = shards.slice(0, count);
    let pager: ResultPager<PagefindResultData>;
    try {
      pager = await search.searchShards(query, options, wanted);
    } catch (error) {
      // A shard added by widening failed to load: show what the newer shards found.
      if (found) return { ...found, olderUnavailable: true };
      throw error;
    }
    found = count < shards.length ? { pager, since: wanted.at(-1)?.from } : { pager };
    if (pager.total >= enough) return found;
  }
  return found ?? { pager: await search.searchShards(query, options, shards) };
}

/**
 * A search in its scope: the chosen years' papers; with none chosen, the newest papers first
 * (searchNewestFirst) unless `everyYear`. The search page and the Node search share it.
 */
export async function searchInScope(
  search: ShardedSearch,
  query: string | null,
  options: PagefindSearchOptions,
  years: readonly string[],
  everyYear: boolean,
): Promise<ScopedResults> {
  if (years.length > 0 || everyYear) return { pager: await search.search(query, options, years) };
  return searchNewestFirst(search, query, options);
}
