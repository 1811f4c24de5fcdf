import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abstractExcerpt } from '../../../src/lib/search/excerpt.ts';

const TITLE = 'Sparse Attention for Long Documents';
// As Pagefind indexes a record: the title (a full stop added), then the abstract.
const CONTENT = `${TITLE}. We study sparse attention in transformers. Long documents need attention that scales; our sparse kernels cut memory <b> & time.`;
const text = (parts: { text: string; marked: boolean }[]) =>
  parts.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

test("the excerpt is the abstract's: the title's matches are left out", () => {
  // "sparse" matched at 0 (title) and 7, 18 (abstract).
  assert.equal(
    text(abstractExcerpt(CONTENT, [0, 7, 18], TITLE, 8)),
    'We study [sparse] attention in transformers. Long documents …',
  );
});

test('the excerpt is the run with the most matches, with a few words before it', () => {
  // "attention" at 8 and 14, "sparse kernels" at 18 and 19.
  assert.equal(
    text(abstractExcerpt(CONTENT, [1, 8, 14, 18, 19], TITLE, 6)),
    '… that scales; our [sparse] [kernels] cut …',
  );
  assert.equal(
    text(abstractExcerpt(CONTENT, [1, 8, 14, 18, 19], TITLE, 8)),
    '… Long documents need [attention] that scales; our [sparse] …',
    'of two windows with as many matches, the earlier',
  );
});

test('a mark holds the word, not the punctuation around it', () => {
  // "transformers." at 10, "scales;" at 16.
  assert.equal(
    text(abstractExcerpt(CONTENT, [10, 16], TITLE, 10)),
    '… sparse attention in [transformers]. Long documents need attention that [scales]; …',
  );
  assert.equal(text(abstractExcerpt(`${TITLE}. A “Quiet-STaR,” run.`, [6], TITLE, 4)), 'A “[Quiet-STaR],” run.');
});

test('near the end the window keeps its length; with no match in the abstract, its start', () => {
  assert.equal(text(abstractExcerpt(CONTENT, [23], TITLE, 5)), '… cut memory <b> [&] time.');
  assert.equal(text(abstractExcerpt(CONTENT, [2], TITLE, 4)), 'We study sparse attention …');
  assert.deepEqual(abstractExcerpt(`${TITLE}.`, [0], TITLE, 10), [], 'no abstract, no excerpt');
});

test("a title's math counts as the words it was indexed with", () => {
  const title = 'Bounds for $\\ell_2$ Loss';
  // Indexed as "Bounds for l2 Loss ell 2 ℓ₂": seven words before the abstract.
  const parts = abstractExcerpt('Bounds for l2 Loss ell 2 ℓ₂. The loss is convex.', [3, 8], title, 10);
  assert.equal(text(parts), 'The [loss] is convex.');
});
