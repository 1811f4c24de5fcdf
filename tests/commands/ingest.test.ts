import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MANIFEST_FILE, type FileRecord, type IngestManifest } from '../../src/lib/ingest/manifest.ts';
import { paperFileKey } from '../../src/lib/ingest/collection.ts';
import { readPaperFile } from '../../src/lib/ingest/paper-file.ts';
import { TOPIC_CACHE_FOLDER } from '../../src/lib/ingest/dump-file.ts';
import { InputError, textHash } from '../../src/lib/common/files.ts';
import { JOURNAL_FILE, stagedName } from '../../src/lib/ingest/journal.ts';
import { PAGES_BUILT } from '../../src/lib/search/build-signal.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { main as ingestMain } from '../../scripts/ingest.ts';
import { main as topicsMain } from '../../scripts/topics.ts';
import { runMain, runScript, SAMPLE, TAXONOMY, temporaryFolder, type Run } from '../helpers/cli.ts';
import { textEntry } from '../helpers/text-dump.ts';

/** The ingest's main() with --json, in this process (the tests of its exit status and streams start a process). */
function ingest(cwd: string, ...args: string[]): Promise<Run> {
  return runMain(ingestMain, ['--json', ...args], cwd);
}

function json(run: Run) {
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** The paper files of a collection folder (it also holds the ingest's manifest). */
function paperFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.md'));
}

function mtimes(dir: string): Map<string, number> {
  return new Map(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, statSync(join(dir, name)).mtimeMs]),
  );
}

/** Every file under `dir`, with its text and modification time: what "nothing written" compares. */
function snapshot(dir: string): Map<string, [string, number]> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => [name, [readFileSync(join(dir, name), 'utf8'), statSync(join(dir, name)).mtimeMs]]),
  );
}

const entry = (title: string, date: string, abstract = 'Abstract.') => textEntry(title, date, { abstract });

function setUp() {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'dumps'));
  copyFileSync(SAMPLE, join(cwd, 'dumps/daily-papers-2026-04-13.txt'));
  mkdirSync(join(cwd, 'content'));
  copyFileSync(TAXONOMY, join(cwd, 'content/topics.yaml'));
  return cwd;
}

test('the sample gives 43 papers; a rerun writes nothing', async () => {
  const cwd = setUp();
  const first = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(first.papers, { total: 43, new: 43, updated: 0, unchanged: 0, removed: 0 });
  assert.equal(paperFiles(join(cwd, 'papers')).length, 43);
  const before = mtimes(join(cwd, 'papers'));

  const second = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(second.papers, { total: 43, new: 0, updated: 0, unchanged: 43, removed: 0 });
  assert.deepEqual(mtimes(join(cwd, 'papers')), before);
});

test('a rerun trusts its manifest only while nothing changed: a paper edited by hand is rewritten', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const [first] = paperFiles(join(cwd, 'papers'));
  const path = join(cwd, 'papers', first ?? '');
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, `${original}\nhand edit\n`);
  const report = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(report.papers, { total: 43, new: 0, updated: 1, unchanged: 42, removed: 0 });
  assert.equal(readFileSync(path, 'utf8'), original);
  assert.deepEqual(json(await ingest(cwd, 'dumps', '--out', 'papers')).papers, {
    total: 43,
    new: 0,
    updated: 0,
    unchanged: 43,
    removed: 0,
  });
  // --check never answers from the manifest alone.
  assert.equal(json(await ingest(cwd, 'dumps', '--out', 'papers', '--check')).entries, 43);
});

test('a second dump merges: new papers added, a paper seen again updated, the rest untouched', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const before = mtimes(join(cwd, 'papers'));
  writeFileSync(
    join(cwd, 'dumps/daily-papers-2026-04-14.txt'),
    entry(
      'CIFAKE: Image Classification and Explainable Identification of AI-Generated Synthetic Images',
      'Mar 24, 2023 40',
    ) + entry('A Brand New Paper', 'Apr 14 3'),
  );
  const report = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(report.papers, { total: 44, new: 1, updated: 1, unchanged: 42, removed: 0 });

  const after = mtimes(join(cwd, 'papers'));
  const changed = [...after]
    .filter(([name, time]) => before.get(name) !== time)
    .map(([name]) => name)
    .sort();
  assert.deepEqual(changed, [
    'a-brand-new-paper.md',
    'cifake-image-classification-and-explainable-identification-of-ai-generated.md',
  ]);
  const merged = readPaperFile(readFileSync(join(cwd, 'papers', changed[1] ?? ''), 'utf8')).data;
  assert.equal(merged.upvotes, 40);
  assert.equal((merged.sources as unknown[]).length, 2);
  assert.equal(readPaperFile(readFileSync(join(cwd, 'papers/a-brand-new-paper.md'), 'utf8')).data.date, '2026-04-14');

  // The manifest records every file as it is now (those read as they were read, those written
  // as written), so the next run finds nothing changed, and a run that has work to do knows
  // each file it finds as recorded without reading it.
  const manifest = JSON.parse(readFileSync(join(cwd, 'papers', MANIFEST_FILE), 'utf8')) as IngestManifest;
  assert.deepEqual(
    manifest.files,
    paperFiles(join(cwd, 'papers'))
      .sort()
      .map((name) => {
        const { size, mtimeMs } = statSync(join(cwd, 'papers', name));
        const text = readFileSync(join(cwd, 'papers', name), 'utf8');
        return { path: `papers/${name}`, size, mtimeMs, key: paperFileKey(text), hash: textHash(text) };
      }),
  );
  assert.deepEqual(
    manifest.fingerprint.inputs.map(({ path }) => path),
    ['dumps/daily-papers-2026-04-13.txt', 'dumps/daily-papers-2026-04-14.txt'],
  );
});

test('a run with work to do knows a file stat finds as recorded from its record, without reading it', async () => {
  const cwd = setUp();
  mkdirSync(join(cwd, 'papers'));
  writeFileSync(join(cwd, 'papers/README.md'), '# My notes\n');
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const manifestPath = join(cwd, 'papers', MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IngestManifest;
  const [trusted, edited] = (manifest.files as FileRecord[]).filter(({ key }) => key !== undefined);
  // A record that lies about a file stat still finds as recorded is believed: the run takes the
  // file for another text and writes it again. A file edited since is read, whatever its record.
  writeFileSync(
    manifestPath,
    JSON.stringify({
      ...manifest,
      files: manifest.files.map((file) => (file === trusted ? { ...file, hash: 'not its text' } : file)),
    }),
  );
  const editedPath = join(cwd, (edited as FileRecord).path);
  const original = readFileSync(editedPath, 'utf8');
  writeFileSync(editedPath, `${original}hand edit\n`);
  writeFileSync(join(cwd, 'dumps/daily-papers-2026-04-14.txt'), entry('A Brand New Paper', 'Apr 14 3'));
  const report = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(report.papers, { total: 44, new: 1, updated: 2, unchanged: 41, removed: 0 });
  assert.equal(readFileSync(editedPath, 'utf8'), original);
  assert.deepEqual(report.ignored, ['README'], 'a file that is not a paper, known from its record');
});

test('records made by other code, or by a version that kept none, are not trusted', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const manifestPath = join(cwd, 'papers', MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IngestManifest;
  const lying = manifest.files.map((file) => ({ ...file, hash: 'not its text' }));
  const { code: _code, ...olderFingerprint } = manifest.fingerprint;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, fingerprint: olderFingerprint, files: lying }));
  writeFileSync(join(cwd, 'dumps/daily-papers-2026-04-14.txt'), entry('A Brand New Paper', 'Apr 14 3'));
  assert.deepEqual(json(await ingest(cwd, 'dumps', '--out', 'papers')).papers, {
    total: 44,
    new: 1,
    updated: 0,
    unchanged: 43,
    removed: 0,
  });
  writeFileSync(manifestPath, 'null');
  assert.deepEqual(json(await ingest(cwd, 'dumps', '--out', 'papers')).papers, {
    total: 44,
    new: 0,
    updated: 0,
    unchanged: 44,
    removed: 0,
  });
});

test('dumps scored before take their topics from the cache: the same collection, the cache kept to the dumps given', async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, 'dumps/daily-papers-2026-04-14.txt'), entry('A Brand New Paper', 'Apr 14 3'));
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const cache = join(cwd, 'papers', TOPIC_CACHE_FOLDER);
  assert.equal(readdirSync(cache).length, 2);
  const kept = mtimes(cache);
  writeFileSync(join(cwd, 'dumps/daily-papers-2026-04-15.txt'), entry('Another Paper', 'Apr 15 1'));
  const warm = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(warm.papers, { total: 45, new: 1, updated: 0, unchanged: 44, removed: 0 });
  assert.equal(readdirSync(cache).length, 3);
  assert.deepEqual(
    [...mtimes(cache)].filter(([name]) => kept.has(name)),
    [...kept],
    'the two dumps scored before are not scored again',
  );
  const cold = json(await ingest(cwd, 'dumps', '--out', 'cold'));
  assert.deepEqual({ ...cold, out: 'papers', papers: warm.papers }, warm);
  assert.deepEqual(paperFiles(join(cwd, 'papers')).sort(), paperFiles(join(cwd, 'cold')).sort());
  for (const name of paperFiles(join(cwd, 'cold'))) {
    assert.equal(readFileSync(join(cwd, 'papers', name), 'utf8'), readFileSync(join(cwd, 'cold', name), 'utf8'), name);
  }
  json(await ingest(cwd, 'dumps/daily-papers-2026-04-13.txt', '--out', 'papers', '--allow-shrink'));
  assert.equal(readdirSync(cache).length, 1, 'the cache files of dumps no longer given are removed');
});

test('a cache of topic scores that cannot be written is a warning', async () => {
  const cwd = setUp();
  mkdirSync(join(cwd, 'papers'));
  writeFileSync(join(cwd, 'papers', TOPIC_CACHE_FOLDER), 'a file in its place');
  const run = await ingest(cwd, 'dumps', '--out', 'papers');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^ingest: warning: the cache of topic scores \(papers\/\.ingest-topics\) was not updated: /);
  assert.equal(paperFiles(join(cwd, 'papers')).length, 43);
});

test('an update stopped half-way: --check and the index refuse the collection; the next ingest finishes it', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  // A second capture of the same day: every paper gains a source, so all 43 files change.
  copyFileSync(SAMPLE, join(cwd, 'dumps/daily-papers-2026-04-14.txt'));
  json(await ingest(cwd, 'dumps', '--out', 'fresh'));
  // What a run stopped after its journal and half of its renames leaves.
  const papers = join(cwd, 'papers');
  const changed = paperFiles(join(cwd, 'fresh')).filter(
    (name) => readFileSync(join(cwd, 'fresh', name), 'utf8') !== readFileSync(join(papers, name), 'utf8'),
  );
  assert.equal(changed.length, 43);
  for (const name of changed) copyFileSync(join(cwd, 'fresh', name), join(papers, stagedName(name, 'stopped')));
  writeFileSync(
    join(papers, JOURNAL_FILE),
    JSON.stringify({ renames: changed.map((name) => [stagedName(name, 'stopped'), name]), removals: [] }),
  );
  for (const name of changed.slice(0, 20)) renameSync(join(papers, stagedName(name, 'stopped')), join(papers, name));

  const message =
    'papers: an ingest was stopped while it updated this collection; run `npm run ingest` to finish the update';
  const check = await ingest(cwd, 'dumps', '--out', 'papers', '--check');
  assert.equal(check.status, 2);
  assert.equal(check.stderr, `ingest: ${message}\n`);
  await assert.rejects(
    buildSearchIndex({ dist: join(cwd, 'dist'), papersDir: papers, pages: PAGES_BUILT }),
    (error: Error) => error instanceof InputError && error.message.endsWith(message.slice('papers'.length)),
  );

  const repaired = await ingest(cwd, 'dumps', '--out', 'papers');
  assert.equal(repaired.status, 0, repaired.stderr);
  assert.equal(repaired.stderr, 'ingest: warning: finished the update a stopped run left in papers (23 files)\n');
  assert.deepEqual(JSON.parse(repaired.stdout).papers, { total: 43, new: 0, updated: 0, unchanged: 43, removed: 0 });
  assert.deepEqual(
    readdirSync(papers).filter((name) => name.endsWith('.tmp') || name === JOURNAL_FILE),
    [],
  );
  for (const name of paperFiles(join(cwd, 'fresh')))
    assert.equal(readFileSync(join(papers, name), 'utf8'), readFileSync(join(cwd, 'fresh', name), 'utf8'), name);
});

test("one ingest at a time per collection: a running one holds it, a killed one's lock is taken over", async () => {
  const cwd = setUp();
  const lock = join(cwd, '.papers.ingest-lock');
  writeFileSync(lock, String(process.pid));
  const held = await ingest(cwd, 'dumps', '--out', 'papers');
  assert.equal(held.status, 2);
  assert.equal(
    held.stderr,
    `ingest: papers: another ingest (process ${process.pid}) is updating it; wait for it to end, or remove .papers.ingest-lock if none is running\n`,
  );
  assert.equal(existsSync(join(cwd, 'papers')), false);
  // No process has this id: the run that held it was killed.
  writeFileSync(lock, '2147483646');
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.equal(existsSync(lock), false, 'released');
  assert.equal(paperFiles(join(cwd, 'papers')).length, 43);
});

test('temporary files of an update stopped before its journal are dropped: the collection stays as it was', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const before = snapshot(join(cwd, 'papers'));
  const [first] = paperFiles(join(cwd, 'papers'));
  writeFileSync(join(cwd, 'papers', stagedName(first as string, 'stopped')), 'half of a new text');
  const run = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.equal(run.papers.unchanged, 43);
  assert.deepEqual(snapshot(join(cwd, 'papers')), before);
});

test('a dump file deleted from its folder takes its papers, reported first; a dump not named needs --allow-shrink', async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, 'dumps/extra-2026-04-14.txt'), entry('Only In Extra', 'Apr 14'));
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const before = snapshot(join(cwd, 'papers'));

  const unnamed = await ingest(cwd, 'dumps/daily-papers-2026-04-13.txt', '--out', 'papers');
  assert.equal(unnamed.status, 1);
  assert.equal(
    unnamed.stderr,
    'ingest: this run would remove 1 of 44 papers: dumps/extra-2026-04-14.txt gave 1 of them and was not named. Nothing was written; to remove them, run again with --allow-shrink\n',
  );
  assert.deepEqual(snapshot(join(cwd, 'papers')), before, 'nothing written');
  const allowed = json(await ingest(cwd, 'dumps/daily-papers-2026-04-13.txt', '--out', 'papers', '--allow-shrink'));
  assert.deepEqual(allowed.removed, ['only-in-extra']);
  assert.equal(existsSync(join(cwd, 'papers/only-in-extra.md')), false);

  writeFileSync(join(cwd, 'dumps/extra-2026-04-14.txt'), entry('Only In Extra', 'Apr 14'));
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  rmSync(join(cwd, 'dumps/extra-2026-04-14.txt'));
  const deleted = await runMain(ingestMain, ['dumps', '--out', 'papers'], cwd);
  assert.equal(deleted.status, 0, deleted.stderr);
  const lines = deleted.stdout.split('\n');
  assert.deepEqual(lines.slice(1, 4), [
    '  papers: 0 new, 0 updated, 43 unchanged, 1 removed',
    '  deleted dump: dumps/extra-2026-04-14.txt (its 1 paper removed)',
    '  removed: only-in-extra (no dump lists it any more)',
  ]);
});

test('an emptied dump, or one whose every entry is rejected, removes nothing without --allow-shrink', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const before = snapshot(join(cwd, 'papers'));
  const dump = join(cwd, 'dumps/daily-papers-2026-04-13.txt');
  const message =
    'ingest: this run would remove 43 of 43 papers: dumps/daily-papers-2026-04-13.txt gave 43 of them and gives none now. Nothing was written; to remove them, run again with --allow-shrink\n';
  for (const text of ['', entry('Bad Date', 'Feb 30, 2023')]) {
    writeFileSync(dump, text);
    const run = await ingest(cwd, 'dumps', '--out', 'papers');
    assert.equal(run.status, 1);
    assert.equal(run.stderr, message);
    assert.deepEqual(JSON.parse(run.stdout).written, false, 'the report, with nothing written');
    assert.deepEqual(snapshot(join(cwd, 'papers')), before, 'nothing written');
    assert.equal((await ingest(cwd, 'dumps', '--out', 'papers', '--check')).status, 1, '--check says so too');
  }
  const allowed = json(await ingest(cwd, 'dumps', '--out', 'papers', '--allow-shrink'));
  assert.equal(allowed.papers.removed, 43);
  assert.deepEqual(paperFiles(join(cwd, 'papers')), []);
});

test('a run that would remove more than half of the collection stops; the same removal is allowed with --allow-shrink', async () => {
  const cwd = setUp();
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  const dump = join(cwd, 'dumps/daily-papers-2026-04-13.txt');
  // The dump still gives papers, but none of those written.
  writeFileSync(dump, ['One', 'Two', 'Three'].map((n) => entry(`A New Paper ${n}`, 'Apr 1')).join(''));
  const run = await ingest(cwd, 'dumps', '--out', 'papers');
  assert.equal(run.status, 1, run.stdout);
  assert.match(
    run.stderr,
    /^ingest: this run would remove 43 of 43 papers: that is more than half of the collection, and no dump file was deleted for it\. .*--allow-shrink\n$/,
  );
  assert.equal(json(await ingest(cwd, 'dumps', '--out', 'papers', '--allow-shrink')).papers.total, 3);
});

test('files in the collection folder that are not papers are left alone and reported', async () => {
  const cwd = setUp();
  mkdirSync(join(cwd, 'papers'));
  writeFileSync(join(cwd, 'papers/README.md'), '# My notes\n');
  const report = json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.deepEqual(report.ignored, ['README']);
  assert.deepEqual(report.removed, []);
  assert.equal(readFileSync(join(cwd, 'papers/README.md'), 'utf8'), '# My notes\n');
});

test('--check writes nothing; --strict refuses rejected entries and writes nothing', async () => {
  const cwd = setUp();
  const check = json(await ingest(cwd, 'dumps', '--out', 'papers', '--check'));
  assert.equal(check.written, false);
  assert.equal(existsSync(join(cwd, 'papers')), false);

  writeFileSync(join(cwd, 'dumps/bad-2026-04-14.txt'), entry('Good', 'Apr 1') + entry('Bad Date', 'Feb 30, 2023'));
  const lenient = json(await ingest(cwd, 'dumps', '--out', 'lenient'));
  assert.deepEqual(lenient.rejected, [
    { file: 'dumps/bad-2026-04-14.txt', line: 15, reason: 'entry "Bad Date": impossible date "Feb 30, 2023"' },
  ]);
  assert.equal(paperFiles(join(cwd, 'lenient')).length, 44);

  // A process: its real exit status, and what it says on standard error.
  const strict = runScript('ingest.ts', ['--json', 'dumps', '--out', 'strict', '--strict'], cwd);
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /1 rejected entries with --strict; nothing written/);
  assert.equal(existsSync(join(cwd, 'strict')), false);
});

test('the text report names rejected entries as file:line: reason and inferred years', async () => {
  const cwd = setUp();
  writeFileSync(
    join(cwd, 'dumps/undated.txt'),
    `Daily Papers\n\nApr 13\n\n${entry('Cut', 'Jan 3, 2025')}Truncated\n\nabc`,
  );
  const run = await runMain(ingestMain, ['dumps', '--out', 'papers'], cwd);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Ingested 2 dumps: 44 entries, 44 papers → papers$/m);
  assert.match(
    run.stdout,
    /^ {2}dumps\/undated\.txt:13: entry "Truncated": cut off at the end of the dump before its author count and date$/m,
  );
  assert.doesNotMatch(run.stdout, /inferred year: dumps\/daily/, 'the file name gave the sample its date');
});

test('the year of a year-less date is inferred and reported when nothing names the capture day', async () => {
  const cwd = setUp();
  copyFileSync(SAMPLE, join(cwd, 'dumps/copy.txt'));
  const report = json(await ingest(cwd, 'dumps/copy.txt', '--out', 'papers'));
  assert.equal(report.papers.total, 43);
  assert.deepEqual(
    report.inferredYears.map(({ file, captured, entries }: Record<string, unknown>) => [file, captured, entries]),
    [['dumps/copy.txt', '2026-04-13', 5]],
  );
  const withFlag = json(await ingest(cwd, 'dumps/copy.txt', '--out', 'papers', '--captured', '2026-04-14', '--check'));
  assert.deepEqual(withFlag.inferredYears, []);
});

test('a capture day after today, from a file name or --captured, is refused in one line: exit 2, nothing written', async () => {
  const cwd = setUp();
  copyFileSync(SAMPLE, join(cwd, 'dumps/daily-papers-2999-01-01.txt'));
  for (const mode of [[], ['--check']]) {
    const named = await runMain(ingestMain, ['dumps', '--out', 'papers', ...mode], cwd);
    assert.equal(named.status, 2);
    assert.match(
      named.stderr,
      /^ingest: dumps\/daily-papers-2999-01-01\.txt: date 2999-01-01 in its name is a day no time zone has reached yet \(today is \d{4}-\d\d-\d\d in UTC\): no papers are listed yet\n$/,
    );
    assert.equal(named.stdout, '');
  }
  rmSync(join(cwd, 'dumps/daily-papers-2999-01-01.txt'));
  const flag = await runMain(ingestMain, ['dumps', '--captured', '2999-01-01', '--check'], cwd);
  assert.equal(flag.status, 2);
  assert.match(
    flag.stderr,
    /^ingest: --captured 2999-01-01 is a day no time zone has reached yet \(today is \d{4}-\d\d-\d\d in UTC\): no papers are listed yet\n$/,
  );
  assert.equal(flag.stdout, '');
  assert.deepEqual(readdirSync(cwd).sort(), ['content', 'dumps']);
});

test('--out naming a file is refused in one line, exit 2, with or without --check', async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, 'notes.md'), 'not a collection');
  for (const mode of [[], ['--check']]) {
    const run = await runMain(ingestMain, ['dumps', '--out', 'notes.md', ...mode], cwd);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'ingest: notes.md: not a folder\n');
    assert.equal(run.stdout, '');
  }
  assert.equal(readFileSync(join(cwd, 'notes.md'), 'utf8'), 'not a collection');
  assert.deepEqual(readdirSync(cwd).sort(), ['content', 'dumps', 'notes.md']);
});

test('unreadable input fails with exit 2 and a clear message, before writing anything', async () => {
  const cwd = setUp();
  const missing = await ingest(cwd, 'nope.txt', '--out', 'papers');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.txt: no such file or folder/);

  writeFileSync(
    join(cwd, 'dumps/latin1.txt'),
    Buffer.concat([Buffer.from('Title\n\nok\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]),
  );
  const binary = await ingest(cwd, 'dumps', '--out', 'papers');
  assert.equal(binary.status, 2);
  assert.match(binary.stderr, /dumps\/latin1\.txt:5: not valid UTF-8 text/);
  assert.equal(existsSync(join(cwd, 'papers')), false);

  // A file name is the user's text: the message names it without sending its escape sequences.
  const hostile = join(cwd, 'hostile');
  mkdirSync(hostile);
  writeFileSync(join(hostile, 'evil\u001b[2J\u001b]0;owned\u0007\u202e.txt'), Buffer.from([0x54, 0xff, 0x0a]));
  const named = await ingest(cwd, 'hostile', '--out', 'papers');
  assert.equal(named.status, 2);
  assert.match(named.stderr, /hostile\/evil<U\+202E>\.txt:1: not valid UTF-8 text/);
  assert.doesNotMatch(named.stderr, /[\u001b\u0007\u202e]/);

  const links = join(cwd, 'links');
  mkdirSync(links);
  symlinkSync(join(cwd, 'gone.txt'), join(links, 'daily-papers-2026-04-14.txt'));
  const dangling = await ingest(cwd, 'links', '--out', 'papers');
  assert.equal(dangling.status, 2);
  assert.equal(
    dangling.stderr,
    'ingest: links/daily-papers-2026-04-14.txt: a link to nothing (its target does not exist)\n',
  );
  assert.equal(existsSync(join(cwd, 'papers')), false);

  const badFlag = await ingest(cwd, 'dumps', '--captured', '2026-02-30');
  assert.equal(badFlag.status, 2);
  assert.match(badFlag.stderr, /--captured "2026-02-30": expected a real date/);

  const empty = temporaryFolder();
  assert.match((await ingest(cwd, empty)).stderr, /no dump files/);

  writeFileSync(
    join(cwd, 'bad-topics.yaml'),
    'areas:\n  language:\n    name: Language\n    description: x\n    phrases: {text: 1}\n' +
      'topics:\n  llm:\n    name: LLM\n    description: x\n    area: language\n    phrases:\n      language model: high\n',
  );
  const badTaxonomy = await ingest(cwd, 'dumps', '--taxonomy', 'bad-topics.yaml');
  assert.equal(badTaxonomy.status, 2);
  assert.match(badTaxonomy.stderr, /bad-topics\.yaml: topic "llm", field phrases\."language model": expected a weight/);
  // A taxonomy of topics alone: the sections it lacks are named.
  writeFileSync(join(cwd, 'bad-topics.yaml'), 'llm:\n  name: LLM\n  description: x\n  phrases: {LLM: 3}\n');
  const oneLevel = await ingest(cwd, 'dumps', '--taxonomy', 'bad-topics.yaml');
  assert.equal(oneLevel.status, 2);
  assert.match(
    oneLevel.stderr,
    /bad-topics\.yaml: the taxonomy, field areas: missing: the file has two sections, areas: and topics:/,
  );
});

test('leftovers of an interrupted run are cleaned; a 100,000-character abstract is fine', async () => {
  const cwd = setUp();
  mkdirSync(join(cwd, 'papers'));
  writeFileSync(join(cwd, 'papers/.a1b2c3.tmp'), 'half a file');
  writeFileSync(join(cwd, 'dumps/long-2026-04-14.txt'), entry('Long Abstract', 'Apr 1', 'word '.repeat(20_000)));
  json(await ingest(cwd, 'dumps', '--out', 'papers'));
  assert.equal(existsSync(join(cwd, 'papers/.a1b2c3.tmp')), false);
  assert.ok(readFileSync(join(cwd, 'papers/long-abstract.md'), 'utf8').length > 99_000);
});

test('--help explains the command', () => {
  const help = runScript('ingest.ts', ['--help'], temporaryFolder());
  assert.equal(help.status, 0);
  for (const option of ['--out', '--captured', '--check', '--strict', '--json'])
    assert.ok(help.stdout.includes(option), option);
});

test('npm run topics prints sizes; --explain finds a paper by title words; unknown papers exit 2', async () => {
  const cwd = setUp();
  mkdirSync(join(cwd, 'content/dumps'), { recursive: true });
  copyFileSync(SAMPLE, join(cwd, 'content/dumps/daily-papers-2026-04-13.txt'));
  const sizes = await runMain(topicsMain, [], cwd);
  assert.equal(sizes.status, 0, sizes.stderr);
  assert.match(sizes.stdout, /^Areas of 43 papers \(a paper has one\):$/m);
  assert.match(sizes.stdout, /^Topics of 43 papers/m);
  assert.match(sizes.stdout, /^ {2}other\s+0\s+0%\s+Other$/m);
  const explain = await runMain(topicsMain, ['--explain', 'Eigen-CAM', 'principal', 'components'], cwd);
  assert.equal(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, /^Eigen-CAM: Class Activation Map using Principal Components \(eigen-cam-[a-z-]+\)$/m);
  assert.match(explain.stdout, /interpretability: [\d.]+ — given/);
  // The area's evidence: its score, its topics' scores and its own phrases.
  assert.match(explain.stdout, /^ {2}area: safety$/m);
  assert.match(explain.stdout, /^ {2}area safety: [\d.]+ — given\n {6}\+[\d.]+ {2}topic interpretability$/m);
  // A process: its real exit status, and what it says on standard error.
  const missing = runScript('topics.ts', ['--explain', 'no such paper words'], cwd);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no paper with the slug or title words/);
});

test('npm run topics --explain prints titles as text, finds them by the words the site shows, and counts several', async () => {
  const cwd = setUp();
  mkdirSync(join(cwd, 'content/dumps'), { recursive: true });
  writeFileSync(
    join(cwd, 'content/dumps/daily-papers-2026-04-14.txt'),
    entry('Scaling Laws for $\\ell_2$-Regularized Linear Models', 'Apr 13') +
      entry('LongVT: Incentivizing "Thinking with Long Videos" for Tool Calling', 'Apr 13'),
  );
  // The words the site shows for the title's math; the title printed as the site shows it, not JSON-escaped.
  const math = await runMain(topicsMain, ['--explain', 'ℓ₂-Regularized'], cwd);
  assert.equal(math.status, 0, math.stderr);
  assert.match(math.stdout, /^Scaling Laws for ℓ₂-Regularized Linear Models \(scaling-laws-[a-z0-9-]+\)\n {2}area: /);
  const quoted = await runMain(topicsMain, ['--explain', 'LongVT'], cwd);
  assert.match(quoted.stdout, /^LongVT: Incentivizing "Thinking with Long Videos" for Tool Calling \(longvt-/);
  // Several: counted first, each numbered, a blank line before each.
  const both = await runMain(topicsMain, ['--explain', 'for'], cwd);
  assert.equal(both.status, 0, both.stderr);
  assert.match(both.stdout, /^2 papers match "for":\n\n1 of 2: \S/);
  assert.match(both.stdout, /\n\n2 of 2: \S/);
});
