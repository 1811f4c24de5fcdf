/**
 * The ingest on file systems that are not the project's own: a mount point as the collection
 * folder, and a disk that fills up. Each mounts a small tmpfs, which needs root; where that is
 * refused, the test is skipped and says why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { main as ingestMain } from '../../scripts/ingest.ts';
import { makeTemporaryFolder, removeFolder, runMain, SAMPLE, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';

/** A fresh tmpfs of `size` mounted at a new folder, or undefined (the test skipped) where mounting is refused. */
function tmpfs(t: TestContext, size: string): string | undefined {
  const parent = makeTemporaryFolder();
  const point = join(parent, 'mnt');
  mkdirSync(point);
  t.after(() => {
    spawnSync('umount', [point]);
    removeFolder(parent);
  });
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', point], { encoding: 'utf8' });
  if (mount.status !== 0) {
    t.skip(`cannot mount a tmpfs here: ${(mount.stderr || mount.error?.message || `exit ${mount.status}`).trim()}`);
    return undefined;
  }
  return point;
}

const paperFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.md'));

test('a mount point as the collection folder is written file by file, and a rerun writes nothing', async (t) => {
  const point = tmpfs(t, '4m');
  if (point === undefined) return;
  const cwd = temporaryFolder();
  const first = await runMain(ingestMain, [SAMPLE, '--taxonomy', TAXONOMY, '--out', point, '--json'], cwd);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(paperFiles(point).length, 43);
  const again = await runMain(ingestMain, [SAMPLE, '--taxonomy', TAXONOMY, '--out', point, '--json'], cwd);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).papers.unchanged, 43);
});

test('a full disk is one line naming the file that could not be written, exit 1', async (t) => {
  const point = tmpfs(t, '48k');
  if (point === undefined) return;
  const run = await runMain(
    ingestMain,
    [SAMPLE, '--taxonomy', TAXONOMY, '--out', join(point, 'papers'), '--json'],
    temporaryFolder(),
  );
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^ingest: \S+\.md: cannot write \(ENOSPC: no space left on device\)\n$/);
  assert.equal(run.stdout, '');
});
