import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PAGES } from '../../../src/lib/fetch/api-pages.ts';
import { fetchDay } from '../../../src/lib/fetch/fetch-day.ts';
import type { Clock } from '../../../src/lib/fetch/retry.ts';
import { sampleItems, testSettings } from '../../helpers/api-server.ts';

const DAY = { year: 2025, month: 12, day: 2 };
const TODAY = { year: 2026, month: 1, day: 10 };
const PAPERS = sampleItems('2025-12-02');

const SETTINGS = testSettings();

function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) };
}

/** A stand-in for fetch: `answer` gives the Response for a page (its number and limit), and what was asked is kept. */
function fakeApi(answer: (page: number, limit: number, call: number) => Response) {
  const asked: string[] = [];
  const fetch = (async (url: string) => {
    asked.push(url);
    const { searchParams } = new URL(url);
    return answer(Number(searchParams.get('p')), Number(searchParams.get('limit')), asked.length);
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

const paged = (papers: readonly unknown[]) => (page: number, limit: number) =>
  json(papers.slice(page * limit, (page + 1) * limit));

test("follows the pages until one is not full: a busy day whole, its items as given, in order, under its first page's URL", async () => {
  const api = fakeApi(paged(PAPERS));
  const result = await fetchDay(DAY, SETTINGS, { fetch: api.fetch, clock: fakeClock(), today: TODAY });
  assert.deepEqual(result, { items: PAPERS, url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=0' });
  assert.deepEqual(
    api.asked,
    [0, 1, 2].map((p) => `https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=${p}`),
  );
});

test('a day of exactly full pages ends with an empty page; a day without papers is one empty page', async () => {
  const full = fakeApi(paged(PAPERS.slice(0, 20)));
  const result = await fetchDay(DAY, SETTINGS, { fetch: full.fetch, clock: fakeClock(), today: TODAY });
  assert.equal('items' in result && result.items.length, 20);
  assert.equal(full.asked.length, 3);
  const empty = fakeApi(() => json([]));
  assert.deepEqual(await fetchDay(DAY, SETTINGS, { fetch: empty.fetch, clock: fakeClock(), today: TODAY }), {
    items: [],
    url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=0',
  });
});

test('a page that fails for a while is tried again, and the paging goes on from it', async () => {
  const clock = fakeClock();
  const api = fakeApi((page, limit, call) =>
    call === 2 || call === 3 ? json({ error: 'busy' }, 503) : paged(PAPERS)(page, limit),
  );
  const result = await fetchDay(DAY, SETTINGS, { fetch: api.fetch, clock, today: TODAY });
  assert.deepEqual('items' in result && result.items, PAPERS);
  assert.deepEqual(
    api.asked.map((url) => new URL(url).searchParams.get('p')),
    ['0', '1', '1', '1', '2'],
  );
  assert.deepEqual(clock.sleeps, [100, 200]);
});

test('a day no try of which reached the server says so; one that got any answer does not', async () => {
  const offline = (async () => {
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
    });
  }) as typeof fetch;
  const unreached = await fetchDay(DAY, SETTINGS, { fetch: offline, clock: fakeClock(), today: TODAY });
  assert.ok('failed' in unreached);
  assert.match(unreached.failed, /^no answer \(ENOTFOUND\); gave up after \d+ tries/);
  assert.equal(unreached.unreached, true);
  const busy = fakeApi(() => json({ error: 'busy' }, 503));
  const answered = await fetchDay(DAY, SETTINGS, { fetch: busy.fetch, clock: fakeClock(), today: TODAY });
  assert.ok('failed' in answered);
  assert.equal(answered.unreached, false);
});

test('the time budget is the whole day’s: retries of a later page count what earlier pages spent', async () => {
  const clock = fakeClock();
  // Page 0 answers at the third try (waits of 0.1 and 0.2 s); page 1 never: alone, it would be tried 4 times in 0.7 s.
  const api = fakeApi((page, limit, call) => (call === 3 ? paged(PAPERS)(page, limit) : json({}, 502)));
  const result = await fetchDay(DAY, { ...SETTINGS, retryBudgetMs: 1_000 }, { fetch: api.fetch, clock, today: TODAY });
  assert.deepEqual(result, {
    failed: 'HTTP 502; gave up after 3 tries in 0.3 s',
    url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=1',
    unreached: false,
  });
});

test('a page that is not JSON, or not an array, fails the day at once, naming where it stops being JSON', async () => {
  const body = JSON.stringify(PAPERS.slice(0, 10));
  const cut = fakeApi(() => new Response(body.slice(0, 500), { headers: { 'content-type': 'application/json' } }));
  const result = await fetchDay(DAY, SETTINGS, { fetch: cut.fetch, clock: fakeClock(), today: TODAY });
  assert.ok('failed' in result);
  assert.match(result.failed, /^line 1, column \d+: not JSON \(/);
  assert.equal(cut.asked.length, 1);
  const object = fakeApi(() => json({ papers: [] }));
  assert.deepEqual(await fetchDay(DAY, SETTINGS, { fetch: object.fetch, clock: fakeClock(), today: TODAY }), {
    failed: 'not a JSON array of listed papers',
    url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=0',
    unreached: false,
  });
});

test('an item without what a paper needs is kept for the dump to name; items none of which is a paper fail the day', async () => {
  const broken = structuredClone(PAPERS.slice(0, 3)) as { paper: Record<string, unknown>; title?: unknown }[];
  delete broken[1]!.title;
  delete broken[1]!.paper.title;
  delete broken[2]!.paper.publishedAt;
  const api = fakeApi(() => json(broken));
  const result = await fetchDay(DAY, SETTINGS, { fetch: api.fetch, clock: fakeClock(), today: TODAY });
  assert.deepEqual(result, { items: broken, url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=0' });
  const none = fakeApi(() => json(broken.slice(1)));
  assert.deepEqual(await fetchDay(DAY, SETTINGS, { fetch: none.fetch, clock: fakeClock(), today: TODAY }), {
    failed: `no item is a paper: item 1 (${broken[1]!.paper.id}): no title; item 2 (${broken[2]!.paper.id}): no publication date (paper.publishedAt)`,
    url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=0',
    unreached: false,
  });
});

test('a paper listed again on a later page is kept once; a page only repeating earlier ones means the paging is ignored', async () => {
  // The listing shifted by one between two pages: the last paper of page 0 opens page 1.
  const shifted = fakeApi((page, limit) =>
    json(page === 0 ? PAPERS.slice(0, 10) : PAPERS.slice(9, 9 + limit).slice(0, 5)),
  );
  const result = await fetchDay(DAY, SETTINGS, { fetch: shifted.fetch, clock: fakeClock(), today: TODAY });
  assert.deepEqual('items' in result && result.items, PAPERS.slice(0, 14));
  const ignored = fakeApi((_, limit) => json(PAPERS.slice(0, limit)));
  assert.deepEqual(await fetchDay(DAY, SETTINGS, { fetch: ignored.fetch, clock: fakeClock(), today: TODAY }), {
    failed: 'page 1 repeats papers of earlier pages: the API ignored the page number (p)',
    url: 'https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=1',
    unreached: false,
  });
});

test('an API whose pages never end is left after a bounded number of pages', async () => {
  const template = PAPERS[0] as { paper: Record<string, unknown> };
  const api = fakeApi((page, limit) =>
    json(
      Array.from({ length: limit }, (_, index) => ({
        ...template,
        paper: { ...template.paper, id: `2512.${String(10_000 + page * limit + index)}` },
      })),
    ),
  );
  const result = await fetchDay(DAY, SETTINGS, { fetch: api.fetch, clock: fakeClock(), today: TODAY });
  assert.deepEqual(result, {
    failed: `more than ${MAX_PAGES} pages: the API does not seem to end`,
    url: `https://api.test/api/daily_papers?date=2025-12-02&limit=10&p=${MAX_PAGES}`,
    unreached: false,
  });
  assert.equal(api.asked.length, MAX_PAGES);
});
