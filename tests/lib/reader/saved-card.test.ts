import assert from 'node:assert/strict';
import { test } from 'node:test';
import { savedCard } from '../../../src/lib/reader/saved-card.ts';
import { savedPaperFromCard } from '../../../src/lib/reader/saved-paper.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

const urls = createUrls('/digest/');

test("a saved paper's card: its page under the base path, its dates, names and arXiv id", () => {
  const card = savedCard(
    savedPaper('lattice', 1, {
      date: '2026-01-31',
      listed: '2026-02-01',
      arxiv: '2604.01234',
      authorNames: ['Mei Tanaka'],
    }),
    urls,
  );
  assert.equal(card.url, '/digest/papers/lattice/');
  assert.equal(card.meta, 'Published January 31, 2026 · listed February 1, 2026 · Mei Tanaka · arXiv:2604.01234');
});

test('a saved card carries the attributes a listed card does, so its toggle saves the same paper', () => {
  const paper = savedPaper('lattice', 1, { topics: ['theory', 'biology'], authorNames: ['Mei Tanaka'] });
  const { attributes } = savedCard(paper, urls);
  assert.deepEqual(savedPaperFromCard(attributes, 1), paper);
  const withMath = savedPaper('sorting', 2, { title: 'On k-Sorting', mathTitle: 'On $k$-Sorting' });
  const card = savedCard(withMath, urls);
  assert.equal(card.mathTitle, 'On $k$-Sorting', 'typeset on the card');
  assert.deepEqual(savedPaperFromCard(card.attributes, 2), withMath);
});

test("a saved card typesets only its own title's math: another title, or one without math, reads as text", () => {
  for (const other of ['Another $k$ Title', 'On k-Sorting', 'On $k$-Sorting, revised'])
    assert.equal(
      savedCard(savedPaper('sorting', 2, { title: 'On k-Sorting', mathTitle: other }), urls).mathTitle,
      undefined,
    );
});
