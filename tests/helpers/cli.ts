/** Runs the project's scripts as a user would, in a folder of the test's own: as processes, or their main() in this one. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Day } from '../../src/lib/common/dates.ts';
import { runIngest } from '../../src/lib/ingest/run-ingest.ts';

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

/** What a main() run by runMain writes, and only that: the test runner writes to the same streams meanwhile. */
const output = new AsyncLocalStorage<{ stdout: string; stderr: string }>();
let capturing = false;

function captureOutput(): void {
  if (capturing) return;
  capturing = true;
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = process[name];
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const captured = output.getStore();
      if (captured === undefined) return write(chunk, ...rest);
      captured[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof stream.write;
  }
}

/**
 * A script's `main(args)` in this process, with `cwd` as the working folder (paths in messages and
 * records are relative to it): what runScript gives, without starting a process.
 */
export async function runMain(
  main: (argv: string[]) => Promise<number>,
  args: readonly string[],
  cwd: string,
): Promise<Run> {
  captureOutput();
  const captured = { stdout: '', stderr: '' };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const status = await output.run(captured, () => main([...args]));
    return { status, ...captured };
  } finally {
    process.chdir(before);
  }
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

/** `npm run ingest` of `inputs` into `out` with the site's taxonomy, in this process (its report as JSON). */
export function ingestQuietly(inputs: string[], out: string, captured?: Day): ReturnType<typeof runIngest> {
  return runIngest({
    inputs,
    out,
    captured,
    taxonomy: TAXONOMY,
    check: false,
    strict: false,
    allowShrink: false,
    json: true,
  });
}
