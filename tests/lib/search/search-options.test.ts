import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areaSlug, parseSearchOptions } from '../../../src/lib/search/search-options.ts';

const areas = new Map([
  ['vision', 'Computer Vision'],
  ['other', 'Other'],
]);
const environment = { base: '/' };

test('an area is given by its slug or its name, in any case; an unknown one is refused, named', () => {
  assert.equal(areaSlug('vision', areas), 'vision');
  assert.equal(areaSlug('Computer Vision', areas), 'vision');
  assert.equal(areaSlug(' computer vision ', areas), 'vision');
  assert.throws(() => areaSlug('Astronomy', areas), /--area: no area "Astronomy"/);
});

test('--area is a search of its own, its areas kept as given (any of them)', () => {
  const options = parseSearchOptions(['--area', 'Computer Vision', '--area', 'other'], environment);
  assert.notEqual(options, 'help');
  if (options === 'help') return;
  assert.deepEqual(options.state.areas, ['Computer Vision', 'other']);
  assert.equal(options.state.query, '');
});
