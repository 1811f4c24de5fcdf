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

test('papers with the same key each take their own arXiv id, or slug, after it: no key repeats or moves to another paper', () => {
  const key = 'li2024qwen';
  const keys = (text: string) => [...text.matchAll(/^@misc\{([^,]+),$/gm)].map(([, found]) => found);
  const qwen = savedPaper('qwen-a-model', 3, { key, arxiv: '2404.00001' });
  const tricks = savedPaper('qwen-tricks', 2, { key });
  const report = savedPaper('qwen2-report', 1, { key: 'li2024qwen2' });
  // Alone, a paper keeps its page's key; a namesake saved later does not take it over.
  assert.deepEqual(keys(savedBibtex([tricks, report], paperUrl)), [key, 'li2024qwen2']);
  const both = keys(savedBibtex([qwen, tricks, report], paperUrl));
  assert.deepEqual(both, [`${key}-2404.00001`, `${key}-qwen-tricks`, 'li2024qwen2']);
  assert.deepEqual(keys(savedBibtex([report, tricks, qwen], paperUrl)), [...both].reverse());
  // Two saved papers claiming one arXiv id fall back to their slugs.
  const twin = savedPaper('qwen-twin', 4, { key, arxiv: '2404.00001' });
  assert.deepEqual(keys(savedBibtex([qwen, twin], paperUrl)), [`${key}-qwen-a-model`, `${key}-qwen-twin`]);
});
