import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { RELATED, relatedPapers, type RelatedInput } from '../src/lib/related.ts';

const papers = [
  { id: 'asr-1', title: 'Streaming speech recognition with transducers', abstract: 'We improve streaming automatic speech recognition latency with a transducer and acoustic encoder trained on spoken audio.' },
  { id: 'asr-2', title: 'Robust acoustic models for noisy speech', abstract: 'Speech recognition in noisy audio benefits from acoustic data augmentation of spoken utterances; the transducer improves.' },
  { id: 'gnn-1', title: 'Message passing for molecular graphs', abstract: 'Graph neural networks with message passing predict molecular properties from atoms and bonds.' },
  { id: 'gnn-2', title: 'Deeper graph networks without oversmoothing', abstract: 'Message passing graph neural networks oversmooth node features; we propose residual graph pooling for molecular data.' },
  { id: 'q-1', title: 'Post-training quantization of transformers', abstract: 'Low-bit quantization of weights and activations keeps transformer accuracy with calibration.' },
  { id: 'q-2', title: 'Mixed-precision quantization search', abstract: 'We search bit widths for quantization of weights and activations under a latency budget.' },
];

test('each paper finds its own subject first, never itself', () => {
  const related = relatedPapers(papers, 3);
  for (const [id, others] of related) {
    assert.ok(!others.includes(id));
    assert.equal(others[0]?.split('-')[0], id.split('-')[0], `${id}: ${others.join(', ')}`);
  }
});

test('related lists are deterministic and bounded', () => {
  assert.deepEqual(relatedPapers(papers, 2), relatedPapers(papers, 2));
  for (const others of relatedPapers(papers, 2).values()) assert.ok(others.length <= 2);
});

test('the inverted index is bounded: a term shared by every paper is no reason to compare them all', () => {
  // 600 papers that share one distinctive word but are otherwise unrelated pairs.
  const many = Array.from({ length: 600 }, (_, i) => ({ id: `p${i}`, title: `zyzzyva topic${Math.floor(i / 2)}`, abstract: `word${Math.floor(i / 2)} unique${i}` }));
  const related = relatedPapers(many, 1);
  assert.equal(related.get('p0')?.[0], 'p1');
  assert.equal(related.get('p599')?.[0], 'p598');
  assert.ok(RELATED.papersPerTerm < many.length);
});

test('the related lists of 266 hand-written abstracts are those on file (tests/fixtures/related)', () => {
  const fixtures = new URL('fixtures/', import.meta.url);
  const papers = ['labelled', 'blind', 'holdout'].flatMap((set) =>
    (load(readFileSync(new URL(`topics/${set}.yaml`, fixtures), 'utf8')) as { papers: RelatedInput[] }).papers
      .map(({ id, title, abstract }) => ({ id: `${set}/${id}`, title, abstract })));
  const actual = Object.fromEntries(relatedPapers(papers, 5));
  const expected = new URL('related/expected.json', fixtures);
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expected, `${JSON.stringify(actual, null, 1)}\n`);
  assert.equal(Object.keys(actual).length, 266);
  assert.deepEqual(actual, JSON.parse(readFileSync(expected, 'utf8')));
});
