import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUTHORS_WEIGHT, type PagefindResultData, type PagefindSearchOptions } from '../../../src/lib/search/query.ts';
import {
  listPager,
  mergePager,
  openShardedSearch,
  parseShardList,
  searchInScope,
  searchNewestFirst,
  shardsForYears,
  type LazyResult,
  type PagefindModule,
  type ShardInfo,
} from '../../../src/lib/search/sharded-search.ts';

const shard = (name: string, from: string, to: string): ShardInfo => ({
  name,
  from,
  to,
  papers: 1,
  fingerprint: `f-${name}`,
});
const SHARDS = [
  shard('2026-04', '2026-04', '2026-04'),
  shard('2026-01-to-03', '2026-01', '2026-03'),
  shard('2025', '2025-01', '2025-12'),
  shard('2019-to-2024', '2019-01', '2024-12'),
];

test('the shard list is checked before any of it becomes a path', () => {
  assert.deepEqual(parseShardList({ shards: SHARDS }), SHARDS);
  assert.throws(() => parseShardList({}), /no list/);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], name: '../x' }] }), /malformed/);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], to: '2026-13' }] }), /malformed/);
  // Every name the shard plan makes (src/lib/search/shards.ts), a cut across a new year included.
  const cut = [shard('2025-04-to-12', '2025-04', '2025-12'), shard('2024-12-to-2025-03', '2024-12', '2025-03')];
  assert.deepEqual(parseShardList({ shards: cut }), cut);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], name: '2024-12-to-2025-03-x' }] }), /malformed/);
});

test('a year filter needs only the shards that overlap its years', () => {
  assert.deepEqual(
    shardsForYears(SHARDS, []).map(({ name }) => name),
    SHARDS.map(({ name }) => name),
  );
  assert.deepEqual(
    shardsForYears(SHARDS, ['2026']).map(({ name }) => name),
    ['2026-04', '2026-01-to-03'],
  );
  assert.deepEqual(
    shardsForYears(SHARDS, ['2021', '2025']).map(({ name }) => name),
    ['2025', '2019-to-2024'],
  );
  assert.deepEqual(shardsForYears(SHARDS, ['2018']), []);
});

/** Results whose details are `value` (or fail to load for undefined), counting the loads. */
function results(values: (number | undefined)[], loads: number[] = []): LazyResult<number>[] {
  return values.map((value) => ({
    data: async () => {
      loads.push(value ?? -1);
      if (value === undefined) throw new Error('offline');
      return value;
    },
  }));
}
const values = (page: { ok: boolean; value?: number }[]) =>
  page.map((loaded) => (loaded.ok ? loaded.value : 'unavailable'));

test('a list pager pages through results in order, passing on those that fail to load', async () => {
  const pager = listPager(results([3, undefined, 1]));
  assert.equal(pager.total, 3);
  assert.deepEqual(values(await pager.next(2)), [3, 'unavailable']);
  assert.deepEqual(values(await pager.next(2)), [1]);
  assert.deepEqual(await pager.next(2), []);
});

test('a merge pager merges descending lists, equal ranks in list order, loading little beyond the page', async () => {
  const loads: number[] = [];
  const pager = mergePager(
    [results([9, 5, 5, 1], loads), results([], loads), results([7, 5, 2], loads), results([8, 0], loads)],
    (value) => value,
  );
  assert.equal(pager.total, 9);
  assert.deepEqual(values(await pager.next(4)), [9, 8, 7, 5]);
  assert.deepEqual(loads.sort(), [0, 5, 5, 7, 8, 9], "the three heads, then each list's next as its head is taken");
  assert.deepEqual(values(await pager.next(10)), [5, 5, 2, 1, 0]);
});

test('a merge pager passes on a head that cannot load, and goes on', async () => {
  const pager = mergePager([results([4, undefined, 1]), results([3, 2])], (value) => value);
  assert.deepEqual(values(await pager.next(10)), [4, 'unavailable', 3, 2, 1]);
});

interface FakePage {
  url: string;
  date: string;
  upvotes: number;
  score: number;
}

/**
 * A fake pagefind.js holding each shard's pages. Like Pagefind, a search runs over every merged
 * shard the filters allow and orders all results by score, which for a sorted search follows the
 * sort within one shard only.
 */
/** `unreachable`: shards whose files fail to load (offline, say). */
function fakePagefind(pages: Record<string, FakePage[]>, unreachable: readonly string[] = []) {
  const calls: string[] = [];
  const merged = new Set<string>();
  let primary = '';
  const module: PagefindModule = {
    async options(options) {
      primary = (options.mergeFilter as { shard: string }).shard;
      calls.push(`options ${primary} ${String(options.metaCacheTag)}`);
    },
    async init() {
      merged.add(primary);
    },
    async destroy() {},
    async mergeIndex(path, options) {
      calls.push(`merge ${path}`);
      // As in Pagefind: the shard is listed before it loads, and a failed load stays listed.
      merged.add((options.mergeFilter as { shard: string }).shard);
      if (unreachable.some((name) => path.endsWith(`/${name}/`))) throw new Error(`offline: ${path}`);
    },
    async search(_query: string | null, options: PagefindSearchOptions) {
      calls.push('search');
      const broken = unreachable.find((name) => merged.has(name));
      if (broken) throw new Error(`offline: ${broken} is listed but not loaded`);
      const only = options.filters.shard?.any;
      const sort = Object.keys(options.sort ?? {})[0] as 'date' | 'upvotes' | undefined;
      const found = [...merged]
        .filter((name) => !only || only.includes(name))
        .flatMap((name) => {
          const inShard = pages[name] ?? [];
          if (!sort) return inShard;
          const sorted = [...inShard].sort((a, b) => (a[sort] < b[sort] ? 1 : a[sort] > b[sort] ? -1 : 0));
          return sorted.map((page, position) => ({ ...page, score: sorted.length - position }));
        })
        .sort((a, b) => b.score - a.score);
      return {
        results: found.map((page) => ({
          data: async (): Promise<PagefindResultData> => ({
            url: page.url,
            excerpt: '',
            meta: { date: page.date, upvotes: String(page.upvotes) },
            filters: {},
          }),
        })),
      };
    },
  };
  return { module, calls };
}

const PAGES = {
  '2026-04': [
    { url: 'a', date: '2026-04-02', upvotes: 1, score: 5 },
    { url: 'b', date: '2026-04-01', upvotes: 9, score: 1 },
  ],
  '2026-01-to-03': [{ url: 'c', date: '2026-02-01', upvotes: 4, score: 3 }],
  '2025': [
    { url: 'd', date: '2025-06-01', upvotes: 7, score: 4 },
    { url: 'e', date: '2025-07-01', upvotes: 4, score: 2 },
  ],
  '2019-to-2024': [{ url: 'f', date: '2020-01-01', upvotes: 10, score: 6 }],
};

async function open(unreachable: readonly string[] = []) {
  const fake = fakePagefind(PAGES, unreachable);
  const search = await openShardedSearch(SHARDS, {
    baseUrl: '/',
    excerptLength: 30,
    shardUrl: (name) => `/pagefind/${name}/`,
    importPagefind: async () => fake.module,
  });
  const urls = async (sort: 'date' | 'upvotes' | undefined, years: string[] = []) => {
    const pager = await search.search(
      'q',
      { filters: years.length ? { year: { any: years } } : {}, ...(sort ? { sort: { [sort]: 'desc' as const } } : {}) },
      years,
    );
    return { total: pager.total, urls: (await pager.next(10)).map((loaded) => (loaded.ok ? loaded.value.url : '?')) };
  };
  return { fake, search, urls };
}

const merges = (calls: string[]) => calls.filter((call) => call.startsWith('merge'));
const urlsOf = async (pager: { next(count: number): Promise<{ ok: boolean; value?: PagefindResultData }[]> }) =>
  (await pager.next(10)).map((loaded) => loaded.value?.url);

test("every shard is opened with the authors' boost, the primary's options and each merged one's alike", async () => {
  const given: Record<string, unknown>[] = [];
  const module = {
    ...fakePagefind(PAGES).module,
    async options(options: Record<string, unknown>) {
      given.push(options);
    },
    async mergeIndex(_path: string, options: Record<string, unknown>) {
      given.push(options);
    },
  };
  const search = await openShardedSearch(SHARDS, {
    baseUrl: '/',
    excerptLength: 30,
    shardUrl: (name) => `/pagefind/${name}/`,
    importPagefind: async () => module,
  });
  await search.search('q', { filters: {} }, []);
  assert.equal(given.length, SHARDS.length);
  for (const options of given) assert.deepEqual(options.ranking, { metaWeights: { authors: AUTHORS_WEIGHT } });
});

test("relevance: one merged search, in Pagefind's order", async () => {
  const { fake, urls } = await open();
  assert.deepEqual(await urls(undefined), { total: 6, urls: ['f', 'a', 'd', 'c', 'e', 'b'] });
  assert.equal(fake.calls.filter((call) => call === 'search').length, 1);
  assert.equal(fake.calls[0], 'options 2026-04 f-2026-04');
});

test('sorted by date: each shard searched alone, newest shard first; by upvotes: merged across shards', async () => {
  const { urls } = await open();
  assert.deepEqual(await urls('date'), { total: 6, urls: ['a', 'b', 'c', 'e', 'd', 'f'] });
  assert.deepEqual(await urls('upvotes'), { total: 6, urls: ['f', 'b', 'd', 'c', 'e', 'a'] });
});

test('a year filter loads only the shards it needs', async () => {
  const { fake, urls } = await open();
  await urls('upvotes', ['2025']);
  assert.deepEqual(
    fake.calls.filter((call) => call.startsWith('merge')),
    ['merge /pagefind/2025/'],
  );
  await urls(undefined);
  assert.deepEqual(
    fake.calls.filter((call) => call.startsWith('merge')),
    ['merge /pagefind/2025/', 'merge /pagefind/2026-01-to-03/', 'merge /pagefind/2019-to-2024/'],
  );
});

test('a page asked for while one loads follows it: no result twice, none out of order', async () => {
  const pager = mergePager([results([5, 3, 1]), results([4, 2])], (value) => value);
  const [first, second] = await Promise.all([pager.next(2), pager.next(2)]);
  assert.deepEqual(
    [values(first), values(second)],
    [
      [5, 4],
      [3, 2],
    ],
  );

  // The first page's details load slowly: the second page still comes after it.
  const order: number[] = [];
  const slow = (value: number, ms: number): LazyResult<number> => ({
    data: () => new Promise((done) => setTimeout(() => done(value), ms)),
  });
  const list = listPager([slow(0, 30), slow(1, 30), slow(2, 0), slow(3, 0)]);
  await Promise.all([
    list.next(2).then((page) => order.push(...page.map((loaded) => (loaded.ok ? loaded.value : -1)))),
    list.next(2).then((page) => order.push(...page.map((loaded) => (loaded.ok ? loaded.value : -1)))),
  ]);
  assert.deepEqual(order, [0, 1, 2, 3]);
});

test('a search of some years leaves out the shards an earlier search merged', async () => {
  const { search, urls } = await open();
  await urls(undefined);
  assert.deepEqual(await urlsOf(await search.search('q', { filters: {} }, ['2026'])), ['a', 'c', 'b']);
});

test('by default the newest shards are searched, widening one shard at a time until enough match', async () => {
  const { fake, search } = await open();
  const month = await searchNewestFirst(search, 'q', { filters: {} }, 2);
  assert.equal(month.since, '2026-04');
  assert.deepEqual(await urlsOf(month.pager), ['a', 'b']);
  assert.deepEqual(merges(fake.calls), [], 'only the newest shard is loaded');

  const year = await searchNewestFirst(search, 'q', { filters: {} }, 3);
  assert.equal(year.since, '2026-01');
  assert.deepEqual(await urlsOf(year.pager), ['a', 'c', 'b']);
  assert.deepEqual(merges(fake.calls), ['merge /pagefind/2026-01-to-03/'], 'older years are not loaded');

  const older = await searchNewestFirst(search, 'q', { filters: {} }, 5);
  assert.equal(older.since, '2025-01');
  assert.deepEqual(await urlsOf(older.pager), ['a', 'd', 'c', 'e', 'b']);

  const all = await searchNewestFirst(search, 'q', { filters: {} }, 7);
  assert.equal(all.since, undefined);
  assert.equal(all.pager.total, 6);
  assert.deepEqual(merges(fake.calls), [
    'merge /pagefind/2026-01-to-03/',
    'merge /pagefind/2025/',
    'merge /pagefind/2019-to-2024/',
  ]);
});

test("when an older shard cannot load while widening, the newer shards' results are shown, marked so", async () => {
  const { search } = await open(['2025']);
  const widened = await searchNewestFirst(search, 'q', { filters: {} }, 5);
  assert.deepEqual([widened.since, widened.olderUnavailable], ['2026-01', true]);
  assert.deepEqual(await urlsOf(widened.pager), ['a', 'c', 'b']);
  // The failed shard stays broken in that Pagefind (so the search page opens a fresh one).
  await assert.rejects(searchNewestFirst(search, 'q', { filters: {} }, 2), /offline/);
  const fresh = await open(['2025']);
  const enough = await searchNewestFirst(fresh.search, 'q', { filters: {} }, 2);
  assert.deepEqual([enough.since, enough.olderUnavailable], ['2026-04', undefined], 'no widening, nothing missed');
});

test('an index without shards finds nothing, in any scope', async () => {
  const search = await openShardedSearch([], {
    baseUrl: '/',
    excerptLength: 30,
    shardUrl: () => '/',
    importPagefind: async () => {
      throw new Error('not loaded');
    },
  });
  const { pager, since } = await searchNewestFirst(search, 'q', { filters: {} });
  assert.deepEqual([pager.total, since], [0, undefined]);
});

test('in scope: chosen years are searched as chosen; with none, newest first unless every year is asked for', async () => {
  const { fake, search } = await open();
  const searches = () => fake.calls.filter((call) => call === 'search').length;
  const newest = await searchInScope(search, 'q', { filters: {} }, [], false);
  assert.deepEqual(
    [newest.since, newest.pager.total, searches()],
    [undefined, 6, 4],
    'too few matches: widened shard by shard to all 4',
  );
  const everyYear = await searchInScope(search, 'q', { filters: {} }, [], true);
  assert.deepEqual([everyYear.since, everyYear.pager.total, searches()], [undefined, 6, 5], 'every year: one search');
  const chosen = await searchInScope(search, 'q', { filters: {} }, ['2025'], false);
  assert.deepEqual([chosen.since, chosen.pager.total], [undefined, 2]);
});
