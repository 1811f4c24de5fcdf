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
async function run(cwd: string, out: string, progress: boolean): Promise<{ report: FetchReport; stderr: string }> {
  let report: FetchReport = { days: [] };
  const clock = { now: () => 0, sleep: async () => {} };
  const { stderr } = await runMain(
    async () => {
      report = await runFetch(
        { days: DAYS, out, json: false, settings: SETTINGS, today: { year: 2026, month: 1, day: 1 } },
        { fetch: sampleApi, clock, progress },
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
