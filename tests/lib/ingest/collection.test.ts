import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeDumps, paperKey, planCollection, type DumpEntries } from '../../../src/lib/ingest/collection.ts';
import type { DatedEntry } from '../../../src/lib/ingest/dump-dates.ts';
import { compileTaxonomy } from '../../../src/lib/topics/scoring.ts';

function entry(title: string, date: string, upvotes: number, line: number, abstract = `About ${title}.`): DatedEntry {
  return { title, abstract, authors: 2, upvotes, date, line, yearInferred: false };
}

function dump(file: string, captured: string, entries: DatedEntry[]): DumpEntries {
  const [year, month, day] = captured.split('-').map(Number) as [number, number, number];
  return { file, capture: { day: { year, month, day }, source: 'file-name', explanation: undefined }, entries };
}

/** No topics: every paper goes to `other`. */
const noTopics = compileTaxonomy({});

test('one paper, one file: sightings merge across dumps with the highest upvotes and all sources', () => {
  const papers = mergeDumps([
    dump('b.txt', '2026-04-14', [entry('Paper One', '2026-04-10', 5, 30, 'Newer abstract.')]),
    dump('a.txt', '2026-04-13', [entry('paper  one', '2026-04-10', 9, 12), entry('Paper Two', '2026-04-10', 1, 20)]),
  ], noTopics);
  assert.equal(papers.length, 2);
  const one = papers.find(({ key }) => key === paperKey('Paper One', '2026-04-10'));
  assert.ok(one);
  assert.equal(one.data.upvotes, 9);
  assert.equal(one.data.title, 'Paper One', 'the newest capture gives the text');
  assert.equal(one.abstract, 'Newer abstract.');
  assert.deepEqual(one.data.sources, [
    { file: 'a.txt', line: 12, captured: '2026-04-13' },
    { file: 'b.txt', line: 30, captured: '2026-04-14' },
  ]);
});

test('the same title on different dates is two papers', () => {
  const papers = mergeDumps([dump('a.txt', '2026-04-13', [entry('Same', '2025-01-01', 0, 1), entry('Same', '2026-01-01', 0, 9)])], noTopics);
  assert.equal(papers.length, 2);
});

test('papers get their topics from the title and abstract', () => {
  const taxonomy = compileTaxonomy({ speech: { name: 'Speech', description: 'd', phrases: { 'speech recognition': 5 } } });
  const papers = mergeDumps([dump('a.txt', '2026-04-13', [
    entry('Speech Recognition at Scale', '2025-01-01', 0, 1, 'We train a recognizer.'),
    entry('Something Else', '2025-01-01', 0, 9, 'Unrelated.'),
  ])], taxonomy);
  assert.deepEqual(papers.map(({ data }) => [data.title, data.topics]), [
    ['Something Else', ['other']],
    ['Speech Recognition at Scale', ['speech']],
  ]);
});

test('the plan: new, unchanged and updated files; papers no dump lists are removed', () => {
  const first = mergeDumps([dump('a.txt', '2026-04-13', [entry('Kept', '2025-01-01', 1, 1), entry('Gone', '2025-01-02', 1, 9)])], noTopics);
  const plan = planCollection(first, new Map());
  assert.deepEqual(plan.files.map(({ status }) => status), ['new', 'new']);
  const onDisk = new Map(plan.files.map(({ slug, text }) => [slug, text]));

  assert.deepEqual(planCollection(first, onDisk).files.map(({ status }) => status), ['unchanged', 'unchanged']);

  const second = mergeDumps([dump('a.txt', '2026-04-13', [entry('Kept', '2025-01-01', 7, 1)])], noTopics);
  const next = planCollection(second, onDisk);
  assert.deepEqual(next.files.map(({ slug, status }) => [slug, status]), [['kept', 'updated']]);
  assert.deepEqual(next.removed, ['gone']);
});

test('slugs on disk are kept for their papers; files that are not papers are left alone', () => {
  const papers = mergeDumps([dump('a.txt', '2026-04-13', [entry('Title', '2025-01-01', 1, 1), entry('Readme', '2025-01-02', 1, 9)])], noTopics);
  const renamed = planCollection(papers, new Map()).files.find(({ paper }) => paper.data.title === 'Title')?.text ?? '';
  const plan = planCollection(papers, new Map([['an-older-slug', renamed], ['junk', '---js\n{}\n---\n'], ['readme', '# Notes\n']]));
  assert.deepEqual(plan.files.map(({ slug, status }) => [slug, status]), [['an-older-slug', 'unchanged'], ['readme-2025-01-02', 'new']]);
  assert.deepEqual(plan.removed, []);
  assert.deepEqual(plan.ignored, ['junk', 'readme']);
});
