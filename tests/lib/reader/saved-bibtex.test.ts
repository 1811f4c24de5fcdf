import assert from 'node:assert/strict';
import { test } from 'node:test';
import { savedBibtex } from '../../../src/lib/reader/saved-bibtex.ts';
import { bibtexEntry, citationKey } from '../../../src/lib/site/bibtex.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

const paperUrl = (slug: string) => `https://example.org/papers/${slug}/`;

test('each saved paper is cited as its page cites it, in the order listed', () => {
  const arxiv = {
    title: 'Lattice Folding Networks',
    date: '2026-01-31',
    arxiv: '2604.01234',
    authorNames: ['Mei Tanaka'],
  };
  const plain = { title: 'The Art of Scaling', date: '2026-04-13' };
  const papers = [
    savedPaper('lattice', 2, { ...arxiv, key: citationKey(arxiv) }),
    savedPaper('art', 1, { ...plain, key: citationKey(plain) }),
  ];
  assert.equal(
    savedBibtex(papers, paperUrl),
    `${bibtexEntry({ ...arxiv, url: paperUrl('lattice') })}\n${bibtexEntry({ ...plain, url: paperUrl('art') })}`,
  );
  assert.match(savedBibtex(papers, paperUrl), /eprint = \{2604\.01234\}/);
  assert.match(savedBibtex(papers, paperUrl), /url = \{https:\/\/example\.org\/papers\/art\/\}/);
});

test('papers with the same key get 2, 3, … by slug, whatever order they were saved in', () => {
  const key = 'tanaka2026lattice';
  const keys = (text: string) => [...text.matchAll(/^@misc\{(\w+),$/gm)].map(([, found]) => found);
  const b = savedPaper('b-paper', 3, { key });
  const a = savedPaper('a-paper', 2, { key });
  const c = savedPaper('c-paper', 1, { key });
  assert.deepEqual(keys(savedBibtex([b, a, c], paperUrl)), [`${key}2`, key, `${key}3`]);
  assert.deepEqual(keys(savedBibtex([c, b, a], paperUrl)), [`${key}3`, `${key}2`, key]);
});
