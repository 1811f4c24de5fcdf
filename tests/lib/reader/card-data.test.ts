import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardAttributes } from '../../../src/lib/reader/card-data.ts';
import { savedPaperFromCard } from '../../../src/lib/reader/saved-paper.ts';

const paper = {
  slug: 'lattice-folding',
  listed: '2026-02-01',
  title: 'Lattice Folding Networks',
  date: '2026-01-31',
  arxiv: '2604.01234',
  authorNames: ['Ngozi Okonkwo-Lindqvist', 'Mei Tanaka'],
  topics: [{ slug: 'biology' }, { slug: 'generative' }],
};

test("a card's attributes: slug, listing day, topics' slugs and the citation with its page's key", () => {
  const attributes = cardAttributes(paper);
  assert.deepEqual(
    { ...attributes, cite: JSON.parse(attributes.cite) },
    {
      slug: 'lattice-folding',
      listed: '2026-02-01',
      topics: 'biology generative',
      cite: {
        title: 'Lattice Folding Networks',
        date: '2026-01-31',
        key: 'okonkwolindqvist2026lattice',
        arxiv: '2604.01234',
        authorNames: ['Ngozi Okonkwo-Lindqvist', 'Mei Tanaka'],
      },
    },
  );
});

test('a title with math: the citation is its text, with its key, and carries the title as written to typeset', () => {
  const math = cardAttributes({
    ...paper,
    title: 'Sorting with k-wise Comparisons',
    mathTitle: 'Sorting with $k$-wise Comparisons',
  });
  const saved = savedPaperFromCard(math, 7);
  assert.equal(saved?.title, 'Sorting with k-wise Comparisons');
  assert.equal(saved?.mathTitle, 'Sorting with $k$-wise Comparisons');
  assert.equal(saved?.key, 'okonkwolindqvist2026sorting');
});

test('a paper without an id or names carries neither; what a card carries saves the paper', () => {
  const plain = cardAttributes({ ...paper, arxiv: undefined, authorNames: undefined, topics: [] });
  assert.deepEqual(JSON.parse(plain.cite), {
    title: 'Lattice Folding Networks',
    date: '2026-01-31',
    key: 'paper2026lattice',
  });
  assert.equal(savedPaperFromCard(plain, 7)?.key, 'paper2026lattice');
  assert.equal(savedPaperFromCard(cardAttributes(paper), 7)?.arxiv, '2604.01234');
});
