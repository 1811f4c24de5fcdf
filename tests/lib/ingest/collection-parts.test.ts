import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fileStatus, layoutCollection, mergeDumps, mergeEntries, planCollection, prepareEntries, type DumpEntries,
} from '../../../src/lib/ingest/collection.ts';
import type { DatedEntry } from '../../../src/lib/ingest/dump-dates.ts';
import { assignTopics, capTopics, compileTaxonomy, paperTopics } from '../../../src/lib/topics/scoring.ts';

const taxonomy = compileTaxonomy({
  speech: { name: 'Speech', description: 'd', phrases: { 'speech recognition': 5, ASR: 4 } },
  graphs: { name: 'Graphs', description: 'd', phrases: { 'graph neural network': 5, graph: 2 } },
});

function entry(title: string, date: string, upvotes: number, line: number, abstract = `About ${title}.`): DatedEntry {
  return { title, abstract, authors: 2, upvotes, date, line, yearInferred: false };
}

function dump(file: string, captured: string, entries: DatedEntry[]): DumpEntries {
  const [year, month, day] = captured.split('-').map(Number) as [number, number, number];
  return { file, capture: { day: { year, month, day }, source: 'file-name', explanation: undefined }, entries };
}

const dumps = [
  dump('b.txt', '2026-04-14', [entry('Speech Recognition at Scale', '2026-04-10', 5, 30, 'A graph neural network for ASR.')]),
  dump('a.txt', '2026-04-13', [entry('speech  recognition at scale', '2026-04-10', 9, 12), entry('Graphs', '2026-04-10', 1, 20, 'A graph.')]),
];

test('entries merge from their facts alone: what a thread hands over gives the same papers', () => {
  const facts = dumps.map((d) => ({
    ...d,
    entries: prepareEntries(d.entries, taxonomy).map(({ title, date, authors, upvotes, line, key, topics }) => ({ title, date, authors, upvotes, line, key, topics })),
  }));
  const merged = mergeEntries(facts);
  const papers = mergeDumps(dumps, taxonomy);
  assert.deepEqual(merged.map(({ key, data }) => ({ key, data })), papers.map(({ key, data }) => ({ key, data })));
  assert.deepEqual(merged.map(({ newest }) => newest.line), [20, 30], 'by key; the newest capture');
});

test('a plan is its layout plus each file rendered and compared with the one on disk', () => {
  const papers = mergeDumps(dumps, taxonomy);
  const first = planCollection(papers, new Map());
  const onDisk = new Map(first.files.map(({ slug, text }) => [slug, text]));
  onDisk.set('graphs', `${onDisk.get('graphs')}edited`);
  const plan = planCollection(papers, onDisk);
  const layout = layoutCollection(papers, onDisk);
  assert.deepEqual(plan.files.map(({ slug }) => slug), papers.map(({ key }) => layout.slugs.get(key)));
  assert.deepEqual(plan.files.map(({ slug, text }) => fileStatus(text, onDisk.get(slug))), ['updated', 'unchanged']);
  assert.deepEqual(plan.files.map(({ status }) => status), ['updated', 'unchanged']);
  assert.equal(fileStatus('x', undefined), 'new');
});

test("topics: a paper's qualifying topics with their scores, then the collection's cap", () => {
  const { topics, scores } = paperTopics(taxonomy, 'Speech Recognition with Graph Neural Networks', 'ASR on a graph.');
  assert.deepEqual(topics, ['speech', 'graphs']);
  assert.equal(scores.length, 2);
  assert.ok((scores[0] as number) >= (scores[1] as number));
  const papers = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, title: i % 3 ? 'Speech recognition' : 'Graph neural network', abstract: 'graph ASR' }));
  const capped = capTopics([...papers].reverse().map(({ key, title, abstract }) => ({ key, ...paperTopics(taxonomy, title, abstract) })));
  assert.deepEqual([...capped].sort(), [...assignTopics(taxonomy, papers)].sort(), 'whatever the order');
});
