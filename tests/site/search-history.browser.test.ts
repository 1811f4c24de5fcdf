/**
 * The search page's URL is its state, in real Chromium on a fixture site: each step a reader takes
 * is a history entry, and Back, Forward and reload restore the form and the results.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchResults as results } from '../helpers/browser.ts';
import { useSiteInBrowser } from '../helpers/site.ts';

const under = useSiteInBrowser();

const { searchUrl } = under;

test('Back returns to the search before; refining as one types makes one history entry, not one per pause', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=graph'));
  const graph = await results(page);
  await page.fill('#search-query', 'quantization');
  await page.waitForURL(/q=quantization$/);
  await results(page);
  await page.fill('#search-query', 'quantization aware');
  await page.waitForURL(/q=quantization(\+|%20)aware$/);
  await page.locator('#search-query').press('Enter');
  const refined = await results(page);
  await page.goBack();
  await page.waitForURL(/q=graph$/);
  assert.equal(await page.inputValue('#search-query'), 'graph');
  assert.deepEqual(await results(page), graph);
  await page.goForward();
  await page.waitForURL(/q=quantization(\+|%20)aware$/);
  assert.deepEqual(await results(page), refined);
  await page.close();
});

test('a ticked filter, a chosen sort and a ticked year are each a history entry: Back and Forward restore form and results', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=speech'));
  const steps = [{ url: /\?q=speech$/, shown: await results(page) }];
  await page.locator('details.filters summary').click();
  await page.locator('input[name=topic][value="speech-audio"]').check();
  await page.waitForURL(/\?q=speech&topic=speech-audio$/);
  steps.push({ url: /\?q=speech&topic=speech-audio$/, shown: await results(page) });
  await page.selectOption('#search-sort', 'upvotes');
  await page.waitForURL(/&sort=upvotes$/);
  steps.push({ url: /\?q=speech&topic=speech-audio&sort=upvotes$/, shown: await results(page) });
  await page.locator('input[name=year][value="2026"]').check();
  await page.waitForURL(/&year=2026&sort=upvotes$/);
  steps.push({ url: /\?q=speech&topic=speech-audio&year=2026&sort=upvotes$/, shown: await results(page) });
  const form = async () => ({
    topic: await page.locator('input[name=topic][value="speech-audio"]').isChecked(),
    sort: await page.inputValue('#search-sort'),
    year: await page.locator('input[name=year][value="2026"]').isChecked(),
  });
  const expectedForm = [
    { topic: false, sort: 'relevance', year: false },
    { topic: true, sort: 'relevance', year: false },
    { topic: true, sort: 'upvotes', year: false },
    { topic: true, sort: 'upvotes', year: true },
  ];
  for (let step = steps.length - 2; step >= 0; step--) {
    await page.goBack();
    await page.waitForURL(steps[step]?.url as RegExp);
    assert.deepEqual(await results(page), steps[step]?.shown, `back to step ${step}`);
    assert.deepEqual(await form(), expectedForm[step]);
  }
  for (let step = 1; step < steps.length; step++) {
    await page.goForward();
    await page.waitForURL(steps[step]?.url as RegExp);
    assert.deepEqual(await results(page), steps[step]?.shown, `forward to step ${step}`);
    assert.deepEqual(await form(), expectedForm[step]);
  }
  await page.close();
});

test('reloading the URL restores the query, filters, sort and results', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=speech&topic=speech-audio&year=2026&sort=upvotes'));
  const first = await results(page);
  await page.reload();
  const again = await results(page);
  assert.deepEqual(again.titles, first.titles);
  assert.equal(await page.inputValue('#search-query'), 'speech');
  assert.equal(await page.inputValue('#search-sort'), 'upvotes');
  assert.equal(await page.locator('input[name=topic][value="speech-audio"]').isChecked(), true);
  assert.equal(await page.locator('input[name=year][value="2026"]').isChecked(), true);
  await page.close();
});

test('Back from a paper brings the results "More" had shown, and the place on the page', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?year=2026'));
  await results(page);
  const items = page.locator('#search-results .paper-item');
  for (const count of [40, 60]) {
    await page.locator('#search-more').click();
    await page.waitForFunction(
      (want) => document.querySelectorAll('#search-results .paper-item').length >= want,
      count,
    );
  }
  const target = items.nth(49).locator('h2 a');
  await target.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => window.scrollY);
  assert.ok(left > 1000, `scrolled down (${left})`);
  const title = (await target.textContent())?.trim();
  await page.waitForFunction((y) => (history.state as { scrollY?: number } | null)?.scrollY === y, left);
  await target.click();
  await page.waitForURL(/\/papers\//);
  await page.goBack();
  await page.waitForURL(/\?year=2026$/);
  await results(page);
  assert.equal(await items.count(), 60);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, left);
  assert.ok(await page.getByRole('link', { name: title, exact: true }).isVisible(), 'the paper left is in sight');
  await page.close();
});
