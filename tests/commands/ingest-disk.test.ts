/**
 * The ingest on file systems that are not the project's own: a mount point as the collection
 * folder, and a disk that fills up. Each mounts a small tmpfs, which needs root; where that is
 * refused, the test is skipped and says why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
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
  assert.match(run.stderr, /^ingest: \S*\/papers\/[a-z0-9-]+\.md: cannot write \(ENOSPC: no space left on device\)\n$/);
  assert.equal(run.stdout, '');
});

test('an update that fills the disk leaves the collection as it was and gives the space back', async (t) => {
  const point = tmpfs(t, '280k');
  if (point === undefined) return;
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'dumps'));
  copyFileSync(SAMPLE, join(cwd, 'dumps/daily-papers-2026-04-13.txt'));
  const out = join(point, 'papers');
  const first = await runMain(ingestMain, ['dumps', '--taxonomy', TAXONOMY, '--out', out, '--json'], cwd);
  assert.equal(first.status, 0, first.stderr);
  const before = contents(out);
  // A second capture of the day: every paper gains a source, so all 43 files change.
  copyFileSync(SAMPLE, join(cwd, 'dumps/daily-papers-2026-04-14.txt'));
  const update = await runMain(ingestMain, ['dumps', '--taxonomy', TAXONOMY, '--out', out, '--json'], cwd);
  assert.equal(update.status, 1, update.stdout);
  assert.match(
    update.stderr,
    /^ingest: \S*\/papers\/[a-z0-9-]+\.md: cannot write \(ENOSPC: no space left on device\)\n$/,
  );
  assert.deepEqual(contents(out), before);
});

/** The collection folder's files and their texts. */
function contents(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .filter((name) => name.endsWith('.md') || name.endsWith('.tmp') || name.startsWith('.ingest-journal'))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
