import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main as bench } from '../../scripts/bench.ts';
import { main as fetchMain } from '../../scripts/fetch.ts';
import { main as index } from '../../scripts/index-search.ts';
import { main as ingest } from '../../scripts/ingest.ts';
import { main as search } from '../../scripts/search.ts';
import { main as topics } from '../../scripts/topics.ts';
import { ROOT, runMain, temporaryFolder } from '../helpers/cli.ts';
import { textEntry } from '../helpers/text-dump.ts';

const COMMANDS = { bench, fetch: fetchMain, index, ingest, search, topics };

test('every command refuses an unknown option and an option without its value: exit 2, its name, one line, no trace', async () => {
  const cwd = temporaryFolder();
  const missingValue = {
    bench: '--papers',
    fetch: '--date',
    index: '--dist',
    ingest: '--out',
    search: '--limit',
    topics: '--taxonomy',
  };
  for (const [name, main] of Object.entries(COMMANDS)) {
    for (const args of [['--bogus'], [missingValue[name as keyof typeof COMMANDS]]]) {
      const run = await runMain(main, args, cwd);
      assert.equal(run.status, 2, `${name} ${args.join(' ')}`);
      const [first] = run.stderr.split('\n');
      assert.match(first ?? '', new RegExp(`^${name}: (Unknown option|Option '${args[0]} <value>' argument missing)`));
      assert.equal(run.stderr, `${first}\n`, `${name} ${args.join(' ')}: one line`);
      assert.doesNotMatch(run.stderr, /\n\s+at /, `${name} ${args.join(' ')}`);
      assert.equal(run.stdout, '');
    }
  }
});

test('the bench refuses sizes that are not whole numbers', async () => {
  const run = await runMain(bench, ['--papers', '1000,ten'], temporaryFolder());
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'bench: --papers takes whole numbers separated by commas, e.g. 1000,10000\n');
});

test('with DEBUG set, a failure also shows its stack trace', async () => {
  const before = process.env.DEBUG;
  process.env.DEBUG = '1';
  try {
    const run = await runMain(search, ['--bogus'], temporaryFolder());
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^search: Unknown option '--bogus'.*\n.*\n\s+at parseArgs/s);
  } finally {
    if (before === undefined) delete process.env.DEBUG;
    else process.env.DEBUG = before;
  }
});

test('a SITE_URL that is not an origin stops the search: exit 2, one line naming SITE_URL', async () => {
  const before = process.env.SITE_URL;
  try {
    for (const [siteUrl, said] of [
      ['notaurl', 'SITE_URL="notaurl" is not an http(s) URL'],
      [
        'https://ex.org/sub',
        'SITE_URL="https://ex.org/sub": the path goes in BASE_PATH; set SITE_URL=https://ex.org and BASE_PATH=/sub',
      ],
    ]) {
      process.env.SITE_URL = siteUrl;
      const run = await runMain(search, ['code'], temporaryFolder());
      assert.equal(run.status, 2, siteUrl);
      assert.ok(run.stderr.startsWith(`search: ${said}`), run.stderr);
      assert.equal(run.stderr.split('\n').length, 2, 'one line');
      assert.equal(run.stdout, '');
    }
  } finally {
    if (before === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = before;
  }
});

test('the index shows its help, and refuses a --dist with no built site in one line, creating nothing', async () => {
  const cwd = temporaryFolder();
  const help = await runMain(index, ['--help'], cwd);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: npm run index -- /);
  const nowhere = join(cwd, 'nonexistent', 'x');
  const run = await runMain(index, ['--dist', nowhere], cwd);
  assert.equal(run.status, 2);
  assert.equal(
    run.stderr,
    `index: there is no built site in ${nowhere}: run \`npm run build\`, or give --dist the folder it built\n`,
  );
  assert.equal(existsSync(join(cwd, 'nonexistent')), false);
});

test('a command whose reader stops reading (| head) ends with its own status and no stack trace', () => {
  const cwd = temporaryFolder();
  // Thousands of impossible dates: a report far longer than a pipe holds.
  const entry = (n: number) =>
    textEntry(`Paper ${n} of a dump that will not fit the pipe`, 'Feb 30, 2023', { abstract: 'abs' });
  const dump = join(cwd, 'daily-papers-2026-04-13.txt');
  writeFileSync(dump, `Daily Papers\n\nApr 13\n\n${Array.from({ length: 4000 }, (_, n) => entry(n)).join('')}`);
  const run = spawnSync(
    'bash',
    [
      '-c',
      `"$0" scripts/ingest.ts "$1" --out "$2" --check | head -1; exit "\${PIPESTATUS[0]}"`,
      process.execPath,
      dump,
      join(cwd, 'papers'),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Checked 1 dump: 0 entries/);
  assert.equal(run.stderr, '');
});
