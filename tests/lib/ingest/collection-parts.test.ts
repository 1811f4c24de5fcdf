import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  entryFacts,
  fileStatus,
  layoutCollection,
  mergeEntries,
  paperFileKey,
  prepareEntries,
  type DumpEntries,
} from '../../../src/lib/ingest/collection.ts';
import { planCollection } from '../../../src/lib/ingest/collection-plan.ts';
import type { DatedEntry } from '../../../src/lib/ingest/dump-dates.ts';
import { paperFileText } from '../../../src/lib/ingest/paper-file.ts';
import { textHash } from '../../../src/lib/common/files.ts';
import { capTopics, compileTaxonomy, paperTopics } from '../../../src/lib/topics/scoring.ts';
import { assignTopics } from '../../helpers/collection.ts';
import { taxonomyOf } from '../../helpers/taxonomy.ts';

const taxonomy = compileTaxonomy(
  taxonomyOf({
    speech: { name: 'Speech', description: 'd', phrases: { 'speech recognition': 5, ASR: 4 } },
    graphs: { name: 'Graphs', description: 'd', phrases: { 'graph neural network': 5, graph: 2 } },
  }),
);

function entry(title: string, date: string, upvotes: number, line: number, abstract = `About ${title}.`): DatedEntry {
  return { title, abstract, authors: 2, upvotes, date, line, yearInferred: false };
}

function dump(file: string, captured: string, entries: DatedEntry[]): DumpEntries {
  const [year, month, day] = captured.split('-').map(Number) as [number, number, number];
  return {
    file,
    format: 'text',
    capture: { day: { year, month, day }, source: 'file-name', explanation: undefined },
    entries,
  };
}

const dumps = [
  dump('b.txt', '2026-04-14', [
    entry('Speech Recognition at Scale', '2026-04-10', 5, 30, 'A graph neural network for ASR.'),
  ]),
  dump('a.txt', '2026-04-13', [
    entry('speech  recognition at scale', '2026-04-10', 9, 12),
    entry('Graphs', '2026-04-10', 1, 20, 'A graph.'),
  ]),
];
const prepared = dumps.map((d) => ({ ...d, entries: prepareEntries(d.entries, taxonomy) }));

test('entries merge from their facts alone: what a thread hands over gives the same papers', () => {
  const facts = prepared.map((d) => ({
    ...d,
    entries: d.entries.map(entryFacts),
  }));
  const merged = mergeEntries(facts);
  const papers = mergeEntries(prepared);
  assert.deepEqual(
    merged.map(({ key, data }) => ({ key, data })),
    papers.map(({ key, data }) => ({ key, data })),
  );
  assert.deepEqual(
    merged.map(({ newest }) => newest.line),
    [20, 30],
    'by key; the newest capture',
  );
});

test('a plan is its layout plus, for each file, the hash of the one on disk to compare its text with', () => {
  const papers = mergeEntries(prepared);
  const texts = new Map(
    planCollection(papers, new Map()).papers.map(({ slug, data, newest }) => [slug, paperFileText(data, newest.body)]),
  );
  texts.set('graphs', `${texts.get('graphs')}edited`);
  const onDisk = new Map(
    [...texts].map(([slug, text]) => [
      slug,
      { key: paperFileKey(text), hash: textHash(text), stat: { size: 0, mtimeMs: 0 } },
    ]),
  );
  const plan = planCollection(papers, onDisk);
  const layout = layoutCollection(papers, new Map([...texts].map(([slug, text]) => [slug, paperFileKey(text)])));
  assert.deepEqual(
    plan.papers.map(({ slug }) => slug),
    papers.map(({ key }) => layout.slugs.get(key)),
  );
  assert.deepEqual(
    plan.papers.map(({ slug, before }) => before === textHash(texts.get(slug) ?? '')),
    [true, true],
  );
  const statuses = plan.papers.map(({ data, newest, before }) =>
    fileStatus(textHash(paperFileText(data, newest.body)), before),
  );
  assert.deepEqual(statuses, ['updated', 'unchanged']);
  assert.equal(fileStatus('x', undefined), 'new');
});

test('a slug two papers once had goes to the one that had it last, whatever their order', () => {
  const data = { title: 'Foo', date: '2026-04-10' } as Parameters<typeof layoutCollection>[0][number]['data'];
  const given = new Map([['foo', ['2026-04-10 foo', '2026-04-11 foo', 'arxiv:2604.00001']]]);
  const [older, later] = [
    { key: '2026-04-10 foo', data },
    { key: '2026-04-11 foo', data },
  ];
  for (const papers of [
    [older, later],
    [later, older],
  ])
    assert.equal(layoutCollection(papers, new Map(), given).slugs.get(later.key), 'foo');
});

test("topics: a paper's qualifying topics with their scores, then the collection's cap", () => {
  const { topics, scores } = paperTopics(taxonomy, {
    title: 'Speech Recognition with Graph Neural Networks',
    abstract: 'ASR on a graph.',
  });
  assert.deepEqual(topics, ['speech', 'graphs']);
  assert.equal(scores.length, 2);
  assert.ok((scores[0] as number) >= (scores[1] as number));
  const papers = Array.from({ length: 30 }, (_, i) => ({
    key: `k${i}`,
    title: i % 3 ? 'Speech recognition' : 'Graph neural network',
    abstract: 'graph ASR',
  }));
  const capped = capTopics(
    [...papers].reverse().map(({ key, title, abstract }) => ({ key, ...paperTopics(taxonomy, { title, abstract }) })),
  );
  assert.deepEqual([...capped].sort(), [...assignTopics(taxonomy, papers)].sort(), 'whatever the order');
});

test("an entry's keywords (JSON dumps) add to its text's evidence, and its paper gets the area", () => {
  const listed = compileTaxonomy(
    taxonomyOf(
      { speech: { name: 'Speech', phrases: { ASR: 2 }, area: 'audio' } },
      { audio: { name: 'Audio', description: 'd', phrases: { spoken: 3 } } },
    ),
  );
  const plain = entry('A study', '2025-01-01', 0, 1, 'Better ASR.');
  const withKeywords = { ...plain, line: 9, details: { keywords: ['ASR', 'spoken language'] } };
  const [without, withThem] = prepareEntries([plain, withKeywords], listed);
  assert.deepEqual(without?.topics, { topics: [], scores: [], area: 'other' });
  assert.deepEqual(withThem?.topics, { topics: ['speech'], scores: [4], area: 'audio' });
  const [paper] = mergeEntries(
    [dump('a.json', '2026-04-13', [withThem as DatedEntry])].map((d) => ({
      ...d,
      entries: prepareEntries(d.entries, listed),
    })),
  );
  assert.equal(paper?.data.area, 'audio');
});
