/** Runs the project's scripts as a user would, in a folder of the test's own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SAMPLE = join(ROOT, 'content/dumps/daily-papers-2026-04-13.txt');
export const TAXONOMY = join(ROOT, 'content/topics.yaml');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node scripts/<script>.ts args…` with `cwd` as the working folder. */
export function runScript(script: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder removed when the test file ends (call it in a test, not in a hook). */
export function temporaryFolder(): string {
  const dir = makeTemporaryFolder();
  after(() => removeFolder(dir));
  return dir;
}

export function makeTemporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'paper-digest-'));
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
