import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheKeyOf } from '../src/lib/cache-key.ts';

test('cache keys change with any shown value and only then', () => {
  const paper = { title: 'A', upvotes: 1, related: [{ title: 'B' }] };
  assert.equal(cacheKeyOf(paper), cacheKeyOf({ ...paper }));
  assert.notEqual(cacheKeyOf(paper), cacheKeyOf({ ...paper, upvotes: 2 }));
  assert.notEqual(cacheKeyOf(paper), cacheKeyOf({ ...paper, related: [{ title: 'C' }] }));
  assert.match(cacheKeyOf(paper), /^[\w-]{22}$/);
});
