import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absoluteUrl, createUrls, externalSearches, isBasePath } from '../../../src/lib/site/urls.ts';

test('the URL scheme at the root', () => {
  const urls = createUrls('/');
  assert.equal(urls.home, '/');
  assert.equal(urls.dates, '/dates/');
  assert.equal(urls.date('2026-04-13'), '/dates/2026-04-13/');
  assert.equal(urls.topics, '/topics/');
  assert.equal(urls.topic('reasoning'), '/topics/reasoning/');
  // Past its first page, a topic's pages are numbered from the oldest: page 1 is a page of its own.
  assert.equal(urls.topic('reasoning', 1), '/topics/reasoning/1/');
  assert.equal(urls.topic('reasoning', 2), '/topics/reasoning/2/');
  assert.equal(urls.labelFeed('reasoning'), '/topics/reasoning/rss.xml');
  assert.equal(urls.areas, '/areas/');
  assert.equal(urls.area('vision'), '/areas/vision/');
  assert.equal(urls.area('vision', 2), '/areas/vision/2/');
  assert.equal(urls.areaFeed('vision'), '/areas/vision/rss.xml');
  assert.equal(urls.paper('a-b'), '/papers/a-b/');
  assert.equal(urls.search(), '/search/');
  assert.equal(urls.search('a&b c'), '/search/?q=a%26b%20c');
  assert.equal(urls.feed, '/rss.xml');
  assert.equal(urls.daysFeed, '/dates/rss.xml');
  assert.equal(urls.week('2026-W16'), '/weeks/2026-W16/');
  assert.equal(urls.week('2026-W16', 2), '/weeks/2026-W16/2/');
  assert.equal(urls.month('2026-04'), '/months/2026-04/');
  assert.equal(urls.month('2026-04', 3), '/months/2026-04/3/');
  assert.equal(urls.weeksFeed, '/weeks/rss.xml');
  assert.equal(urls.opml, '/feeds.opml');
  assert.equal(urls.dayFilterStyles, '/day-filter.css');
  assert.equal(urls.saved, '/saved/');
});

test('every URL respects a base path, with or without its trailing slash', () => {
  for (const base of ['/digest', '/digest/']) {
    const urls = createUrls(base);
    assert.equal(urls.home, '/digest/');
    assert.equal(urls.paper('x'), '/digest/papers/x/');
    assert.equal(urls.feed, '/digest/rss.xml');
    assert.equal(urls.area('vision', 2), '/digest/areas/vision/2/');
  }
  assert.equal(absoluteUrl('https://example.org/digest/', '/digest/papers/x/'), 'https://example.org/digest/papers/x/');
});

test('a base path is segments after a slash: no address, query or space', () => {
  for (const path of ['/', '/paper-digest', '/paper-digest/', '/a/b.c/']) assert.equal(isBasePath(path), true, path);
  for (const path of ['', 'sub', 'https://x.org/y', '//x.org', '/a b', '/a?b', '/a#b'])
    assert.equal(isBasePath(path), false, path);
});

test('external searches encode the title', () => {
  const [arxiv, hf] = externalSearches('A & B: "C"/d?#');
  assert.equal(arxiv?.url, 'https://arxiv.org/search/?query=A%20%26%20B%3A%20%22C%22%2Fd%3F%23&searchtype=title');
  assert.equal(hf?.url, 'https://huggingface.co/papers?q=A%20%26%20B%3A%20%22C%22%2Fd%3F%23');
});
