import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { RELATED, relatedPapers, type RelatedInput } from '../src/lib/related.ts';

const papers = [
  { id: 'asr-1', title: 'Streaming speech recognition with transducers', abstract: 'We improve streaming automatic speech recognition latency with a transducer and acoustic encoder trained on spoken audio.', date: '2026-01-02' },
  { id: 'asr-2', title: 'Robust acoustic models for noisy speech', abstract: 'Speech recognition in noisy audio benefits from acoustic data augmentation of spoken utterances; the transducer improves.', date: '2026-01-02' },
  { id: 'gnn-1', title: 'Message passing for molecular graphs', abstract: 'Graph neural networks with message passing predict molecular properties from atoms and bonds.', date: '2026-01-02' },
  { id: 'gnn-2', title: 'Deeper graph networks without oversmoothing', abstract: 'Message passing graph neural networks oversmooth node features; we propose residual graph pooling for molecular data.', date: '2026-01-02' },
  { id: 'q-1', title: 'Post-training quantization of transformers', abstract: 'Low-bit quantization of weights and activations keeps transformer accuracy with calibration.', date: '2026-01-02' },
  { id: 'q-2', title: 'Mixed-precision quantization search', abstract: 'We search bit widths for quantization of weights and activations under a latency budget.', date: '2026-01-02' },
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
  const many = Array.from({ length: 600 }, (_, i) => ({ id: `p${i}`, title: `zyzzyva topic${Math.floor(i / 2)}`, abstract: `word${Math.floor(i / 2)} unique${i}`, date: '2026-01-02' }));
  const related = relatedPapers(many, 1);
  assert.equal(related.get('p0')?.[0], 'p1');
  assert.equal(related.get('p599')?.[0], 'p598');
  assert.ok(RELATED.papersPerTerm < many.length);
});

/** The 266 hand-written abstracts of tests/fixtures/topics, with ids `<set>/<id>`, dated by `dateOf`. */
function fixturePapers(dateOf: (index: number) => string): RelatedInput[] {
  const fixtures = new URL('fixtures/', import.meta.url);
  return ['labelled', 'blind', 'holdout'].flatMap((set) =>
    (load(readFileSync(new URL(`topics/${set}.yaml`, fixtures), 'utf8')) as { papers: Omit<RelatedInput, 'date'>[] }).papers
      .map(({ id, title, abstract }) => ({ id: `${set}/${id}`, title, abstract })))
    .map((paper, index) => ({ ...paper, date: dateOf(index) }));
}

test('the related lists of 266 hand-written abstracts are those on file (tests/fixtures/related)', () => {
  // All of one day: a young archive, whose every paper counts for term rarity.
  const actual = Object.fromEntries(relatedPapers(fixturePapers(() => '2026-01-02'), 5));
  const expected = new URL('fixtures/related/expected.json', import.meta.url);
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expected, `${JSON.stringify(actual, null, 1)}\n`);
  assert.equal(Object.keys(actual).length, 266);
  assert.deepEqual(actual, JSON.parse(readFileSync(expected, 'utf8')));
});

/** Adds each of `added` (papers of the newest month) last, and checks no list it did not enter changed. */
function assertListsStable(papers: readonly RelatedInput[], added: readonly RelatedInput[]): void {
  for (const paper of added) {
    const before = relatedPapers(papers.filter((other) => other !== paper), 5);
    const after = relatedPapers(papers, 5);
    for (const [id, list] of before) {
      const now = after.get(id) as string[];
      if (!now.includes(paper.id)) assert.deepEqual(now, list, `${id}'s list changed without ${paper.id} in it`);
    }
  }
}

test('a paper of the newest month changes no other list but those it enters', () => {
  // A year of archive, then a month that grows by one paper at a time.
  const papers = fixturePapers((index) => (index < 230 ? `2025-${String((index % 12) + 1).padStart(2, '0')}-15` : '2026-01-05'));
  assertListsStable(papers, papers.slice(230));
});

test('nor does it push an older paper out of a term\'s bounded list (which would change older pairs\' scores)', () => {
  // 900 papers of 12 + 12 words from a vocabulary of 100: every word's list is cut to the strongest 200.
  let seed = 7;
  const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % below);
  const vocabulary = Array.from({ length: 100 }, (_, i) => `term${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const text = () => Array.from({ length: 12 }, () => vocabulary[random(vocabulary.length)]).join(' ');
  const papers = Array.from({ length: 900 }, (_, i) => ({ id: `p${String(i).padStart(3, '0')}`, title: text(), abstract: text(), date: i % 30 === 0 ? '2026-01-05' : '2025-06-01' }));
  assert.ok(RELATED.papersPerTerm * 3 < papers.length);
  assertListsStable(papers, papers.filter(({ date }) => date === '2026-01-05').slice(0, 5));
});

test('term rarity comes from the months before the newest: a word new this month counts as rare', () => {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const older = words.map((word, i) => ({ id: `old${i}`, title: 'Topic', abstract: `Common words about ${word} and more`, date: '2025-06-01' }));
  // Each new paper shares a word with an old one, and all share "zorblax": over every paper it
  // is in 6 of 16 (common: new0 would be closest to old0), over the older ones in none.
  const newer = words.slice(0, 6).map((word, i) => ({ id: `new${i}`, title: 'Zorblax', abstract: `Zorblax common words about ${word} and more`, date: '2025-07-01' }));
  assert.match(relatedPapers([...older, ...newer], 1).get('new0')?.[0] ?? '', /^new/);
});
