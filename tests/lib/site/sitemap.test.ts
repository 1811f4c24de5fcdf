import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sitemapFiles } from '../../../src/lib/site/sitemap.ts';
import { xmlError } from '../../helpers/xml.ts';

test('an index and one file of absolute, sorted, unique URLs under the base path', () => {
  const files = sitemapFiles(['', 'papers/b/', 'dates/', 'papers/b/'], 'https://example.org/digest/');
  assert.deepEqual(
    files.map(({ name }) => name),
    ['sitemap-index.xml', 'sitemap-0.xml'],
  );
  for (const { xml } of files) assert.equal(xmlError(xml), undefined);
  assert.match(files[0]?.xml ?? '', /<sitemap><loc>https:\/\/example\.org\/digest\/sitemap-0\.xml<\/loc><\/sitemap>/);
  const locs = [...(files[1]?.xml ?? '').matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc);
  assert.deepEqual(locs, [
    'https://example.org/digest/',
    'https://example.org/digest/dates/',
    'https://example.org/digest/papers/b/',
  ]);
});

test("the error pages and /saved/ (each reader's own) are left out", () => {
  const [, file] = sitemapFiles(
    ['', '404/', '404', '500', '/saved/', 'saved', 'papers/saved/'],
    'https://example.org/',
  );
  const locs = [...(file?.xml ?? '').matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc);
  assert.deepEqual(locs, ['https://example.org/', 'https://example.org/papers/saved/']);
});

test('split into files of at most the limit; special characters escaped', () => {
  const files = sitemapFiles(['a/', 'b/', 'c/', 'q/?x=1&y=<2>/'], 'https://example.org/', 2);
  assert.deepEqual(
    files.map(({ name }) => name),
    ['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml'],
  );
  assert.equal((files[0]?.xml.match(/<sitemap>/g) ?? []).length, 2);
  for (const { xml } of files) assert.equal(xmlError(xml), undefined);
  assert.match(files[2]?.xml ?? '', /&amp;/);
});

test('an empty site still has a valid, empty sitemap', () => {
  const files = sitemapFiles([], 'https://example.org/');
  assert.deepEqual(
    files.map(({ name }) => name),
    ['sitemap-index.xml', 'sitemap-0.xml'],
  );
  assert.equal(xmlError(files[1]?.xml ?? ''), undefined);
});
