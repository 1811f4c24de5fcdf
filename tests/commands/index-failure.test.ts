/**
 * The search index is made beside `astro build` (src/integrations/search-index.ts): when it
 * fails, the build says so as it happens and fails, never publishing a site without its index;
 * and only a build starts it.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { OFFLINE_MANIFEST_FILE } from '../../src/lib/search/offline.ts';
import { ROOT, SAMPLE, temporaryFolder } from '../helpers/cli.ts';

/** The sample's collection, ingested once: the builds below read it and write elsewhere. */
const papers = join(temporaryFolder(), 'papers');
before(() => {
  const ingest = spawnSync(
    process.execPath,
    ['scripts/ingest.ts', SAMPLE, '--out', papers, '--captured', '2026-04-13'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(ingest.status, 0, ingest.stderr);
});

/** An output folder, not made, and how to run a command on the sample's collection with it. */
function outputFolder(): { dist: string; run: (args: string[]) => SpawnSyncReturns<string> } {
  const work = temporaryFolder();
  const [dist, cache] = ['dist', 'cache'].map((name) => join(work, name)) as [string, string];
  const env = { ...process.env, PAPERS_DIR: papers, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  return { dist, run };
}

test('a search index that fails fails the build, naming the index', () => {
  const { dist, run } = outputFolder();
  // The index's folder is taken by a file: the index cannot be written (as on a read-only disk).
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'pagefind'), 'not a folder');
  const build = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]);
  const output = `${build.stdout}\n${build.stderr}`;
  assert.notEqual(build.status, 0, output);
  assert.match(
    output,
    /^index: EEXIST: file already exists, mkdir '.*pagefind'$/m,
    'the index says what failed, in one line',
  );
  assert.doesNotMatch(output, /at removeLeftovers/, 'not as a stack trace');
  // Whether the index fails before the pages are done (and says so at once) depends on which
  // process the machine runs first; the build fails naming it either way.
  assert.match(output, /the search index exited with 1 \(scripts\/index-search\.ts\)/);
  assert.doesNotMatch(output, /at .*integrations\/search-index/, 'the build says so without a stack trace');
  assert.equal(existsSync(join(dist, OFFLINE_MANIFEST_FILE)), false, 'no offline list for a site without its index');
});

test('only `astro build` starts the index: `astro sync` leaves the output folder alone', () => {
  const { dist, run } = outputFolder();
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, OFFLINE_MANIFEST_FILE), '{}');
  const sync = run(['node_modules/astro/bin/astro.mjs', 'sync', '--outDir', dist]);
  assert.equal(sync.status, 0, `${sync.stdout}\n${sync.stderr}`);
  // An index would have removed the offline list as it started, and made its folder.
  assert.equal(existsSync(join(dist, OFFLINE_MANIFEST_FILE)), true);
  assert.equal(existsSync(join(dist, 'pagefind')), false);
});
