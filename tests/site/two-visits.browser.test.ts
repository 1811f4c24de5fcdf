/**
 * New since the last visit, as a reader meets it: a visit, the site published again with a new
 * day's dump, and a later visit that marks exactly that day's papers.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchBrowser } from '../helpers/browser.ts';
import { temporaryFolder } from '../helpers/cli.ts';
import { buildSiteOfDumps } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const FIRST_TITLES = ['Graph Transformers at Scale', 'Listening to Coral Reefs', 'Cheaper Attention'];
const NEW_TITLES = ['Tidal Forecasting with Graph Networks', 'Sparse Probes for Protein Folding', 'Quiet Robots'];

/** A day's listing, copied as text: a paper per title. */
const listing = (titles: string[], day: string) =>
  titles
    .map((title, i) => `${title}\n\nAn abstract about ${title.toLowerCase()}.\n\n  • 2 authors\n·\n${day} ${i + 1}\n`)
    .join('\n');

test('a later visit marks the papers of the day published since, and only them', async () => {
  const work = temporaryFolder();
  const dumps = join(work, 'dumps');
  mkdirSync(dumps);
  writeFileSync(join(dumps, 'daily-papers-2026-04-13.txt'), listing(FIRST_TITLES, 'Apr 13, 2026'));
  const site = await buildSiteOfDumps(work, dumps);
  const server = await serveStatic(site.dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // The evening the first day was listed.
    await page.clock.install({ time: new Date('2026-04-13T20:00:00Z') });
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => localStorage.getItem('paper-digest:v1') !== null);
    assert.equal(await page.locator('.new-badge').count(), 0, 'a first visit marks nothing');

    // The next day is published onto the same site, and the reader comes back the day after.
    writeFileSync(join(dumps, 'daily-papers-2026-04-14.txt'), listing(NEW_TITLES, 'Apr 14, 2026'));
    await buildSiteOfDumps(work, dumps);
    await page.clock.setSystemTime(new Date('2026-04-14T20:00:00Z'));
    await page.goto(`${server.origin}/`);
    await page.getByText('3 new since your last visit ·').waitFor();
    const marked = await page
      .locator('.paper-item:has(.new-badge) :is(h2, h3) a')
      .evaluateAll((links) => links.map((link) => link.textContent?.trim()));
    assert.deepEqual(marked.sort(), [...NEW_TITLES].sort());
    // The first day, published before the first visit, has nothing new.
    await page.goto(`${server.origin}/dates/2026-04-13/`);
    assert.equal(await page.locator('.new-badge').count(), 0);
  } finally {
    await browser.close();
    await server.close();
  }
});
