import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main as ingestMain } from '../../scripts/ingest.ts';
import { readPaperFile } from '../../src/lib/ingest/paper-file.ts';
import { runMain, TAXONOMY, temporaryFolder, type Run } from '../helpers/cli.ts';
import { textEntry } from '../helpers/text-dump.ts';

const SAMPLES = new URL('../fixtures/api/', import.meta.url).pathname;
const TEXT_SAMPLE = new URL('../../content/dumps/daily-papers-2026-04-13.txt', import.meta.url).pathname;

function ingest(cwd: string, ...args: string[]): Promise<Run> {
  return runMain(ingestMain, ['--json', ...args], cwd);
}

function json(run: Run) {
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** A project with the text sample and both JSON samples in content/dumps. */
function setUp(): string {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'content/dumps'), { recursive: true });
  cpSync(TAXONOMY, join(cwd, 'content/topics.yaml'));
  cpSync(TEXT_SAMPLE, join(cwd, 'content/dumps/daily-papers-2026-04-13.txt'));
  for (const name of readdirSync(SAMPLES)) cpSync(join(SAMPLES, name), join(cwd, 'content/dumps', name));
  return cwd;
}

const frontMatter = (cwd: string, slug: string) =>
  readPaperFile(readFileSync(join(cwd, 'content/papers', `${slug}.md`), 'utf8')).data;

test('the text sample and both JSON samples: every paper once, authors and links kept; a rerun writes nothing', async () => {
  const cwd = setUp();
  const first = json(await ingest(cwd));
  assert.equal(first.papers.total, 85);
  assert.deepEqual(
    first.dumps.map(({ file, entries, capturedFrom }: Record<string, unknown>) => [file, entries, capturedFrom]),
    [
      ['content/dumps/daily-papers-2026-04-13.txt', 43, 'file-name'],
      ['content/dumps/hf-api-daily-papers-2024-03-15.json', 14, 'listing'],
      ['content/dumps/hf-api-daily-papers-2025-12-02.json', 28, 'listing'],
    ],
  );
  const data = frontMatter(cwd, 'accelerating-streaming-video-large-language-models-via-hierarchical-token');
  assert.equal(data.arxiv, '2512.00891');
  assert.equal(data.github, 'https://github.com/lern-to-write/STC');
  assert.equal((data.authorNames as string[]).length, data.authors);
  assert.deepEqual(data.sources, [
    { file: 'content/dumps/hf-api-daily-papers-2025-12-02.json', item: 14, captured: '2025-12-02' },
  ]);
  assert.equal(json(await ingest(cwd)).papers.unchanged, 85);
});

test('a fresh clone (dumps and the slug registry, no collection) gives every paper the slug it had', async () => {
  const cwd = setUp();
  const entry = (date: string) => textEntry('Same Title', date);
  writeFileSync(join(cwd, 'content/dumps/first-2026-04-20.txt'), entry('Apr 18'));
  json(await ingest(cwd));
  writeFileSync(join(cwd, 'content/dumps/second-2026-04-21.txt'), entry('Apr 21'));
  json(await ingest(cwd));
  const slugs = readdirSync(join(cwd, 'content/papers'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  assert.ok(slugs.includes('same-title.md') && slugs.includes('same-title-2026-04-21.md'));
  const registry = readFileSync(join(cwd, 'content/slugs.json'), 'utf8');
  assert.match(registry, /\n {2}"same-title": "2026-04-18 same title",\n/);

  // The collection is lost, and the first namesake's dump deleted: the second keeps its slug, and
  // the first's slug goes to no one else.
  rmSync(join(cwd, 'content/papers'), { recursive: true });
  rmSync(join(cwd, 'content/dumps/first-2026-04-20.txt'));
  json(await ingest(cwd));
  const after = readdirSync(join(cwd, 'content/papers')).filter((name) => name.endsWith('.md'));
  assert.deepEqual(after.sort(), slugs.filter((name) => name !== 'same-title.md').sort());
  assert.equal(readFileSync(join(cwd, 'content/slugs.json'), 'utf8'), registry, 'a slug once given stays recorded');
});

test('a slug registry that is not JSON is named with its line and column, exit 2, nothing written', async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, 'content/slugs.json'), '{\n  "a": "b",\n}\n');
  const run = await runMain(ingestMain, [], cwd);
  assert.equal(run.status, 2);
  assert.equal(
    run.stderr,
    'ingest: content/slugs.json:3:1: not JSON; restore it from git (it records the permalinks given)\n',
  );
  assert.deepEqual(readdirSync(join(cwd, 'content')).sort(), ['dumps', 'slugs.json', 'topics.yaml']);
});

test('a JSON dump that is not JSON stops the run, named with line and column; refused items are named, the rest kept', async () => {
  const cwd = setUp();
  writeFileSync(join(cwd, 'content/dumps/hf-2026-01-02.json'), '[\n  {"title": "x", "paper": }\n]\n');
  const broken = await runMain(ingestMain, [], cwd);
  assert.equal(broken.status, 2);
  assert.equal(
    broken.stderr,
    "ingest: content/dumps/hf-2026-01-02.json: line 2, column 27: not JSON (Unexpected token '}')\n",
  );
  writeFileSync(
    join(cwd, 'content/dumps/hf-2026-01-02.json'),
    JSON.stringify([{ title: 'No date', paper: { id: '2601.00001' } }, 'junk']),
  );
  const report = await runMain(ingestMain, [], cwd);
  assert.equal(report.status, 0, report.stderr);
  assert.match(
    report.stdout,
    /\n {2}content\/dumps\/hf-2026-01-02\.json: item 1 \(2601\.00001\): no publication date \(paper\.publishedAt\)\n {2}content\/dumps\/hf-2026-01-02\.json: item 2: not an object\n$/,
  );
  assert.equal((await runMain(ingestMain, ['--strict'], cwd)).status, 1);
});
