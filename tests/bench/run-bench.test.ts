import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { resultPaths } from '../../bench/lib/run-bench.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ignoredByGit = (path: string) =>
  spawnSync('git', ['check-ignore', '--no-index', '--quiet', path], { cwd: ROOT }).status === 0;

test('a run writes its results where git ignores them; a saved run, to bench/results/ to be committed', () => {
  const run = resultPaths(false, '2026-01-02T03-04-05-678Z');
  assert.equal(run.resultsFile, 'bench/work/results/bench-2026-01-02T03-04-05-678Z.json');
  for (const path of Object.values(run)) assert.ok(ignoredByGit(path), path);

  const saved = resultPaths(true, '2026-01-02T03-04-05-678Z');
  assert.deepEqual(saved, {
    resultsFile: 'bench/results/bench-2026-01-02T03-04-05-678Z.json',
    chartFile: 'bench/results/chart.svg',
  });
  for (const path of Object.values(saved)) assert.ok(!ignoredByGit(path), path);
});
