import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_NAME } from '../../../src/lib/site/constants.ts';
import { canonicalUrl, pageTitle, SECTIONS } from '../../../src/lib/site/head.ts';

test("a page's title ends with the site's name; the home page's is the site's name alone", () => {
  assert.equal(pageTitle('Speech & audio'), `Speech & audio · ${SITE_NAME}`);
  assert.equal(pageTitle(SITE_NAME), SITE_NAME);
});

test("the canonical address is the page's path on the public origin", () => {
  assert.equal(canonicalUrl('/sub/papers/x/', 'https://example.org'), 'https://example.org/sub/papers/x/');
  assert.equal(canonicalUrl('/search/', new URL('https://example.org/sub/')), 'https://example.org/search/');
});

test('the header links to dates, areas, topics, search and saved papers, in that order', () => {
  assert.deepEqual(
    SECTIONS.map(({ key, href }) => [key, href]),
    [
      ['dates', '/dates/'],
      ['areas', '/areas/'],
      ['topics', '/topics/'],
      ['search', '/search/'],
      ['saved', '/saved/'],
    ],
  );
});
