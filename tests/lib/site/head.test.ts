import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_NAME } from '../../../src/lib/site/constants.ts';
import { SITE_FEEDS } from '../../../src/lib/site/feeds.ts';
import { announcedFeeds, canonicalUrl, pageTitle, SECTIONS } from '../../../src/lib/site/head.ts';

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

test("a page announces its own feed first (a topic's, an area's, the day-by-day or week-by-week feed), then the site's others; others the site's alone", () => {
  const site = [SITE_FEEDS.newest.feed, SITE_FEEDS.days.feed, SITE_FEEDS.weeks.feed];
  assert.deepEqual(
    announcedFeeds().map(({ href }) => href),
    site,
  );
  assert.deepEqual(announcedFeeds({ kind: 'area', name: 'Audio', feedUrl: '/areas/audio/rss.xml' })[0], {
    title: `${SITE_NAME}: Audio (area)`,
    href: '/areas/audio/rss.xml',
  });
  assert.deepEqual(
    announcedFeeds({ kind: 'topic', name: 'Speech', feedUrl: '/topics/speech/rss.xml' }).map(({ href }) => href),
    ['/topics/speech/rss.xml', ...site],
  );
  assert.deepEqual(
    announcedFeeds('weeks').map(({ href }) => href),
    [SITE_FEEDS.weeks.feed, SITE_FEEDS.newest.feed, SITE_FEEDS.days.feed],
  );
  assert.deepEqual(announcedFeeds('days')[0], { title: SITE_FEEDS.days.title, href: SITE_FEEDS.days.feed });
});
