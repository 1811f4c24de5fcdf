import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptParts, pagefindOptions, parseSearchParams, toSearchParams } from '../src/lib/search.ts';

test('search state round-trips through the URL; defaults stay out of it', () => {
  const state = { query: 'graph pooling', topics: ['graph-neural-networks', 'theory'], years: ['2024'], sort: 'upvotes' as const, allYears: false };
  assert.equal(toSearchParams(state).toString(), 'q=graph+pooling&topic=graph-neural-networks&topic=theory&year=2024&sort=upvotes');
  assert.deepEqual(parseSearchParams(toSearchParams(state)), state);
  assert.equal(toSearchParams({ query: 'x', topics: [], years: [], sort: 'relevance', allYears: false }).toString(), 'q=x');
  const everyYear = { query: 'x', topics: [], years: [], sort: 'relevance' as const, allYears: true };
  assert.equal(toSearchParams(everyYear).toString(), 'q=x&years=all');
  assert.deepEqual(parseSearchParams(toSearchParams(everyYear)), everyYear);
});

test('malformed URL values are dropped, not passed on', () => {
  const state = parseSearchParams(new URLSearchParams('q=%20a%20&topic=<script>&topic=ok&year=20244&year=2023&sort=evil&years=some'));
  assert.deepEqual(state, { query: 'a', topics: ['ok'], years: ['2023'], sort: 'relevance', allYears: false });
});

test('Pagefind options: topic names for slugs, any-of filters, descending sorts', () => {
  const names = new Map([['theory', 'Learning Theory']]);
  assert.deepEqual(pagefindOptions({ query: 'x', topics: ['theory', 'unknown'], years: ['2024'], sort: 'date', allYears: false }, names), {
    filters: { topic: { any: ['Learning Theory'] }, year: { any: ['2024'] } },
    sort: { date: 'desc' },
  });
  assert.deepEqual(pagefindOptions({ query: 'x', topics: [], years: [], sort: 'relevance', allYears: true }, names), { filters: {} });
  // Filters alone have no relevance: newest first, whatever the other sorts.
  assert.deepEqual(pagefindOptions({ query: '', topics: ['theory'], years: [], sort: 'relevance', allYears: false }, names), {
    filters: { topic: { any: ['Learning Theory'] } },
    sort: { date: 'desc' },
  });
  assert.deepEqual(pagefindOptions({ query: '', topics: ['theory'], years: [], sort: 'upvotes', allYears: false }, names).sort, { upvotes: 'desc' });
});

test('excerpts become text parts; markup in them stays text', () => {
  assert.deepEqual(excerptParts('a &lt;script&gt; <mark>graph</mark> b &amp;amp; &#x3C;i&#62;'), [
    { text: 'a <script> ', marked: false },
    { text: 'graph', marked: true },
    { text: ' b &amp; <i>', marked: false },
  ]);
});
