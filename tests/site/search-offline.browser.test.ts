/**
 * The search page without the network, in real Chromium on a fixture site: offline after a first
 * visit (the service worker), on a connection that stalls, updated by the next build, and
 * recovering from index files that failed to load; and a list's rows opened offline.
 */
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseShardList } from '../../src/lib/search/sharded-search.ts';
import { writeOfflineManifest } from '../../src/lib/search/offline-files.ts';
import { openRow, searchResults as results } from '../helpers/browser.ts';
import { temporaryFolder } from '../helpers/cli.ts';
import { serveStatic, type ServeOptions } from '../helpers/static-server.ts';
import { useSiteInBrowser } from '../helpers/site.ts';

const under = useSiteInBrowser();

const { searchUrl } = under;

test('with the network cut after a first visit (to a host that sends Vary: Origin), search and /saved/ still answer, and a page never visited says the reader is offline', async () => {
  const context = await under.browser.newContext();
  const page = await context.newPage();
  // The first visit is the home page: the search page and its scripts come from what the service
  // worker cached at install, whatever the host's Vary says.
  await page.goto(under.url(''));
  // Offline support is ready once the service worker controls the page (it claims it when active).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(searchUrl('?q=quantization'));
  const offline = await results(page);
  assert.ok(offline.titles.length > 0, offline.status);
  assert.ok(
    offline.titles.some((title) => /Quantiz/i.test(title)),
    offline.titles.join(' | '),
  );
  // A result's page was never visited: the page says the reader is offline, not that it is missing.
  await page.locator('#search-results h2 a').first().click();
  await page.waitForURL(/\/papers\//);
  assert.equal(await page.locator('h1:visible').innerText(), 'You are offline');
  assert.equal(await page.title(), 'You are offline · Paper Digest');
  // The reader's saved papers need no network: their page was cached with the shell.
  await page.goto(under.url('saved/'));
  assert.equal(await page.locator('h1:visible').innerText(), 'Saved papers');
  await context.close();
});

test("offline, a row opens to its paper's whole abstract when the service worker kept the paper's page, else to its summary", async () => {
  const context = await under.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(under.url(''));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const rows = page.locator('.paper-item');
  // Read online, a paper's page is kept by the service worker, as a page visited is.
  const read = await openRow(rows.first());
  const whole = await read.innerText();
  assert.equal(await read.getByRole('link', { name: /^Full abstract/ }).count(), 0);
  const kept = new URL((await rows.first().locator('h2 a, h3 a').getAttribute('href')) ?? '', page.url()).href;
  await page.waitForFunction(async (url) => (await caches.match(url, { ignoreVary: true })) !== undefined, kept);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await (await openRow(rows.first())).innerText(), whole);
  // A paper's page never read: the summary and the link to the page stay.
  const left = await openRow(rows.nth(1));
  assert.ok(await rows.nth(1).locator('.summary').isVisible(), 'the summary stays');
  assert.equal(await left.getByRole('link', { name: /^Full abstract of / }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after part of the index failed to load, the next search opens the index afresh and finds everything', async () => {
  // No service worker: every request reaches the network, where the test breaks and mends it.
  const context = await under.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const shards = parseShardList(JSON.parse(readFileSync(join(under.site.dist, 'pagefind', 'shards.json'), 'utf8')));
  const oldest = `**/pagefind/${shards.at(-1)?.name}/**`;
  const submit = async (query: string) => {
    await page.locator('#search-query').fill(query);
    await page.locator('#search-query').press('Enter');
    return results(page);
  };

  // The list of shards does not load: the page says so, and the next search tries again.
  await context.route('**/pagefind/shards.json', (route) => route.abort());
  await page.goto(searchUrl('?q=Kolmogorov'));
  assert.match((await results(page)).status, /could not be loaded/);
  await context.unroute('**/pagefind/shards.json');
  const found = await submit('Kolmogorov');
  assert.match(found.status, /^\d+ papers? found\.$/);
  assert.ok(found.titles.length > 0);

  // An older shard fails: no partial ranking, the page says so.
  await context.route(oldest, (route) => route.abort());
  await page.goto(searchUrl('?q=Kolmogorov'));
  assert.match((await results(page)).status, /could not be loaded/);
  // Mended: the failed shard stays broken inside that Pagefind, so the page must open a new one.
  await context.unroute(oldest);
  const whole = await submit('Kolmogorov');
  assert.equal(whole.status, found.status);
  assert.deepEqual(whole.urls, found.urls);
  await context.close();
});

/**
 * `dist` served as a host serves it, and a page of a fresh profile that its service worker
 * controls; `close` ends both.
 */
async function controlledPage(dist: string, options?: ServeOptions) {
  const server = await serveStatic(dist, under.site.base, options);
  const context = await under.browser.newContext();
  const close = async () => {
    await context.close();
    await server.close();
  };
  const url = (path: string) => `${server.origin}${under.site.base}${path}`;
  try {
    const page = await context.newPage();
    await page.goto(url(''));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    return { page, url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

test('on a slow connection the answer is awaited; on one that stalls, the kept page is served after a few seconds and the late answer kept', async () => {
  // A copy of the site, whose day page the next answer changes.
  const dist = temporaryFolder();
  cpSync(under.site.dist, dist, { recursive: true });
  const day = readdirSync(join(dist, 'dates')).find((name) => /^\d{4}-\d{2}-\d{2}$/.test(name)) as string;
  let hold: number | undefined;
  const { page, url, close } = await controlledPage(dist, {
    holds: (path) => (path === `${under.site.base}dates/${day}/` ? hold : undefined),
  });
  const file = join(dist, 'dates', day, 'index.html');
  const answerWith = (words: string) =>
    writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', `<!-- ${words} --></body>`));
  /** Whether the cached day page has `words`, within ten seconds (it is kept beside the answer). */
  const keptIncludes = async (words: string) => {
    const kept = () =>
      page.evaluate(
        async ([address, words]) => (await (await caches.match(address))?.text())?.includes(words) === true,
        [url(`dates/${day}/`), words] as const,
      );
    for (let tries = 0; !(await kept()) && tries < 100; tries += 1) await page.waitForTimeout(100);
    return kept();
  };
  try {
    await page.goto(url(`dates/${day}/`));
    const heading = await page.locator('h1').innerText();

    // Slow, but answering before the wait is over: the network's answer, not the kept copy.
    answerWith('the slow answer');
    hold = 1500;
    await page.goto(url(`dates/${day}/`), { timeout: 6000 });
    assert.equal((await page.content()).includes('the slow answer'), true, "the network's answer");
    assert.equal(await keptIncludes('the slow answer'), true, 'and it is kept');

    answerWith('the late answer');
    hold = 5500;
    const started = Date.now();
    await page.goto(url(`dates/${day}/`), { timeout: 6000 });
    assert.ok(Date.now() - started >= 3000, 'the network was given its chance first');
    assert.equal(await page.locator('h1').innerText(), heading);
    const kept = await page.content();
    assert.equal(kept.includes('the late answer'), false, 'the kept copy');
    assert.equal(kept.includes('the slow answer'), true, 'kept from the slow answer');
    assert.equal(await keptIncludes('the late answer'), true, 'the late answer replaces it in the cache');
  } finally {
    await close();
  }
});

test("a new build reaches a returning reader: the service worker is installed again, caches the build's files and drops the old", async () => {
  // A copy of the site, built again in place: as a host serves the next build at the same address.
  const dist = temporaryFolder();
  cpSync(under.site.dist, dist, { recursive: true });
  const { page, url, close } = await controlledPage(dist);
  try {
    const [first] = await page.evaluate(() =>
      caches.keys().then((keys) => keys.filter((key) => key !== 'paper-digest-runtime')),
    );

    // The next build changes a file of fixed name, at its size: only its content tells.
    const style = join(dist, 'day-filter.css');
    const edited = readFileSync(style, 'utf8').replace(/[a-z]/, (letter) => letter.toUpperCase());
    writeFileSync(style, edited);
    const shards = parseShardList(JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')));
    writeOfflineManifest(dist, shards[0]?.name);

    await page.goto(url('dates/'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const precaches = () =>
      page.evaluate(() => caches.keys().then((keys) => keys.filter((key) => key !== 'paper-digest-runtime')));
    let now = await precaches();
    for (let tries = 0; now.includes(first as string) && tries < 100; tries += 1) {
      await page.waitForTimeout(100);
      now = await precaches();
    }
    assert.ok(
      now.length === 1 && !now.includes(first as string),
      `the new build's precache in place of ${first}: ${now}`,
    );
    const cached = await page.evaluate(async (file) => (await caches.match(file))?.text(), url('day-filter.css'));
    assert.ok(cached === edited, 'the new content is kept for offline use');
  } finally {
    await close();
  }
});
