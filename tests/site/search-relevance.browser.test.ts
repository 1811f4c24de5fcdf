/**
 * The relevance fixture (tests/helpers/relevance.ts): for each query, the paper that must come
 * first — in the terminal and in Chromium, which must also agree on the order.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { parseSearchParams } from '../../src/lib/search/query.ts';
import { searchFromTerminal } from '../../src/lib/search/terminal-search.ts';
import { plainText } from '../../src/lib/site/title-text.ts';
import { launchBrowser, searchResults } from '../helpers/browser.ts';
import { makeTemporaryFolder, removeFolder } from '../helpers/cli.ts';
import { buildRelevanceSite, relevanceQueries, relevanceTitles } from '../helpers/relevance.ts';
import { siteBuilt, useFixtureSite, type BuiltSite } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const pages = useFixtureSite();
const queries = relevanceQueries();
const titles = relevanceTitles();
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
/** Each query's first three titles in the terminal, for the browser to be compared with. */
const inTerminal = new Map<string, string[]>();

const work = makeTemporaryFolder();
before(async () => {
  await siteBuilt(pages);
  site = await buildRelevanceSite(work, pages);
  server = await serveStatic(site.dist, site.base);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  removeFolder(work);
});

/** How the results measure up: the share of queries whose wanted paper came first, and the misses. */
function judge(found: Map<string, string[]>) {
  let first = 0;
  const misses: string[] = [];
  for (const { query, first: wanted } of queries) {
    const shown = found.get(query) ?? [];
    const rank = shown.findIndex((title) => wanted.some((id) => plainText(titles.get(id) ?? '') === title)) + 1;
    if (rank === 1) first++;
    else misses.push(`${query}: ${rank === 0 ? 'not in the top 3' : `#${rank}`} (got ${shown.join(' | ')})`);
  }
  return {
    firstShare: first / queries.length,
    outOfTop3: misses.filter((miss) => miss.includes('not in the top 3')),
    misses,
  };
}

test('the fixture has at least 40 queries, each naming papers it has', () => {
  assert.ok(queries.length >= 40, `${queries.length} queries`);
  for (const { query, first } of queries) for (const id of first) assert.ok(titles.has(id), `${query}: no paper ${id}`);
});

test('in the terminal, the wanted paper comes first for 90% of the queries, and in the top 3 for all', async () => {
  for (const { query } of queries) {
    const state = parseSearchParams(new URLSearchParams({ q: query }));
    const { results } = await searchFromTerminal({ state, limit: 3, dist: site.dist, base: site.base, json: true });
    inTerminal.set(
      query,
      results.map(({ title }) => title),
    );
  }
  const { firstShare, outOfTop3, misses } = judge(inTerminal);
  assert.deepEqual(outOfTop3, []);
  assert.ok(firstShare >= 0.9, misses.join('\n'));
});

test('in Chromium, the same: and the same order as the terminal', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.origin}${site.base}search/`);
  const inBrowser = new Map<string, string[]>();
  for (const { query } of queries) {
    await page.fill('#search-query', query);
    await page.locator('#search-query').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    inBrowser.set(query, (await searchResults(page)).titles.slice(0, 3));
  }
  await context.close();
  const { firstShare, outOfTop3, misses } = judge(inBrowser);
  assert.deepEqual(outOfTop3, []);
  assert.ok(firstShare >= 0.9, misses.join('\n'));
  for (const { query } of queries) assert.deepEqual(inBrowser.get(query), inTerminal.get(query), query);
});

/** Phrases some papers have in their titles and others in their abstracts only, in other shards. */
const PHRASES = ['vision transformers', 'large language', 'reinforcement learning', 'diffusion models', 'state space'];

test('a quoted phrase lists the papers with it in their titles first, in the terminal and Chromium alike', async () => {
  const inTitles = (phrase: string) =>
    [...titles.values()].map(plainText).filter((title) => new RegExp(`\\b${phrase}\\b`, 'i').test(title));
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const phrase of PHRASES) {
    const query = `"${phrase}"`;
    const state = parseSearchParams(new URLSearchParams({ q: query }));
    const terminal = await searchFromTerminal({ state, limit: 20, dist: site.dist, base: site.base, json: true });
    const wanted = inTitles(phrase);
    assert.ok(wanted.length > 0 && terminal.total > wanted.length, `${query}: in titles and in abstracts`);
    assert.deepEqual(
      terminal.results
        .slice(0, wanted.length)
        .map(({ title }) => title)
        .sort(),
      wanted.sort(),
      query,
    );
    await page.goto(`${server.origin}${site.base}search/?q=${encodeURIComponent(query)}`);
    const shown = await searchResults(page);
    assert.deepEqual(
      shown.titles,
      terminal.results.map(({ title }) => title),
      `${query}: the same order`,
    );
  }
  await context.close();
});
