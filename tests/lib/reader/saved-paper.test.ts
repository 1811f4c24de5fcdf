import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asSavedPaper, savedPaperFromCard } from '../../../src/lib/reader/saved-paper.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

const card = {
  slug: 'lattice-folding',
  listed: '2026-02-01',
  topics: 'biology protein-design',
  cite: JSON.stringify({
    title: 'Lattice Folding',
    date: '2026-01-31',
    key: 'okonkwolindqvist2026lattice',
    arxiv: '2604.01234',
    authorNames: ['Ngozi Okonkwo-Lindqvist'],
  }),
};

test("a card's attributes make the saved paper, with the time it was saved", () => {
  assert.deepEqual(savedPaperFromCard(card, 1000), {
    slug: 'lattice-folding',
    listed: '2026-02-01',
    topics: ['biology', 'protein-design'],
    title: 'Lattice Folding',
    date: '2026-01-31',
    key: 'okonkwolindqvist2026lattice',
    arxiv: '2604.01234',
    authorNames: ['Ngozi Okonkwo-Lindqvist'],
    savedAt: 1000,
  });
  assert.deepEqual(savedPaperFromCard({ ...card, topics: '' }, 1)?.topics, []);
});

test('a card whose citation is not JSON, or lacks a fact, saves nothing', () => {
  assert.equal(savedPaperFromCard({ ...card, cite: '{"title":' }, 1), undefined);
  assert.equal(savedPaperFromCard({ ...card, cite: '{"title":"T","date":"2026-01-31"}' }, 1), undefined);
  assert.equal(savedPaperFromCard({ ...card, listed: '' }, 1), undefined);
});

test('read back, a saved paper keeps its own fields only', () => {
  const paper = savedPaper('a-paper', 5);
  assert.deepEqual(asSavedPaper({ ...paper, extra: '<script>' }), paper);
});

test('a title as written is kept when it is text; anything else is left out, the paper kept', () => {
  const paper = savedPaper('sorting', 5, { title: 'On k-Sorting' });
  assert.deepEqual(asSavedPaper({ ...paper, mathTitle: 'On $k$-Sorting' }), { ...paper, mathTitle: 'On $k$-Sorting' });
  for (const other of [['On $k$-Sorting'], 5, null])
    assert.deepEqual(asSavedPaper({ ...paper, mathTitle: other }), paper, JSON.stringify(other));
});

test("a value that could make a link or a key other than a paper's is refused", () => {
  const paper = savedPaper('a-paper', 5);
  for (const bad of [
    { ...paper, slug: '../../evil' },
    { ...paper, slug: 'javascript:alert(1)' },
    { ...paper, topics: ['ok', 'Not A Slug'] },
    { ...paper, key: 'key with space' },
    { ...paper, arxiv: '"><img>' },
    { ...paper, date: '2026-3-2' },
    { ...paper, authorNames: [1, 2] },
    { ...paper, savedAt: Number.NaN },
    { ...paper, title: '  ' },
  ])
    assert.equal(asSavedPaper(bad), undefined, JSON.stringify(bad));
  assert.equal(asSavedPaper(null), undefined);
  assert.equal(asSavedPaper([paper]), undefined);
});
