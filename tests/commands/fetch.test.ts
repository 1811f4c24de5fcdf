import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { main } from '../../scripts/fetch.ts';
import { main as ingest } from '../../scripts/ingest.ts';
import { dayOfInstant, toIsoDate } from '../../src/lib/common/dates.ts';
import { dumpText } from '../../src/lib/fetch/day-dump.ts';
import type { FetchReport } from '../../src/lib/fetch/report.ts';
import { parseJsonDump } from '../../src/lib/ingest/json-dump.ts';
import { sampleItems, serveApi, type ApiServer } from '../helpers/api-server.ts';
import { runMain, runScript, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';

const DUMPS = 'content/dumps';
const MARCH = sampleItems('2024-03-15');
const DECEMBER = sampleItems('2025-12-02');
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Short time-outs and waits, so that every fault plays out quickly; small pages, so that paging shows. */
const TEST_ENV = {
  FETCH_TIMEOUT_MS: '200',
  FETCH_RETRY_BUDGET_MS: '800',
  FETCH_BACKOFF_MS: '20',
  FETCH_PAGE_LIMIT: '10',
};

let api: ApiServer;
const networkFetch = globalThis.fetch;

/** Sets the environment variables `values` (undefined: unset); gives back a function that restores them. */
function setEnv(values: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const apply = (settings: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(settings)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(values);
  return () => apply(before);
}

let restoreEnv = () => {};

before(async () => {
  api = await serveApi();
  // Nothing but the stand-in API may be asked: a test that would reach out fails instead.
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${api.origin}/`)) throw new Error(`a test asked ${url}`);
    return networkFetch(input, init);
  }) as typeof fetch;
  restoreEnv = setEnv({ ...TEST_ENV, HF_API_URL: api.origin });
});

after(async () => {
  globalThis.fetch = networkFetch;
  restoreEnv();
  await api.close();
});

beforeEach(() => {
  api.requests.length = 0;
  Object.assign(process.env, TEST_ENV);
});

async function fetchDays(args: string[], cwd = temporaryFolder()) {
  return { cwd, ...(await runMain(main, args, cwd)) };
}

function dump(cwd: string, date: string): string {
  return readFileSync(join(cwd, DUMPS, `hf-${date}.json`), 'utf8');
}

/** The requests for `date`, as (page, limit). */
function pagesAsked(date: string): string[] {
  return api.requests
    .filter(({ url }) => url.searchParams.get('date') === date)
    .map(({ url }) => `p=${url.searchParams.get('p')} limit=${url.searchParams.get('limit')}`);
}

test('a busy day is fetched whole, page by page, and written as the API gave it', async () => {
  api.answer('2025-12-02', { papers: DECEMBER });
  const run = await fetchDays(['--date', '2025-12-02']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  assert.deepEqual(pagesAsked('2025-12-02'), ['p=0 limit=10', 'p=1 limit=10', 'p=2 limit=10']);
  assert.ok(api.requests.every(({ url }) => url.pathname === '/api/daily_papers'));
  assert.ok(api.requests.every(({ headers }) => headers['user-agent'] === `paper-digest/${version} (+fetch)`));
  // The sample is the API's answer as saved, indented as the dump is: the same text, with a final newline.
  assert.equal(
    dump(run.cwd, '2025-12-02'),
    `${readFileSync(join(import.meta.dirname, '../fixtures/api/hf-api-daily-papers-2025-12-02.json'), 'utf8')}\n`,
  );
  assert.equal(
    run.stdout,
    'Fetched 1 day: 1 written\n  2025-12-02 written 28 papers → content/dumps/hf-2025-12-02.json\n',
  );
  const written = parseJsonDump(dump(run.cwd, '2025-12-02'), {
    fileName: 'hf-2025-12-02.json',
    today: dayOfInstant(new Date()),
  });
  assert.equal(written.entries.length, 28);
  assert.deepEqual(written.rejected, []);
  assert.deepEqual(readdirSync(join(run.cwd, DUMPS)), ['hf-2025-12-02.json']);
});

test('a day of exactly full pages asks once more and gets an empty page; pages of the default size', async () => {
  api.answer('2024-03-15', { papers: MARCH });
  process.env.FETCH_PAGE_LIMIT = '7';
  const run = await fetchDays(['--date', '2024-03-15']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(pagesAsked('2024-03-15'), ['p=0 limit=7', 'p=1 limit=7', 'p=2 limit=7']);
  assert.equal(dump(run.cwd, '2024-03-15'), dumpText(MARCH));
  api.requests.length = 0;
  delete process.env.FETCH_PAGE_LIMIT;
  await fetchDays(['--date', '2024-03-15']);
  assert.deepEqual(pagesAsked('2024-03-15'), ['p=0 limit=50']);
});

test('by default, yesterday and today (UTC); a day without papers writes nothing and says so', async () => {
  const today = dayOfInstant(new Date());
  const yesterday = toIsoDate(dayOfInstant(new Date(Date.now() - 86_400_000)));
  api.answer(yesterday, { papers: [] });
  api.answer(toIsoDate(today), { papers: [] });
  const run = await fetchDays([]);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(
    api.requests.map(({ url }) => url.searchParams.get('date')),
    [yesterday, toIsoDate(today)],
  );
  assert.equal(existsSync(join(run.cwd, DUMPS)), false);
  assert.equal(
    run.stdout,
    [
      'Fetched 2 days: 2 empty',
      `  ${yesterday} empty: no papers listed for this day; nothing written`,
      `  ${toIsoDate(today)} empty: no papers listed for this day; nothing written`,
      '',
    ].join('\n'),
  );
});

test('a 429 is retried after its Retry-After', async () => {
  process.env.FETCH_RETRY_BUDGET_MS = '3000';
  api.answer('2024-03-15', { status: 429, headers: { 'retry-after': '1' } }, { papers: MARCH });
  const run = await fetchDays(['--date', '2024-03-15']);
  assert.equal(run.status, 0, run.stderr);
  const [limited, retried] = api.requests;
  assert.ok(limited && retried && retried.at - limited.at >= 950, 'waited the second asked');
  assert.equal(dump(run.cwd, '2024-03-15'), dumpText(MARCH));
});

test('a 429 asking to wait past the time budget fails the day at once', async () => {
  api.answer('2024-03-15', { status: 429, headers: { 'retry-after': '3600' } });
  const started = Date.now();
  const run = await fetchDays(['--date', '2024-03-15']);
  assert.ok(Date.now() - started < 500);
  assert.equal(run.status, 1);
  assert.match(
    run.stderr,
    /^fetch: 2024-03-15: http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers\?date=2024-03-15&limit=10&p=0: HTTP 429 Too Many Requests; asked to retry after 3600 s, past the time left for this day \(1 try in [\d.]+ s\)\n$/,
  );
  assert.equal(api.requests.length, 1);
});

test('a 503 then the answer: written; on every page, the retry goes on from that page', async () => {
  api.answer('2025-12-02', { papers: DECEMBER }, { status: 503, body: '{"error":"busy"}' }, { papers: DECEMBER });
  const run = await fetchDays(['--date', '2025-12-02']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(pagesAsked('2025-12-02'), ['p=0 limit=10', 'p=1 limit=10', 'p=1 limit=10', 'p=2 limit=10']);
  assert.equal(dump(run.cwd, '2025-12-02'), dumpText(DECEMBER));
});

test('an answer cut off is retried; cut off every time, the day fails and nothing is written', async () => {
  api.answer('2024-03-15', { cutOff: MARCH }, { papers: MARCH });
  const once = await fetchDays(['--date', '2024-03-15']);
  assert.equal(once.status, 0, once.stderr);
  assert.equal(dump(once.cwd, '2024-03-15'), dumpText(MARCH));

  api.answer('2024-03-15', { cutOff: MARCH });
  const always = await fetchDays(['--date', '2024-03-15']);
  assert.equal(always.status, 1);
  assert.match(
    always.stderr,
    /^fetch: 2024-03-15: \S+p=0: the answer was cut off \([^)]+\); gave up after \d+ tries in [\d.]+ s\n$/,
  );
  assert.equal(existsSync(join(always.cwd, DUMPS)), false);
});

test('a JSON body that ends too soon is not JSON: the day fails at once, naming line and column', async () => {
  api.answer('2024-03-15', { status: 200, body: JSON.stringify(MARCH).slice(0, 1000) });
  const run = await fetchDays(['--date', '2024-03-15']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^fetch: 2024-03-15: \S+: line 1, column \d+: not JSON \([^)]+\)\n$/);
  assert.equal(api.requests.length, 1);
  assert.equal(existsSync(join(run.cwd, DUMPS)), false);
});

test('a request that takes too long is given up and tried again, within the time budget of the day', async () => {
  api.answer('2024-03-15', { hang: true }, { stall: MARCH }, { papers: MARCH });
  const once = await fetchDays(['--date', '2024-03-15']);
  assert.equal(once.status, 0, once.stderr);
  assert.deepEqual(pagesAsked('2024-03-15'), ['p=0 limit=10', 'p=0 limit=10', 'p=0 limit=10', 'p=1 limit=10']);
  assert.equal(dump(once.cwd, '2024-03-15'), dumpText(MARCH));

  api.answer('2024-03-15', { hang: true });
  const started = Date.now();
  const always = await fetchDays(['--date', '2024-03-15']);
  const took = Date.now() - started;
  assert.equal(always.status, 1);
  assert.match(
    always.stderr,
    /^fetch: 2024-03-15: \S+: timed out after \d+ ms; gave up after \d+ tries in [\d.]+ s\n$/,
  );
  // The budget bounds the whole day, retries and waits included; the upper bound leaves room for a loaded machine.
  assert.ok(took >= 700 && took < 10_000, `within the budget (${took} ms)`);
});

test('an HTML page is not the API: with status 200 the day fails at once, with 500 after its retries', async () => {
  const page = '<!doctype html><html><title>Hugging Face – Maintenance</title></html>';
  api.answer('2024-03-15', { status: 200, type: 'text/html; charset=utf-8', body: page });
  const ok = await fetchDays(['--date', '2024-03-15']);
  assert.equal(ok.status, 1);
  assert.match(ok.stderr, /^fetch: 2024-03-15: \S+: HTTP 200 OK with text\/html, not JSON\n$/);
  assert.equal(api.requests.length, 1);

  api.requests.length = 0;
  api.answer('2024-03-15', { status: 500, type: 'text/html', body: page });
  const error = await fetchDays(['--date', '2024-03-15']);
  assert.equal(error.status, 1);
  assert.match(
    error.stderr,
    /^fetch: 2024-03-15: \S+: HTTP 500 Internal Server Error; gave up after \d+ tries in [\d.]+ s\n$/,
  );
  assert.ok(api.requests.length > 1);
  assert.equal(existsSync(join(error.cwd, DUMPS)), false);
});

test('a day that fails does not stop the others: each failure one line, exit status 1', async () => {
  api.answer('2024-03-14', { papers: MARCH.slice(0, 5) });
  api.answer('2024-03-15', { status: 404, body: '{"error":"Not Found"}' });
  api.answer('2024-03-16', { status: 200, type: 'text/html', body: '<html></html>' });
  api.answer('2024-03-17', { papers: [] });
  const run = await fetchDays(['--from', '2024-03-14', '--to', '2024-03-17']);
  assert.equal(run.status, 1);
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0] ?? '', /^fetch: 2024-03-15: http:\/\/\S+date=2024-03-15\S*: HTTP 404 Not Found$/);
  assert.match(
    lines[1] ?? '',
    /^fetch: 2024-03-16: http:\/\/\S+date=2024-03-16\S*: HTTP 200 OK with text\/html, not JSON$/,
  );
  assert.deepEqual(readdirSync(join(run.cwd, DUMPS)), ['hf-2024-03-14.json']);
  assert.match(run.stdout, /^Fetched 4 days: 1 written, 1 empty, 2 failed\n/);
});

test('an item that is not a paper does not hold the day back: written with the papers, named, and refused by the ingest', async () => {
  const broken = structuredClone(MARCH) as { paper: Record<string, unknown> }[];
  delete broken[3]!.paper.publishedAt;
  api.answer('2024-03-15', { papers: broken });
  const run = await fetchDays(['--date', '2024-03-15']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    new RegExp(
      `2024-03-15 written ${MARCH.length - 1} papers → \\S+hf-2024-03-15\\.json: 1 item not a paper, kept for the ingest to refuse: item 4 \\(\\d{4}\\.\\d{5}\\): no publication date \\(paper\\.publishedAt\\)\n`,
    ),
  );
  const dump = join(run.cwd, DUMPS, 'hf-2024-03-15.json');
  assert.deepEqual(JSON.parse(readFileSync(dump, 'utf8')), broken, 'the answer as given');
  const ingested = await runMain(ingest, ['--taxonomy', TAXONOMY, '--out', 'papers'], run.cwd);
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.match(
    ingested.stdout,
    /rejected: 1\n  content\/dumps\/hf-2024-03-15\.json: item 4 \(\d{4}\.\d{5}\): no publication date/,
  );
});

test('a dump already there is replaced by the same papers with newer upvotes, kept against fewer papers', async () => {
  const cwd = temporaryFolder();
  api.answer('2024-03-15', { papers: MARCH });
  assert.equal((await fetchDays(['--date', '2024-03-15'], cwd)).status, 0);
  const first = dump(cwd, '2024-03-15');

  // The same answer again: nothing to write.
  const mtime = statSync(join(cwd, DUMPS, 'hf-2024-03-15.json')).mtimeMs;
  const again = await fetchDays(['--date', '2024-03-15', '--json'], cwd);
  assert.equal((JSON.parse(again.stdout) as FetchReport).days[0]?.status, 'unchanged');
  assert.equal(statSync(join(cwd, DUMPS, 'hf-2024-03-15.json')).mtimeMs, mtime);

  const upvoted = MARCH.map((item) => ({ ...item, paper: { ...(item.paper as object), upvotes: 1000 } }));
  api.answer('2024-03-15', { papers: upvoted });
  const newer = await fetchDays(['--date', '2024-03-15'], cwd);
  assert.equal(newer.status, 0);
  assert.match(
    newer.stdout,
    /2024-03-15 written 14 papers → content\/dumps\/hf-2024-03-15\.json: replaced the dump there \(14 papers before\)/,
  );
  assert.notEqual(dump(cwd, '2024-03-15'), first);
  assert.equal(dump(cwd, '2024-03-15'), dumpText(upvoted));

  // An answer lacking a paper of the dump: the answer is written, and the paper kept after it.
  const [dropped, ...rest] = upvoted;
  const fewerItems = rest.map((item) => ({ ...item, paper: { ...(item.paper as object), upvotes: 1001 } }));
  api.answer('2024-03-15', { papers: fewerItems });
  const fewer = await fetchDays(['--date', '2024-03-15'], cwd);
  assert.equal(fewer.status, 0);
  assert.match(
    fewer.stdout,
    /2024-03-15 written 14 papers → \S+: updated the dump there, keeping 1 paper the API no longer lists \(2403\.09611\)/,
  );
  assert.equal(dump(cwd, '2024-03-15'), dumpText([...fewerItems, dropped]));

  // No papers at all: the dump stays too.
  api.answer('2024-03-15', { papers: [] });
  const none = await fetchDays(['--date', '2024-03-15'], cwd);
  assert.match(none.stdout, /2024-03-15 empty: no papers listed for this day; the dump there is kept/);
  assert.equal(dump(cwd, '2024-03-15'), dumpText([...fewerItems, dropped]));
});

test('a dump saved as the API sent it (unindented) is the same answer: left as it is', async () => {
  const cwd = temporaryFolder();
  const sample = readFileSync(join(import.meta.dirname, '../fixtures/api/hf-api-daily-papers-2024-03-15.json'), 'utf8');
  mkdirSync(join(cwd, DUMPS), { recursive: true });
  writeFileSync(join(cwd, DUMPS, 'hf-2024-03-15.json'), sample);
  api.answer('2024-03-15', { papers: MARCH });
  const run = await fetchDays(['--date', '2024-03-15'], cwd);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /2024-03-15 unchanged 14 papers/);
  assert.equal(dump(cwd, '2024-03-15'), sample);
});

test('what fetch writes, the ingest reads as a JSON dump', async () => {
  api.answer('2025-12-02', { papers: DECEMBER });
  const cwd = temporaryFolder();
  assert.equal((await fetchDays(['--date', '2025-12-02'], cwd)).status, 0);
  cpSync(TAXONOMY, join(cwd, 'content/topics.yaml'));
  const run = await runMain(ingest, ['--json'], cwd);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as {
    papers: { total: number };
    rejected: unknown[];
    dumps: { file: string }[];
  };
  assert.deepEqual(
    report.dumps.map(({ file }) => file),
    ['content/dumps/hf-2025-12-02.json'],
  );
  assert.equal(report.papers.total, 28);
  assert.deepEqual(report.rejected, []);
});

test('a file in the way that is not a JSON dump is not replaced: the day fails', async () => {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, DUMPS), { recursive: true });
  writeFileSync(join(cwd, DUMPS, 'hf-2024-03-15.json'), 'my notes\n');
  api.answer('2024-03-15', { papers: MARCH });
  const run = await fetchDays(['--date', '2024-03-15'], cwd);
  assert.equal(run.status, 1);
  // The file is what failed: the line names it first, then the URL.
  assert.match(
    run.stderr,
    /^fetch: 2024-03-15: content\/dumps\/hf-2024-03-15\.json is there and is not a JSON dump \(line 1, column 1: [^\n]*\): not replaced; fetched from http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers\?date=2024-03-15\S*\n$/,
  );
  assert.equal(readFileSync(join(cwd, DUMPS, 'hf-2024-03-15.json'), 'utf8'), 'my notes\n');
});

test('--json: per day its date, URL, file, status, papers, kept, what failed and reason; --out names the folder, made if missing', async () => {
  api.answer('2024-03-15', { papers: MARCH });
  api.answer('2024-03-16', { papers: [] });
  api.answer('2024-03-17', { status: 410, body: '' });
  const run = await fetchDays(['--from', '2024-03-15', '--to', '2024-03-17', '--out', 'data/api', '--json']);
  assert.equal(run.status, 1);
  const report = JSON.parse(run.stdout) as FetchReport;
  const url = (date: string, page = 0) => `${api.origin}/api/daily_papers?date=${date}&limit=10&p=${page}`;
  assert.deepEqual(report, {
    days: [
      {
        date: '2024-03-15',
        url: url('2024-03-15'),
        file: 'data/api/hf-2024-03-15.json',
        status: 'written',
        papers: 14,
        kept: 0,
        failedAt: null,
        reason: null,
      },
      {
        date: '2024-03-16',
        url: url('2024-03-16'),
        file: 'data/api/hf-2024-03-16.json',
        status: 'empty',
        papers: 0,
        kept: 0,
        failedAt: null,
        reason: 'no papers listed for this day; nothing written',
      },
      {
        date: '2024-03-17',
        url: url('2024-03-17'),
        file: 'data/api/hf-2024-03-17.json',
        status: 'failed',
        papers: null,
        kept: 0,
        failedAt: 'api',
        reason: 'HTTP 410 Gone',
      },
    ],
  });
  assert.deepEqual(readdirSync(join(run.cwd, 'data/api')), ['hf-2024-03-15.json']);
  assert.equal(run.stderr, `fetch: 2024-03-17: ${url('2024-03-17')}: HTTP 410 Gone\n`);
});

test('--help explains the command, exit 0, nothing asked', async () => {
  const run = await fetchDays(['--help']);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Usage: npm run fetch -- \[--date YYYY-MM-DD \| --from YYYY-MM-DD --to YYYY-MM-DD\]/);
  for (const name of ['--out DIR', '--json', 'HF_API_URL', 'FETCH_TIMEOUT_MS', 'FETCH_RETRY_BUDGET_MS', 'Exit status'])
    assert.ok(run.stdout.includes(name), name);
  assert.equal(api.requests.length, 0);
});

test('bad usage exits 2 with one line and no trace, before asking anything', async () => {
  const cases: [string[], Record<string, string>, RegExp][] = [
    [['--date', '2024-02-30'], {}, /^fetch: --date "2024-02-30": expected a real date as YYYY-MM-DD$/],
    [['--date', 'yesterday'], {}, /^fetch: --date "yesterday": expected a real date/],
    [['--date', '9999-01-01'], {}, /^fetch: --date 9999-01-01 is after today/],
    [['--from', '2024-03-16', '--to', '2024-03-15'], {}, /^fetch: --from 2024-03-16 is after --to 2024-03-15$/],
    [['--date', '2024-03-15', '--from', '2024-03-14', '--to', '2024-03-15'], {}, /^fetch: --date names one day/],
    [
      ['--from', '2023-01-01', '--to', '2024-01-02'],
      {},
      /^fetch: --from 2023-01-01 --to 2024-01-02 spans 367 days; at most 366 at a time$/,
    ],
    [['--from', '2024-03-15'], {}, /^fetch: --from needs --to/],
    [['--bogus'], {}, /^fetch: Unknown option '--bogus'/],
    [
      ['--date'],
      {},
      /^fetch: Option '--date <value>' argument missing \(`npm run fetch -- --help` lists the options\)$/,
    ],
    [['2024-03-15'], {}, /^fetch: unexpected argument "2024-03-15"/],
    [
      ['--date', '2024-03-15'],
      { FETCH_TIMEOUT_MS: 'soon' },
      /^fetch: FETCH_TIMEOUT_MS="soon": expected a whole number, at least 1$/,
    ],
    [
      ['--date', '2024-03-15'],
      { HF_API_URL: 'file:///etc' },
      /^fetch: HF_API_URL="file:\/\/\/etc": expected an http\(s\) origin/,
    ],
  ];
  for (const [args, env, message] of cases) {
    const restore = setEnv(env);
    try {
      const run = await fetchDays(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr.replace(/\n$/, ''), message);
      assert.equal(run.stderr.split('\n').length, 2, 'one line');
    } finally {
      restore();
    }
  }
  assert.equal(api.requests.length, 0);
});

test('as a process: a bad date exits 2 with its one line', () => {
  const run = runScript('fetch.ts', ['--date', '2024-13-01'], temporaryFolder());
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'fetch: --date "2024-13-01": expected a real date as YYYY-MM-DD\n');
  assert.equal(run.stdout, '');
});

test('with DEBUG=1, a usage error also shows its stack trace', async () => {
  const restore = setEnv({ DEBUG: '1' });
  try {
    const run = await fetchDays(['--date', '2024-02-30']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^fetch: --date "2024-02-30": expected a real date as YYYY-MM-DD\n.*\n\s+at /s);
  } finally {
    restore();
  }
});
