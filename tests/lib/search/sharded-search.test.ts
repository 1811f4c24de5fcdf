import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUTHORS_WEIGHT, type PagefindResultData, type PagefindSearchOptions } from '../../../src/lib/search/query.ts';
import { bm25Idf } from '../../../src/lib/search/shared-ranking.ts';
import {
  listPager,
  mergePager,
  openShardedSearch,
  parseShardList,
  recordedBase,
  shardsForYears,
  type LazyResult,
  type PagefindModule,
  type ShardInfo,
} from '../../../src/lib/search/sharded-search.ts';

const shard = (name: string, from: string, to: string, papers = 2, years = [from.slice(0, 4)]): ShardInfo => ({
  name,
  from,
  to,
  years,
  papers,
  fingerprint: `f-${name}`,
});
/** Listed in 2026-04: a paper of 2021 among them. */
const SHARDS = [
  shard('2026-04', '2026-04', '2026-04', 2, ['2021', '2026']),
  shard('2026-01-to-03', '2026-01', '2026-03'),
  shard('2025', '2025-01', '2025-12', 6),
  shard('2019-to-2024', '2019-01', '2024-12', 2, ['2019', '2020', '2024']),
];

test('the shard list is checked before any of it becomes a path', () => {
  assert.deepEqual(parseShardList({ shards: SHARDS }), SHARDS);
  assert.throws(() => parseShardList({}), /no list/);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], name: '../x' }] }), /malformed/);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], to: '2026-13' }] }), /malformed/);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], years: ['26'] }] }), /malformed/);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], years: '2026' }] }), /malformed/);
  // An index built before shards recorded their years held papers by their own dates, from \`from\` to \`to\`.
  const { years: _, ...older } = shard('2019-to-2024', '2019-01', '2024-12');
  assert.deepEqual(parseShardList({ shards: [older] })[0]?.years, ['2019', '2020', '2021', '2022', '2023', '2024']);
  // Every name the shard plan makes (src/lib/search/shards.ts), a cut across a new year included.
  const cut = [shard('2025-04-to-12', '2025-04', '2025-12'), shard('2024-12-to-2025-03', '2024-12', '2025-03')];
  assert.deepEqual(parseShardList({ shards: cut }), cut);
  assert.throws(() => parseShardList({ shards: [{ ...SHARDS[0], name: '2024-12-to-2025-03-x' }] }), /malformed/);
});

test('the base path the list records is a path or nothing', () => {
  assert.equal(recordedBase({ base: '/paper-digest/', shards: SHARDS }), '/paper-digest/');
  assert.equal(recordedBase({ base: '/', shards: SHARDS }), '/');
  assert.equal(recordedBase({ shards: SHARDS }), undefined, 'an index older than the record');
  for (const base of ['https://x/y/', 'sub/', '/sub', '/a b/', 7])
    assert.equal(recordedBase({ base, shards: SHARDS }), undefined, String(base));
});

test("a year filter needs only the shards holding papers of its years: papers' own years, whenever they were listed", () => {
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
    ['2026-04', '2025'],
  );
  assert.deepEqual(
    shardsForYears(SHARDS, ['2020']).map(({ name }) => name),
    ['2019-to-2024'],
  );
  assert.deepEqual(shardsForYears(SHARDS, ['2018', '2022']), []);
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
  assert.deepEqual(
    loads.sort(),
    [0, 1, 5, 5, 5, 7, 8, 9],
    'the three heads, then the next of each list taken from, as many as the page still needs',
  );
  assert.deepEqual(values(await pager.next(10)), [5, 5, 2, 1, 0]);
});

test('a merge pager reads ahead in the list it takes from: a page does not wait on one result at a time', async () => {
  let loads = 0;
  let loading = 0;
  let mostAtOnce = 0;
  const slow = (list: number[]): LazyResult<number>[] =>
    list.map((value) => ({
      data: async () => {
        loads += 1;
        loading += 1;
        mostAtOnce = Math.max(mostAtOnce, loading);
        await new Promise((resolve) => setTimeout(resolve, 1));
        loading -= 1;
        return value;
      },
    }));
  const newest = Array.from({ length: 30 }, (_, i) => 29 - i);
  const pager = mergePager([slow(newest), slow([-1, -2])], (value) => value);
  assert.deepEqual(values(await pager.next(20)), newest.slice(0, 20));
  assert.ok(mostAtOnce >= 10, `${mostAtOnce} results loading at once`);
  assert.ok(loads <= 20 + 2 + 10, `${loads} results loaded for a page of 20`);
});

test('a merge pager passes on a head that cannot load, and goes on', async () => {
  const pager = mergePager([results([4, undefined, 1]), results([3, 2])], (value) => value);
  assert.deepEqual(values(await pager.next(10)), [4, 'unavailable', 3, 2, 1]);
});

interface FakePage {
  url: string;
  /** Its words. */
  text: string;
  date: string;
  upvotes: number;
  topic: string;
  /** How well it matches, the same in any shard: Pagefind's score is this times the shard's IDF. */
  relevance: number;
}

/**
 * A fake pagefind.js holding each shard's pages. Like Pagefind, a search runs over every merged
 * shard the filters allow and orders all results by score, a score scaled by the word's rarity in
 * the page's own shard; a word matches the words it begins, and a word no page of a shard begins
 * matches, loosely, the words that share its first letter. Filter counts are those of loaded filters.
 */
/** `unreachable`: shards whose files fail to load (offline, say). */
function fakePagefind(pages: Record<string, FakePage[]>, unreachable: readonly string[] = []) {
  const calls: string[] = [];
  const merged = new Set<string>();
  let filtersLoaded = false;
  let primary = '';
  const matches = (page: FakePage, word: string, exact: boolean) =>
    page.text.split(' ').some((own) => (exact ? own === word : own.startsWith(word)));
  const foundForWord = (inShard: FakePage[], word: string, exact: boolean): FakePage[] => {
    const hits = inShard.filter((page) => matches(page, word, exact));
    return hits.length > 0 || exact ? hits : inShard.filter((page) => matches(page, word.slice(0, 1), false));
  };
  // Several words: the papers with all of those the shard has (Pagefind leaves out the others).
  // Quoted (from the first quote to the last, as Pagefind reads it): the words one after the other.
  const found = (name: string, query: string | null): FakePage[] => {
    const inShard = pages[name] ?? [];
    if (query === null) return inShard;
    const exact = query.startsWith('"');
    const phrase = query.replaceAll('"', '').trim();
    if (exact && phrase.includes(' ')) return inShard.filter((page) => ` ${page.text} `.includes(` ${phrase} `));
    const lists = query
      .replaceAll('"', '')
      .split(' ')
      .map((word) => foundForWord(inShard, word, exact))
      .filter((list) => list.length > 0);
    return inShard.filter((page) => lists.length > 0 && lists.every((list) => list.includes(page)));
  };
  const count = <P extends FakePage>(list: P[], key: (page: P) => string) =>
    list.reduce<Record<string, number>>((sum, page) => ({ ...sum, [key(page)]: (sum[key(page)] ?? 0) + 1 }), {});
  const module: PagefindModule = {
    async options(options) {
      primary = (options.mergeFilter as { shard: string }).shard;
      calls.push(`options ${primary} ${String(options.metaCacheTag)}`);
    },
    async init() {
      merged.add(primary);
    },
    async destroy() {},
    async filters() {
      calls.push('filters');
      filtersLoaded = true;
    },
    async mergeIndex(path, options) {
      calls.push(`merge ${path}`);
      // As in Pagefind: the shard is listed before it loads, and a failed load stays listed.
      merged.add((options.mergeFilter as { shard: string }).shard);
      if (unreachable.some((name) => path.endsWith(`/${name}/`))) throw new Error(`offline: ${path}`);
    },
    async search(query: string | null, options: PagefindSearchOptions) {
      calls.push(`search ${query}`);
      const broken = unreachable.find((name) => merged.has(name));
      if (broken) throw new Error(`offline: ${broken} is listed but not loaded`);
      const only = options.filters.shard?.any;
      const topics = options.filters.topic?.any;
      const sort = Object.keys(options.sort ?? {})[0] as 'date' | 'upvotes' | undefined;
      const all = [...merged].flatMap((name) => found(name, query).map((page) => ({ ...page, shard: name })));
      const chosen = [...merged]
        .filter((name) => !only || only.includes(name))
        .flatMap((name) => {
          const hits = found(name, query).filter((page) => !topics || topics.includes(page.topic));
          const idf = bm25Idf(pages[name]?.length ?? 0, found(name, query).length);
          // Pagefind scores every paper with a phrase alike.
          if (!sort && query?.startsWith('"')) return hits.map((page) => ({ ...page, score: 1 }));
          if (!sort) return hits.map((page) => ({ ...page, score: page.relevance * idf }));
          const sorted = [...hits].sort((a, b) => (a[sort] < b[sort] ? 1 : a[sort] > b[sort] ? -1 : 0));
          return sorted.map((page, position) => ({ ...page, score: sorted.length - position }));
        })
        .sort((a, b) => b.score - a.score);
      return {
        results: chosen.map((page) => ({
          id: page.url,
          score: page.score,
          data: async (): Promise<PagefindResultData> => ({
            url: page.url,
            content: page.text,
            meta: { title: page.text, date: page.date, upvotes: String(page.upvotes) },
            filters: { topic: [page.topic] },
          }),
        })),
        filters: (filtersLoaded ? { topic: count(chosen, (page) => page.topic) } : {}) as Record<
          string,
          Record<string, number>
        >,
        totalFilters: { shard: count(all, (page) => page.shard) },
      };
    },
  };
  return { module, calls };
}

const page = (url: string, text: string, date: string, upvotes: number, relevance: number, topic = 'nlp') => ({
  url,
  text,
  date,
  upvotes,
  relevance,
  topic,
});
/**
 * A small newest shard, where "q" is common (so scores low), and older shards where it is rare.
 * Shards hold papers by the day they were listed: b, of 2021, was listed in April 2026.
 */
const PAGES = {
  '2026-04': [page('a', 'q alpha', '2026-04-02', 1, 2), page('b', 'q beta', '2021-05-01', 9, 1, 'vision')],
  '2026-01-to-03': [page('c', 'q gamma', '2026-02-01', 4, 3), page('g', 'delta', '2026-01-01', 0, 0)],
  '2025': [
    page('d', 'q epsilon', '2025-06-01', 7, 5, 'vision'),
    page('e', 'q zeta', '2025-07-01', 4, 4),
    ...['h', 'i', 'j', 'k'].map((url) => page(url, 'eta', '2025-01-01', 0, 0)),
  ],
  '2019-to-2024': [page('f', 'q theta', '2020-01-01', 10, 6), page('l', 'xylophone', '2020-01-01', 0, 0)],
};

async function open(unreachable: readonly string[] = []) {
  const fake = fakePagefind(PAGES, unreachable);
  const search = await openShardedSearch(SHARDS, {
    baseUrl: '/',
    shardUrl: (name) => `/pagefind/${name}/`,
    importPagefind: async () => fake.module,
  });
  const urls = async (sort: 'date' | 'upvotes' | undefined, years: string[] = [], query = 'q') => {
    const { pager, facets } = await search.search(
      query,
      { filters: years.length ? { year: { any: years } } : {}, ...(sort ? { sort: { [sort]: 'desc' as const } } : {}) },
      years,
      true,
    );
    const shown = (await pager.next(10)).map((loaded) => (loaded.ok ? loaded.value.url : '?'));
    return { total: pager.total, urls: shown, facets };
  };
  return { fake, search, urls };
}

test("every shard is opened with the authors' boost (names as written and as typed), the primary's options and each merged one's alike", async () => {
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
    shardUrl: (name) => `/pagefind/${name}/`,
    importPagefind: async () => module,
  });
  await search.search('q', { filters: {} }, []);
  assert.equal(given.length, SHARDS.length);
  for (const options of given)
    assert.deepEqual(options.ranking, { metaWeights: { authors: AUTHORS_WEIGHT, typed_authors: AUTHORS_WEIGHT } });
});

test('relevance: one ranking over every shard, however common the word is in each', async () => {
  const { fake, urls } = await open();
  // By Pagefind's own scores, d (where the word is rarest) would come before f.
  assert.deepEqual(await urls(undefined), {
    total: 6,
    urls: ['f', 'd', 'e', 'c', 'a', 'b'],
    facets: { topic: { nlp: 4, vision: 2 } },
  });
  assert.equal(fake.calls[0], 'options 2026-04 f-2026-04');
  const weighted = await open();
  const { pager } = await weighted.search.search('q', { filters: {} }, ['2026']);
  assert.deepEqual(await urlsOf(pager), ['c', 'a', 'b'], "a small shard's scores are not left low");
});

test('sorted by date or by upvotes: merged across shards, an old paper listed lately in its place by date', async () => {
  const { urls } = await open();
  assert.deepEqual((await urls('date')).urls, ['a', 'c', 'e', 'd', 'b', 'f']);
  assert.deepEqual((await urls('upvotes')).urls, ['f', 'b', 'd', 'c', 'e', 'a']);
});

test('a year filter loads only the shards it needs, and leaves out those merged before', async () => {
  const { fake, search, urls } = await open();
  await urls('upvotes', ['2025']);
  assert.deepEqual(merges(fake.calls), ['merge /pagefind/2025/']);
  await urls(undefined);
  assert.deepEqual(merges(fake.calls), [
    'merge /pagefind/2025/',
    'merge /pagefind/2026-01-to-03/',
    'merge /pagefind/2019-to-2024/',
  ]);
  assert.deepEqual(await urlsOf((await search.search('q', { filters: {} }, ['2026'])).pager), ['c', 'a', 'b']);
});

test("a word no paper holds finds nothing, while a word that begins a paper's word finds it", async () => {
  const { urls } = await open();
  // Pagefind answers "xyzzy" with every word starting with "x" (here, "xylophone"): no match.
  const nonsense = await urls(undefined, [], 'xyzzy');
  assert.deepEqual([nonsense.total, nonsense.urls], [0, []]);
  assert.deepEqual((await urls(undefined, [], 'xylo')).urls, ['l']);
  assert.deepEqual((await urls(undefined, [], 'q')).total, 6);
});

test('a shard without some of the words finds nothing, though Pagefind would list papers with the others', async () => {
  const { urls } = await open();
  // "beta" is in the newest shard only: there "q beta" is b; elsewhere Pagefind would list every "q".
  assert.deepEqual((await urls(undefined, [], 'q beta')).urls, ['b']);
  assert.deepEqual((await urls(undefined, [], 'q zeta')).urls, ['e']);
});

test('when no paper has every word, those with all but one come in one ranking, marked so', async () => {
  const { search } = await open();
  // "alpha" (a) and "epsilon" (d) are in no paper together; "q" is in both.
  const nearly = await search.search('alpha epsilon', { filters: {} }, []);
  assert.deepEqual([await urlsOf(nearly.pager), nearly.partial], [['d', 'a'], true]);
  const three = await search.search('q alpha epsilon', { filters: {} }, []);
  assert.deepEqual([await urlsOf(three.pager), three.partial], [['d', 'a'], true], 'two of the three words');
  const some = await search.search('q alpha', { filters: {} }, []);
  assert.deepEqual([await urlsOf(some.pager), some.partial], [['a'], undefined], 'a paper has every word');
  const nonsense = await search.search('xyzzy plugh', { filters: {} }, []);
  assert.deepEqual([nonsense.pager.total, nonsense.partial], [0, undefined]);
  // Their facet counts are those of the papers listed, not of the (empty) search for every word.
  const counted = await search.search('alpha epsilon', { filters: {} }, [], true);
  assert.deepEqual(counted.facets, { topic: { vision: 1, nlp: 1 } });
});

/** Papers with two phrases, some with their words apart, over three shards. */
const PHRASE_PAGES = {
  '2026-04': [
    page('apart', 'transformer for vision', '2026-04-02', 1, 8),
    page('newest', 'a vision transformer', '2026-04-01', 2, 1),
  ],
  '2025': [
    // Pagefind lists equal scores in index order: the weaker match first.
    page('weak', 'vision transformer tail text', '2025-06-01', 3, 2),
    page('title', 'vision transformer', '2025-05-01', 4, 7, 'vision'),
    page('both', 'vision transformer with process reward', '2025-04-01', 5, 3, 'vision'),
    page('reward', 'vision transformer reward process', '2025-03-01', 6, 5),
  ],
  '2019-to-2024': [page('old', 'old vision transformer', '2020-01-01', 7, 4)],
};

async function openPhrases() {
  const fake = fakePagefind(PHRASE_PAGES);
  return openShardedSearch(
    [
      shard('2026-04', '2026-04', '2026-04', 2),
      shard('2025', '2025-01', '2025-12', 4),
      shard('2019-to-2024', '2019-01', '2024-12', 1),
    ],
    { baseUrl: '/', shardUrl: (name) => `/pagefind/${name}/`, importPagefind: async () => fake.module },
  );
}

test('a quoted phrase finds the papers with its words in a row, ranked by how well they match', async () => {
  const search = await openPhrases();
  const phrase = await search.search('"vision transformer"', { filters: {} }, [], true);
  assert.deepEqual(await urlsOf(phrase.pager), ['title', 'reward', 'old', 'both', 'weak', 'newest']);
  assert.deepEqual(phrase.facets, { topic: { nlp: 4, vision: 2 } });
  // Typographic quotes are quotes, and the words around a phrase are searched as words.
  const typed = await search.search('“vision transformer” reward', { filters: {} }, []);
  assert.deepEqual(await urlsOf(typed.pager), ['reward', 'both']);
  const dated = await search.search('"vision transformer"', { filters: {}, sort: { upvotes: 'desc' } }, []);
  assert.deepEqual(await urlsOf(dated.pager), ['old', 'reward', 'both', 'title', 'weak', 'newest']);
});

test('two quoted phrases find the papers with both, never those with all but one word', async () => {
  const search = await openPhrases();
  const both = await search.search('"vision transformer" "process reward"', { filters: {} }, [], true);
  assert.deepEqual([await urlsOf(both.pager), both.partial], [['both'], undefined]);
  assert.deepEqual(both.facets, { topic: { vision: 1 } }, 'counted from the papers kept');
  const none = await search.search('"transformer vision" "process reward"', { filters: {} }, []);
  assert.deepEqual([none.pager.total, none.partial], [0, undefined]);
});

test('a word some shard holds itself is not matched by the words like it that other shards hold', async () => {
  const fake = fakePagefind({
    '2026-04': [page('exact', 'adaptive classwise', '2026-04-02', 1, 1)],
    '2025': [page('alike', 'adaptive classic', '2025-06-01', 1, 9)],
  });
  const search = await openShardedSearch(
    [shard('2026-04', '2026-04', '2026-04', 1), shard('2025', '2025-01', '2025-12', 1)],
    { baseUrl: '/', shardUrl: (name) => `/pagefind/${name}/`, importPagefind: async () => fake.module },
  );
  const { pager } = await search.search('adaptive classwise', { filters: {} }, []);
  assert.deepEqual(await urlsOf(pager), ['exact']);
  // No shard holds the word: the words like it, in every shard, are what there is (a typo's fix).
  assert.deepEqual(await urlsOf((await search.search('classicc', { filters: {} }, [])).pager), ['alike', 'exact']);
});

test('facet counts are those of the search, its filters applied, over every shard; loaded only when asked for', async () => {
  const { fake, search } = await open();
  const vision = { filters: { topic: { any: ['vision'] } } };
  const plain = await search.search('q', vision, []);
  assert.deepEqual([plain.facets, fake.calls.includes('filters')], [undefined, false]);
  const { pager, facets } = await search.search('q', vision, [], true);
  assert.deepEqual(await urlsOf(pager), ['d', 'b']);
  assert.deepEqual(facets, { topic: { vision: 2 } }, 'the shard filter is not a facet');
});

test('a search with filters and no words lists by the sort it is given', async () => {
  const { search } = await open();
  const { pager } = await search.search(null, { filters: { topic: { any: ['vision'] } }, sort: { date: 'desc' } }, []);
  assert.deepEqual(await urlsOf(pager), ['d', 'b'], 'd (2025) before b (2021), listed later');
});

test('a shard that cannot load fails the search (the search page opens a fresh Pagefind)', async () => {
  const { search } = await open(['2025']);
  await assert.rejects(search.search('q', { filters: {} }, []), /offline/);
  const { search: fresh } = await open(['2025']);
  assert.equal((await fresh.search('q', { filters: {} }, ['2026'])).pager.total, 3, 'other years still search');
});

test('an index without shards finds nothing', async () => {
  const search = await openShardedSearch([], {
    baseUrl: '/',
    shardUrl: () => '/',
    importPagefind: async () => {
      throw new Error('not loaded');
    },
  });
  const { pager, facets } = await search.search('q', { filters: {} }, [], true);
  assert.deepEqual([pager.total, facets], [0, {}]);
});

const merges = (calls: string[]) => calls.filter((call) => call.startsWith('merge'));
const urlsOf = async (pager: { next(count: number): Promise<{ ok: boolean; value?: PagefindResultData }[]> }) =>
  (await pager.next(10)).map((loaded) => loaded.value?.url);

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
