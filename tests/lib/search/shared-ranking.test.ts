import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addFilterCounts,
  bm25Idf,
  meaningfulMatch,
  queryTerms,
  quotedPhrases,
  shardWeights,
} from '../../../src/lib/search/shared-ranking.ts';

test("IDF is Pagefind's: a rarer word weighs more, a word in every page next to nothing", () => {
  assert.ok(bm25Idf(1000, 1) > bm25Idf(1000, 100));
  assert.ok(bm25Idf(1000, 1000) < 0.001);
  assert.equal(bm25Idf(10, 0), Math.log(10.5 / 0.5 + 1));
});

test("a query's words are searched as Pagefind normalizes them, each once", () => {
  assert.deepEqual(queryTerms('  Café  self-attention, ATTENTION (RLHF)! '), [
    'cafe',
    'selfattention',
    'attention',
    'rlhf',
  ]);
  assert.deepEqual(queryTerms(' '), []);
  // Symbols are no words in the index: a query with them must not ask for them.
  assert.deepEqual(queryTerms('model + c++ = $\\ell_2$ ~'), ['model', 'c', 'ell2']);
});

test('a loose match counts only when the paper has a word beginning like the query word', () => {
  assert.equal(meaningfulMatch('xyzzyqwerty', 'COVID X-ray images, a chest x ray study'), false);
  assert.equal(meaningfulMatch('transformerz', 'A vision Transformer for grids'), true);
  assert.equal(meaningfulMatch('ai', 'Agents in AI-driven labs'), true, 'a hyphenated word counts by its parts');
  assert.equal(meaningfulMatch('naive', 'A naïve baseline'), true);
  assert.equal(meaningfulMatch('llm', 'Large language models'), false);
});

test("each shard's scores are scaled to the archive's IDF of the query words", () => {
  const shards = [
    { name: 'new', papers: 10 },
    { name: 'old', papers: 990 },
  ];
  // One word in 8 of the 10 new papers and 2 of the 990 old ones.
  const weights = shardWeights(shards, [{ new: 8, old: 2 }]);
  const archive = bm25Idf(1000, 10);
  assert.equal(weights.get('new'), archive / bm25Idf(10, 8));
  assert.equal(weights.get('old'), archive / bm25Idf(990, 2));
  assert.ok((weights.get('new') ?? 0) > 1 && (weights.get('old') ?? 2) < 1);
  // Two words: their IDFs are summed, in the archive and in the shard.
  const two = shardWeights(shards, [{ new: 8, old: 2 }, { old: 5 }]);
  assert.equal(two.get('new'), (archive + bm25Idf(1000, 5)) / (bm25Idf(10, 8) + bm25Idf(10, 0)));
  assert.equal(shardWeights([{ name: 'empty', papers: 0 }], [{}]).get('empty'), 1, 'no IDF: scores kept');
});

test('filter counts of several searches add up', () => {
  assert.deepEqual(
    addFilterCounts([
      { topic: { NLP: 2, Vision: 0 }, year: { '2026': 2 } },
      undefined,
      { topic: { NLP: 1, Audio: 4 } },
    ]),
    { topic: { NLP: 3, Vision: 0, Audio: 4 }, year: { '2026': 2 } },
  );
});

test('each quoted phrase is its own, typographic quotes too; a quote left open opens none', () => {
  assert.deepEqual(quotedPhrases('"Mathematical Reasoning" "process reward"'), {
    phrases: [
      ['mathematical', 'reasoning'],
      ['process', 'reward'],
    ],
    unquoted: ' Mathematical Reasoning   process reward ',
  });
  assert.deepEqual(quotedPhrases('\u201cwei zhang\u201d agents').phrases, [['wei', 'zhang']]);
  assert.deepEqual(quotedPhrases('"vision transformer" "open').phrases, [['vision', 'transformer']]);
  assert.deepEqual(quotedPhrases('"" "!" plain words').phrases, []);
});
