/**
 * The ingest run by a user who may not read its input. The tests run as root, where permissions
 * do not apply, so the ingest runs as `nobody` (runuser); where that is refused, the test is
 * skipped and says why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, SAMPLE, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';

const asNobody = (cwd: string, args: readonly string[]) =>
  spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, ...args], { cwd, encoding: 'utf8' });

test('input a user may not read is named, exit 2, nothing written: a dumps folder, a folder in it, a dump', (t) => {
  const cwd = temporaryFolder();
  chmodSync(cwd, 0o777);
  const probe = asNobody(cwd, ['-e', '0']);
  if (probe.status !== 0) {
    t.skip(
      `cannot run a process as nobody here: ${(probe.stderr || probe.error?.message || `exit ${probe.status}`).trim()}`,
    );
    return;
  }
  const dumps = join(cwd, 'dumps');
  mkdirSync(join(dumps, 'sub'), { recursive: true });
  copyFileSync(SAMPLE, join(dumps, 'daily-papers-2026-04-13.txt'));
  const ingest = () =>
    asNobody(cwd, [join(ROOT, 'scripts/ingest.ts'), 'dumps', '--taxonomy', TAXONOMY, '--out', 'papers']);
  const cases: [string, number, string][] = [
    [join(dumps, 'sub'), 0o000, 'dumps/sub'],
    [dumps, 0o000, 'dumps'],
    [join(dumps, 'daily-papers-2026-04-13.txt'), 0o000, 'dumps/daily-papers-2026-04-13.txt'],
  ];
  for (const [path, mode, named] of cases) {
    chmodSync(path, mode);
    const run = ingest();
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr, `ingest: ${named}: cannot read (EACCES)\n`);
    assert.equal(existsSync(join(cwd, 'papers')), false);
    chmodSync(path, 0o755);
  }
  const readable = ingest();
  assert.equal(readable.status, 0, readable.stderr);
});
