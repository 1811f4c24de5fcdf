import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runFetch, type FetchRun } from '../../../src/lib/fetch/run-fetch.ts';
import type { FetchReport } from '../../../src/lib/fetch/report.ts';
import { sampleItems, testSettings } from '../../helpers/api-server.ts';
import { runMain, temporaryFolder } from '../../helpers/cli.ts';

const PAPERS = sampleItems('2024-03-15');

const SETTINGS = testSettings({ retryBudgetMs: 1_000, backoffMs: 0, pageLimit: 50 });

/** A stand-in API answering every day with the sample's papers. */
const sampleApi = (async () =>
  new Response(JSON.stringify(PAPERS), { headers: { 'content-type': 'application/json' } })) as typeof fetch;

const DAYS: FetchRun['days'] = [
  { year: 2024, month: 3, day: 15 },
  { year: 2024, month: 3, day: 16 },
];

/** runFetch in `cwd`, with what it wrote to standard error. */
async function run(
  cwd: string,
  out: string,
  progress: boolean,
  api = sampleApi,
  days = DAYS,
): Promise<{ report: FetchReport; stderr: string }> {
  let report: FetchReport = { days: [] };
  // Time passes only as the clock is read (the settings retry without waiting): a day retried ends at its budget.
  let now = 0;
  const clock = { now: () => (now += 10), sleep: async () => {} };
  const { stderr } = await runMain(
    async () => {
      report = await runFetch(
        { days, out, json: false, settings: SETTINGS, today: { year: 2026, month: 1, day: 1 } },
        { fetch: api, clock, progress },
      );
      return 0;
    },
    [],
    cwd,
  );
  return { report, stderr };
}

test('a progress bar on standard error only when asked (on a terminal); the dumps written either way', async () => {
  const quiet = await run(temporaryFolder(), 'dumps', false);
  assert.equal(quiet.stderr, '');
  assert.deepEqual(
    quiet.report.days.map(({ status, file }) => [status, file]),
    [
      ['written', 'dumps/hf-2024-03-15.json'],
      ['written', 'dumps/hf-2024-03-16.json'],
    ],
  );
  const cwd = temporaryFolder();
  const shown = await run(cwd, 'dumps', true);
  assert.match(shown.stderr, /\r\u001b\[2K\[#+\.*\] 1\/2 days 2024-03-15/);
  assert.match(shown.stderr, /\r\u001b\[2K\[#+\] 2\/2 days 2024-03-16/);
  assert.ok(shown.stderr.endsWith('\r\u001b[2K'), 'the bar is cleared at the end');
  assert.deepEqual(readdirSync(join(cwd, 'dumps')), ['hf-2024-03-15.json', 'hf-2024-03-16.json']);
});

test('a dump that cannot be read or written fails its day only, named with why', async () => {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'dumps/hf-2024-03-15.json'), { recursive: true });
  const { report } = await run(cwd, 'dumps', false);
  assert.deepEqual(
    report.days.map(({ status, reason }) => [status, reason]),
    [
      ['failed', 'dumps/hf-2024-03-15.json: cannot read (EISDIR)'],
      ['written', null],
    ],
  );
  const blocked = temporaryFolder();
  writeFileSync(join(blocked, 'dumps'), 'a file where the folder should be\n');
  const { report: refused } = await run(blocked, 'dumps', false);
  assert.deepEqual(
    refused.days.map(({ status, reason }) => [status, reason]),
    [
      ['failed', 'dumps: cannot write (EEXIST: file already exists)'],
      ['failed', 'dumps: cannot write (EEXIST: file already exists)'],
    ],
  );
});

test('once a day had no try reach the server, the days after it fail at once; a server that answers is asked for every day', async () => {
  const asked: string[] = [];
  const offline = (async (url: string) => {
    asked.push(url);
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
  }) as typeof fetch;
  const days = [...DAYS, { year: 2024, month: 3, day: 17 }];
  const { report } = await run(temporaryFolder(), 'dumps', false, offline, days);
  assert.ok(
    asked.every((url) => url.includes('date=2024-03-15')),
    'only the first day is tried',
  );
  assert.deepEqual(
    report.days.map(({ status, reason, url }) => [status, reason?.replace(/ after \d+ tries? in .*/, ''), url]),
    [
      [
        'failed',
        'no answer (ECONNREFUSED); gave up',
        `${SETTINGS.apiUrl}/api/daily_papers?date=2024-03-15&limit=50&p=0`,
      ],
      [
        'failed',
        'not tried: no try for 2024-03-15 reached the API',
        `${SETTINGS.apiUrl}/api/daily_papers?date=2024-03-16&limit=50&p=0`,
      ],
      [
        'failed',
        'not tried: no try for 2024-03-15 reached the API',
        `${SETTINGS.apiUrl}/api/daily_papers?date=2024-03-17&limit=50&p=0`,
      ],
    ],
  );
  const busyAsked: string[] = [];
  const busy = (async (url: string) => {
    busyAsked.push(url);
    return new Response('{}', { status: 503 });
  }) as typeof fetch;
  const { report: busyReport } = await run(temporaryFolder(), 'dumps', false, busy, days);
  assert.deepEqual(
    busyReport.days.map(({ reason }) => reason?.startsWith('HTTP 503')),
    [true, true, true],
  );
  assert.ok(
    busyAsked.some((url) => url.includes('date=2024-03-17')),
    'every day is tried',
  );
});
