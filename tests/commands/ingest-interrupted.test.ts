/**
 * An ingest killed (SIGKILL) while it updates a large collection, for real: the build and the
 * index refuse what it left, and the next ingest finishes the update, giving the collection an
 * uninterrupted run gives.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { JOURNAL_FILE } from '../../src/lib/ingest/journal.ts';
import { generateDumps } from '../../bench/lib/synthetic-dumps.ts';
import { ROOT, runScript, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';

/** The same arguments for every ingest below, run in a folder of the test's own. */
const INGEST_ARGS = ['dumps', '--out', 'papers', '--taxonomy', TAXONOMY, '--json'];

/** The same days captured again later: every entry has one more upvote, so every paper's file changes. */
function moreUpvotes(text: string): string {
  return text.replace(
    /^(·\n[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)(?: (\d+))?$/gm,
    (_, date: string, upvotes: string | undefined) => `${date} ${Number(upvotes ?? 0) + 1}`,
  );
}

function writeDumps(folder: string, papers: number, change: (text: string) => string = (text) => text): void {
  mkdirSync(folder, { recursive: true });
  for (const { name, text } of generateDumps(papers)) writeFileSync(join(folder, name), change(text));
}

function ingest(cwd: string) {
  const run = runScript('ingest.ts', INGEST_ARGS, cwd);
  assert.equal(run.status, 0, run.stderr);
  return { ...run, report: JSON.parse(run.stdout) };
}

function paperTexts(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(join(folder, name))]),
  );
}

interface Interrupted {
  cwd: string;
  papers: string;
  before: Map<string, Buffer>;
}

/**
 * A collection of `count` papers, then an ingest of changed dumps killed as soon as its journal
 * appears; undefined when the run ended before the kill landed.
 */
async function killMidUpdate(count: number): Promise<Interrupted | undefined> {
  const cwd = temporaryFolder();
  const papers = join(cwd, 'papers');
  writeDumps(join(cwd, 'dumps'), count);
  assert.equal(ingest(cwd).report.papers.new, count);
  const before = paperTexts(papers);
  writeDumps(join(cwd, 'dumps'), count, moreUpvotes);

  const child = spawn(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...INGEST_ARGS], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let running = true;
  void exited.then(() => (running = false));
  // Polled every millisecond, not watched: on a fast disk the journal may last only a few
  // milliseconds, and a watcher's events can lag behind the thousands of temporary files. (Not
  // on every turn of the event loop: that spins a core the ingest needs.)
  const journal = join(papers, JOURNAL_FILE);
  while (running && !existsSync(journal)) await new Promise((tick) => setTimeout(tick, 1));
  if (running) process.kill(child.pid as number, 'SIGKILL');
  // Awaited before anything else runs: until the killed process is reaped, its lock looks held.
  const [code, signal] = await exited;
  if (signal === null) assert.equal(code, 0, `the ingest failed before it could be killed:\n${stderr}`);
  return signal === 'SIGKILL' && existsSync(journal) ? { cwd, papers, before } : undefined;
}

test(
  'an ingest killed mid-update: the build and the index refuse the collection; the next ingest finishes the update',
  {
    timeout: 180_000,
  },
  async () => {
    // A larger collection makes the update's commit phase last longer, should a run end before its kill.
    let interrupted: Interrupted | undefined;
    const tried: number[] = [];
    for (const count of [1000, 4000, 12000]) {
      tried.push(count);
      interrupted = await killMidUpdate(count);
      if (interrupted) break;
    }
    if (!interrupted)
      assert.fail(
        `every update (of ${tried.join(', ')} papers) removed its journal before SIGKILL landed: the kill never came mid-update`,
      );
    const { cwd, papers, before } = interrupted;
    const count = before.size;
    const refusal =
      /: an ingest was stopped while it updated this collection; run `npm run ingest` to finish the update/;

    // The real build: its content sync refuses first, before any page, so it costs little however large the collection.
    const dist = join(cwd, 'dist');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, PAPERS_DIR: papers, ASTRO_CACHE_DIR: join(cwd, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = `${build.stdout}\n${build.stderr}`;
    assert.notEqual(build.status, 0, output);
    assert.match(output, refusal);
    assert.doesNotMatch(output, /Stack trace|\n\s+at /, "the refusal is the reader's to act on: no stack trace");
    assert.equal(existsSync(join(dist, 'index.html')), false, 'no page is built from the half-updated collection');

    // As if an earlier build had made the site: the index, run on it, refuses the collection.
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '');
    const index = spawnSync(process.execPath, [join(ROOT, 'scripts/index-search.ts'), '--dist', 'dist'], {
      cwd,
      env: { ...process.env, PAPERS_DIR: 'papers' },
      encoding: 'utf8',
    });
    assert.equal(index.status, 2, index.stderr);
    assert.equal(
      index.stderr,
      'index: papers: an ingest was stopped while it updated this collection; run `npm run ingest` to finish the update\n',
    );
    assert.equal(existsSync(join(dist, 'pagefind')), false);

    const repaired = ingest(cwd);
    assert.match(
      repaired.stderr,
      /^ingest: warning: finished the update a stopped run left in papers \([\d,]+ files\)\n$/,
    );
    // The stopped update wrote every changed file already: this run finds nothing more to write.
    assert.deepEqual(repaired.report.papers, { total: count, new: 0, updated: 0, unchanged: count, removed: 0 });
    assert.equal(existsSync(join(papers, JOURNAL_FILE)), false);

    // An uninterrupted ingest of the same dumps, in a folder of its own.
    const reference = temporaryFolder();
    writeDumps(join(reference, 'dumps'), count, moreUpvotes);
    ingest(reference);
    assert.deepEqual(
      readdirSync(papers).sort(),
      readdirSync(join(reference, 'papers')).sort(),
      'the same files, no leftovers',
    );
    const after = paperTexts(papers);
    const expected = paperTexts(join(reference, 'papers'));
    for (const [name, text] of expected) assert.ok(after.get(name)?.equals(text), `${name} differs`);
    assert.equal(
      [...after].filter(([name, text]) => !before.get(name)?.equals(text)).length,
      count,
      'every paper changed',
    );
  },
);
