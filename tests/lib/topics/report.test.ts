import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatResults } from '../../../src/lib/search/report.ts';
import {
  formatExplanation,
  formatExplanations,
  formatSizes,
  matchesPaper,
  labelSizes,
} from '../../../src/lib/topics/report.ts';
import { compileTaxonomy, scoreEvidence } from '../../../src/lib/topics/scoring.ts';
import { taxonomyOf } from '../../helpers/taxonomy.ts';

const taxonomy = taxonomyOf(
  {
    speech: { name: 'Speech', phrases: { 'speech recognition': 5 }, area: 'audio' },
    graphs: { name: 'Graphs', phrases: { graph: 2 } },
    unused: { name: 'Unused', phrases: { nothing: 1 } },
  },
  {
    learning: { name: 'Learning', description: 'd', phrases: { training: 2 }, weight: 0.5 },
    audio: { name: 'Audio', description: 'd', phrases: { spoken: 3 } },
  },
);

test('topic sizes: largest first, unused topics at 0, other last, shares in the text', () => {
  const sizes = labelSizes(taxonomy.topics, [['speech'], ['speech', 'graphs'], ['other']]);
  assert.deepEqual(
    sizes.map(({ slug, papers }) => [slug, papers]),
    [
      ['speech', 2],
      ['graphs', 1],
      ['unused', 0],
      ['other', 1],
    ],
  );
  const areas = labelSizes(taxonomy.areas, [['audio'], ['audio'], ['other']]);
  const text = formatSizes(areas, sizes, 3);
  assert.match(text, /^Areas of 3 papers/m);
  assert.match(text, /^ {2}audio\s+2\s+67%\s+Audio$/m);
  assert.match(text, /^ {2}speech\s+2\s+67%\s+Speech$/m);
  assert.match(text, /1 topics have no paper/);
});

test('an explanation names every scoring area and topic, their phrases and verdicts', () => {
  const compiled = compileTaxonomy(taxonomy);
  const title = 'Speech recognition at scale';
  const { topics: scores, areas } = scoreEvidence(compiled, { title, abstract: 'one graph, spoken, training' });
  const text = formatExplanation({ slug: 's', title, area: 'audio', topics: ['speech'], scores, areas });
  assert.match(text, /^ {2}area: audio$/m);
  assert.match(text, /area audio: 18 — given\n {6}\+15 {2}topic speech\n {6}\+3 {2}"spoken" \(abstract ×1\)/);
  assert.match(
    text,
    /area learning: 2 — not the best\n {6}\+2 {2}topic graphs\n {6}\+2 {2}"training" \(abstract ×1\)\n {6}×0\.5 {2}the area's weight/,
  );
  assert.match(text, /speech: 15 — given/);
  assert.match(text, /\+15 {2}"speech recognition" \(title ×1\)/);
  assert.match(text, /graphs: 2 — below the threshold 4/);
});

test('an explanation names its paper by the title as the site shows it, safe for a terminal', () => {
  const explained = (slug: string, title: string) =>
    formatExplanation({ slug, title, area: 'other', topics: ['other'], scores: [], areas: [] });
  assert.match(
    explained('s', 'LongVT: Incentivizing "Thinking" with $\\ell_2$\u001b[31m Losses\u202e'),
    /^LongVT: Incentivizing "Thinking" with ℓ₂ Losses<U\+202E> \(s\)\n {2}area: other$/m,
  );
});

test('several explanations are counted first and numbered; one is printed alone', () => {
  const one = { slug: 'a', title: 'A', area: 'other', topics: ['other'], scores: [], areas: [] };
  const two = { ...one, slug: 'b', title: 'B' };
  assert.equal(formatExplanations([one], 'a'), formatExplanation(one));
  const text = formatExplanations([one, two], 'words\u001b[2J');
  assert.equal(
    text,
    `2 papers match "words":\n\n1 of 2: ${formatExplanation(one)}\n\n2 of 2: ${formatExplanation(two)}`,
  );
});

test('a paper is found by its slug or by words of its title, as written or as the site shows it', () => {
  assert.equal(matchesPaper('eigen-cam', 'eigen-cam', 'Eigen-CAM: Class Activation Map'), true);
  assert.equal(matchesPaper('class  eigen', 'x', 'Eigen-CAM: Class Activation Map'), true);
  assert.equal(matchesPaper('class graph', 'x', 'Eigen-CAM: Class Activation Map'), false);
  assert.equal(matchesPaper('  ', 'x', 'Eigen-CAM'), false);
  const math = 'Scaling Laws for $\\ell_2$-Regularized Models';
  for (const query of ['ℓ₂-Regularized', 'l2-regularized', '$\\ell_2$-Regularized', 'ell 2 scaling'])
    assert.equal(matchesPaper(query, 'x', math), true, query);
  assert.equal(matchesPaper('ℓ₃-Regularized', 'x', math), false);
});

test('terminal search results: ranked lines, escape sequences and controls dropped, bidi controls shown', () => {
  const text = formatResults(
    [
      {
        rank: 1,
        title: 'A\u001b[31m title\u202e\nfdp.exe',
        date: '2024-01-01',
        listed: '2026-04-13',
        upvotes: 3,
        topics: ['Speech'],
        authors: [],
        code: null,
        url: '/papers/a/',
        link: '/srv/dist/papers/a/index.html',
        excerpt: '',
      },
    ],
    12,
    'none',
  );
  assert.equal(
    text,
    '12 papers found, showing 1:\n  1. A title<U+202E> fdp.exe\n     listed 2026-04-13 · published 2024-01-01 · 3 upvotes · Speech\n     /srv/dist/papers/a/index.html',
  );
  assert.equal(formatResults([], 0, 'No papers match “x\u001b[2J”.'), 'No papers match “x”.');
  const credited = formatResults(
    [
      {
        rank: 1,
        title: 'T',
        date: '2025-12-01',
        listed: '',
        upvotes: 1,
        topics: [],
        authors: ['Zuhao Yang', 'Sudong\u001b[2J Wang', 'Kaichen Zhang', 'Bo Li'],
        code: 'https://github.com/o/r',
        url: '/papers/t/',
        link: 'https://papers.example.org/papers/t/',
        excerpt: '',
      },
    ],
    1,
    'none',
    'kaichen zhang',
  );
  assert.equal(
    credited,
    '1 paper found:\n  1. T\n     2025-12-01 · 1 upvote\n     Zuhao Yang, Sudong Wang, … Kaichen Zhang, … 4 authors · code: https://github.com/o/r\n     https://papers.example.org/papers/t/',
  );
});
