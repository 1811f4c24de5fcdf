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

test('a --year that is no year is refused, named; a --topic is kept as given, for the search to name if unknown', () => {
  assert.throws(
    () => parseSearchOptions(['diffusion', '--year', '25'], environment),
    /--year must be a year such as 2025, not "25"/,
  );
  assert.throws(() => parseSearchOptions(['--year', '2025-12'], environment), /not "2025-12"/);
  const options = parseSearchOptions(['diffusion', '--topic', 'Computer Vision', '--year', '2025'], environment);
  assert.notEqual(options, 'help');
  if (options === 'help') return;
  assert.deepEqual([options.state.topics, options.state.years], [['Computer Vision'], ['2025']]);
});
