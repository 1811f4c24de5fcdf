import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSearchOptions } from '../../../src/lib/search/search-options.ts';
import { InputError } from '../../../src/lib/common/files.ts';

const environment = {};

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

test('results link to the SITE_URL origin; one that is not an origin is refused, naming SITE_URL', () => {
  const options = parseSearchOptions(['diffusion'], { ...environment, site: 'https://papers.example.org/' });
  assert.notEqual(options, 'help');
  if (options === 'help') return;
  assert.equal(options.site, 'https://papers.example.org');
  assert.throws(
    () => parseSearchOptions(['diffusion'], { ...environment, site: 'notaurl' }),
    (error) => error instanceof InputError && /^SITE_URL="notaurl" is not an http\(s\) URL/.test(error.message),
  );
});

test("--base is kept when given; otherwise the base is the index's, not the environment's", () => {
  const given = parseSearchOptions(['diffusion', '--base', '/sub/'], environment);
  const left = parseSearchOptions(['diffusion'], environment);
  assert.ok(given !== 'help' && left !== 'help');
  assert.deepEqual([given.base, left.base], ['/sub/', undefined]);
  assert.throws(
    () => parseSearchOptions(['diffusion', '--base', 'https://x'], environment),
    /^Error: --base="https:\/\/x" is an address, not a path/,
  );
});
