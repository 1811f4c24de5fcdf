/**
 * A paper file whose front matter was damaged by hand: the index refuses the collection in one
 * line naming the file and its line; the ingest writes the file again under its slug, the slug
 * registry unchanged, and says so.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScript, SAMPLE, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';

/** A project folder with the sample dump and the taxonomy where the commands look for them by default. */
function project(): string {
  const cwd = temporaryFolder();
  mkdirSync(join(cwd, 'content/dumps'), { recursive: true });
  copyFileSync(SAMPLE, join(cwd, 'content/dumps/daily-papers-2026-04-13.txt'));
  copyFileSync(TAXONOMY, join(cwd, 'content/topics.yaml'));
  return cwd;
}

const names = (folder: string) => readdirSync(folder).sort();

test('a paper file damaged by hand: the index refuses it in one line; the ingest writes it again under its slug', () => {
  const cwd = project();
  const first = runScript('ingest.ts', [], cwd);
  assert.equal(first.status, 0, first.stderr);
  const papers = join(cwd, 'content/papers');
  const files = names(papers);
  const name = files.find((file) => file.endsWith('.md')) as string;
  const path = join(papers, name);
  const original = readFileSync(path, 'utf8');
  const registry = readFileSync(join(cwd, 'content/slugs.json'), 'utf8');
  writeFileSync(path, original.replace(/^title: /m, 'title: [oops '));

  // As if a build had made the site: the index, run on it, names the file and its line.
  mkdirSync(join(cwd, 'dist'));
  writeFileSync(join(cwd, 'dist/index.html'), '');
  const index = runScript('index-search.ts', [], cwd);
  assert.equal(index.status, 2, index.stderr);
  assert.equal(index.stderr, `index: content/papers/${name}: line 3: missed comma between flow collection entries\n`);
  assert.equal(existsSync(join(cwd, 'dist/pagefind')), false, 'nothing indexed');

  const repair = runScript('ingest.ts', [], cwd);
  assert.equal(repair.status, 0, repair.stderr);
  const report = repair.stdout.split('\n');
  assert.ok(report.includes('  papers: 0 new, 1 updated, 42 unchanged, 0 removed'), repair.stdout);
  assert.ok(report.includes(`  repaired: ${name} (its front matter could not be read)`), repair.stdout);
  assert.doesNotMatch(repair.stdout, /left alone/);
  assert.equal(readFileSync(path, 'utf8'), original, 'written again, as the ingest wrote it');
  assert.deepEqual(names(papers), files, 'under its slug: no second copy');
  assert.equal(readFileSync(join(cwd, 'content/slugs.json'), 'utf8'), registry, 'no slug given');

  const again = runScript('ingest.ts', ['--json'], cwd);
  assert.equal(again.status, 0, again.stderr);
  const { papers: counts, removed, repaired } = JSON.parse(again.stdout);
  assert.deepEqual(counts, { total: 43, new: 0, updated: 0, unchanged: 43, removed: 0 });
  assert.deepEqual([removed, repaired], [[], []]);

  const indexed = runScript('index-search.ts', [], cwd);
  assert.equal(indexed.status, 0, indexed.stderr);
});

test('a damaged file the slug registry does not know is left alone, as any file that is not a paper', () => {
  const cwd = project();
  mkdirSync(join(cwd, 'content/papers'));
  writeFileSync(join(cwd, 'content/papers/notes.md'), '---\ntitle: [oops\n---\n');
  const run = runScript('ingest.ts', [], cwd);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^ {2}left alone: notes\.md \(not a paper file\)$/m);
  assert.doesNotMatch(run.stdout, /repaired/);
  assert.equal(readFileSync(join(cwd, 'content/papers/notes.md'), 'utf8'), '---\ntitle: [oops\n---\n');
});
