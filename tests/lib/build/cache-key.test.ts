import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheKeyOf } from '../../../src/lib/build/cache-key.ts';

test('cache keys change with any part and only then', () => {
  const parts = ['site-digest', 'paper-digest', 3];
  assert.equal(cacheKeyOf(parts), cacheKeyOf([...parts]));
  assert.notEqual(cacheKeyOf(parts), cacheKeyOf(['site-digest', 'paper-digest', 4]));
  assert.notEqual(cacheKeyOf(parts), cacheKeyOf(['site-digest', 'other-digest', 3]));
  assert.match(cacheKeyOf(parts), /^[\w-]{22}$/);
});

test('parts are separated, so moving text between them changes the key', () => {
  assert.notEqual(cacheKeyOf(['ab', 'c']), cacheKeyOf(['a', 'bc']));
});
