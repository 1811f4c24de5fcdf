import assert from 'node:assert/strict';
import { test } from 'node:test';
import { askedAuthor } from '../../../src/lib/search/asked-author.ts';

const NAMES = ['Anna Zhang', 'Jun Müller', 'Chen Zhang', 'Wei Zhang', 'Ola Berg'];

test('the author asked for is the name with most of the query’s words, as the index spells words', () => {
  assert.equal(askedAuthor(NAMES, 'wei zhang'), 'Wei Zhang');
  assert.equal(askedAuthor(NAMES, 'Zhang'), 'Anna Zhang', 'the first on a tie');
  assert.equal(askedAuthor(NAMES, 'muller diffusion'), 'Jun Müller', 'without its accent, beside other words');
  assert.equal(askedAuthor(NAMES, 'diffusion models'), undefined);
  assert.equal(askedAuthor(NAMES, ''), undefined);
  assert.equal(askedAuthor([], 'wei zhang'), undefined);
});
