import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main as bench } from '../../scripts/bench.ts';
import { main as fetchMain } from '../../scripts/fetch.ts';
import { main as index } from '../../scripts/index-search.ts';
import { main as ingest } from '../../scripts/ingest.ts';
import { main as search } from '../../scripts/search.ts';
import { main as topics } from '../../scripts/topics.ts';
import { runMain, temporaryFolder } from '../helpers/cli.ts';

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
