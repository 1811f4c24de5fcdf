/**
 * The reader's own state in real Chromium, on the fixture site: saving from a card and a paper
 * page, /saved/ with its BibTeX and JSON downloads and imports, a damaged stored value, a change
 * the browser will not keep, two tabs, new since the last visit (across a rebuilt site:
 * tests/site/incremental-build.test.ts), muting topics, the keyboard shortcuts, and axe on /saved/.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { NO_PAPER_CHOSEN, ONLY_SUMMARY, PAGE_GONE } from '../../src/lib/reader/list-cursor.ts';
import { STORE_KEY } from '../../src/lib/reader/store.ts';
import { axeViolationsLightAndDark } from '../helpers/browser.ts';
import { savedPaper } from '../helpers/saved-papers.ts';
import { CODE_PAPER, TEST_BASE, useSiteInBrowser } from '../helpers/site.ts';

const under = useSiteInBrowser();

const { url } = under;

const codePaperSlug = () =>
  readdirSync(join(under.site.dist, 'papers')).find((name) => name.startsWith('lattice-folding')) ?? '';

/** A fresh profile (no service worker: these tests are about localStorage), failing on any page error. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await under.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  return { context, page };
}

let shared: Promise<{ context: BrowserContext; page: Page }> | undefined;
after(async () => (await shared)?.context.close());

/** One page for the tests that need no profile of their own: opened at `path` with nothing stored. */
async function cleanPage(path: string): Promise<Page> {
  shared ??= freshPage();
  const { page } = await shared;
  // Any document of the site clears its storage: a plain text file is the cheapest to open.
  if (!page.url().startsWith(under.server.origin)) await page.goto(url('robots.txt'));
  await page.evaluate(() => localStorage.clear());
  await visit(page, path);
  return page;
}

/** The page scripts (modules) have run by DOMContentLoaded: no need to wait for more. */
const visit = (page: Page, path: string) => page.goto(url(path), { waitUntil: 'domcontentloaded' });

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORE_KEY);
const store = (page: Page, value: unknown) =>
  page.evaluate(
    ([key, text]) => localStorage.setItem(key as string, text as string),
    [STORE_KEY, JSON.stringify(value)],
  );

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFile((await download.path()) as string, 'utf8');
}

const savedTitles = (page: Page) => page.locator('#saved-list .saved-title').allInnerTexts();

/** The JSON export the first test downloads, imported by the next. */
let exported = '';

test('save from a card and a paper page; /saved/ lists them newest first and downloads BibTeX and JSON', async () => {
  const { context, page } = await freshPage();
  await visit(page, '');
  const card = page.locator('.paper-list > .paper-item').first();
  // As text: a title's math is typeset on the card.
  const cardTitle = JSON.parse((await card.getAttribute('data-cite')) ?? '{}').title as string;
  const cardSlug = (await card.getAttribute('data-slug')) ?? '';
  await card.getByRole('button', { name: `Save ${cardTitle}`, exact: true }).focus();
  const save = card.locator('.save-toggle');
  assert.equal(await save.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('Enter');
  // Its word on screen says the state too, not its colour alone; its name stays, aria-pressed says it.
  assert.equal(await save.getAttribute('aria-pressed'), 'true');
  assert.equal(await save.locator('.save-word').innerText(), 'Saved');
  await card.getByRole('button', { name: `Save ${cardTitle}`, exact: true, pressed: true }).waitFor();

  await visit(page, `papers/${codePaperSlug()}/`);
  const pageCitation = await page.locator('#citation').textContent();
  const pageSave = page.locator('article .save-toggle');
  await pageSave.click();
  assert.equal(await pageSave.getAttribute('aria-pressed'), 'true');
  assert.equal(await pageSave.locator('.save-word').innerText(), 'Saved');
  await page.getByRole('button', { name: `Save ${CODE_PAPER.title}`, exact: true, pressed: true }).waitFor();

  await visit(page, 'saved/');
  await page.locator('#saved-list .save-toggle:visible').nth(1).waitFor();
  assert.deepEqual(await savedTitles(page), [CODE_PAPER.title, cardTitle]);
  assert.deepEqual(
    await page
      .locator('#saved-list .save-toggle')
      .evaluateAll((buttons) =>
        buttons.map((b) => [b.getAttribute('aria-pressed'), b.querySelector('.save-word')?.textContent]),
      ),
    [
      ['true', 'Saved'],
      ['true', 'Saved'],
    ],
  );

  const bibtex = await downloaded(page, '#export-bibtex');
  const entries = bibtex.split(/\n(?=@misc\{)/);
  assert.equal(entries.length, 2);
  // Each paper cited as its own page cites it: with its eprint, or by its page's public URL.
  assert.equal(entries[0], pageCitation);
  assert.match(entries[0] ?? '', /^@misc\{okonkwolindqvist2026lattice,\n.*\n {2}eprint = \{2604\.01234\},/s);
  await visit(page, `papers/${cardSlug}/`);
  assert.equal(entries[1], await page.locator('#citation').textContent());
  assert.ok(entries[1]?.includes(`url = {${under.site.site}${TEST_BASE}papers/${cardSlug}/}`), entries[1]);
  await visit(page, 'saved/');

  exported = await downloaded(page, '#export-json');
  await page.getByRole('status').filter({ hasText: 'Downloaded 2 papers as JSON.' }).waitFor();
  const file = JSON.parse(exported);
  assert.equal(file.format, 'paper-digest-saved');
  assert.deepEqual(
    file.papers.map(({ slug, arxiv }: { slug: string; arxiv?: string }) => [slug, arxiv]),
    [
      [codePaperSlug(), CODE_PAPER.arxiv],
      [cardSlug, undefined],
    ],
  );

  // Unsaved from /saved/: the card stays until the page is left, its toggle off.
  await page.getByRole('button', { name: `Save ${CODE_PAPER.title}`, exact: true, pressed: true }).click();
  assert.equal(await page.locator('#saved-list .save-toggle').first().getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#saved-list .save-word').first().innerText(), 'Save');
  await page.getByRole('button', { name: `Save ${CODE_PAPER.title}`, exact: true, pressed: false }).waitFor();
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.deepEqual(await savedTitles(page), [cardTitle]);
  await context.close();
});

test('import into a fresh profile merges; an invalid file is refused; a paper whose page is gone keeps its title', async () => {
  assert.ok(exported, 'the export test ran first');
  const { context, page } = await freshPage();
  await visit(page, 'saved/');
  assert.equal(await page.locator('#saved-empty').isVisible(), true);
  const downloads = page.locator('#export-bibtex, #export-json');
  const disabled = () => downloads.evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled));
  assert.deepEqual(await disabled(), [true, true], 'nothing saved, nothing to download');
  const looks = () => downloads.evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b).backgroundColor));
  const whileOff = await looks();
  await page.setInputFiles('#import-file', {
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"papers": 1}'),
  });
  await page
    .getByRole('status')
    .filter({ hasText: /^Not imported: the file is not an export of Paper Digest's saved papers\.$/ })
    .waitFor();
  assert.deepEqual(await savedTitles(page), []);

  await page.setInputFiles('#import-file', {
    name: 'saved.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await page.getByRole('status').filter({ hasText: 'Imported 2 papers.' }).waitFor();
  assert.deepEqual(await disabled(), [false, false]);
  assert.notDeepEqual(await looks(), whileOff, 'a download that does nothing looks it');
  assert.equal((await savedTitles(page))[0], CODE_PAPER.title);
  await page.setInputFiles('#import-file', {
    name: 'saved.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await page.getByRole('status').filter({ hasText: 'Imported 0 papers (2 saved already).' }).waitFor();

  // A paper a rebuild removed: listed by its title, unlinked, with a note. Saved first, it is
  // listed last, so its note comes after every other page was asked for.
  const state = await stored(page);
  const gone = {
    ...state.saved[0],
    slug: 'a-paper-since-removed',
    title: 'A Paper Since Removed',
    savedAt: 0,
  };
  await store(page, { ...state, saved: [...state.saved, gone] });
  await page.reload({ waitUntil: 'domcontentloaded' });
  const goneCard = page.locator('#saved-list > li').last();
  await goneCard.locator('.saved-gone').waitFor();
  assert.equal(await goneCard.locator('.saved-title').innerText(), 'A Paper Since Removed');
  assert.equal(await goneCard.locator('.saved-title').getAttribute('href'), null);
  assert.equal(await page.locator('#saved-list .saved-gone:visible').count(), 1);
  // Its page gone, o and a say so instead of doing nothing.
  await goneCard.locator('.save-toggle').focus();
  for (const key of ['o', 'a']) {
    await page.keyboard.press(key);
    assert.equal(await page.locator('[data-announcement]').textContent(), `${PAGE_GONE}: A Paper Since Removed`, key);
  }

  // Every paper unsaved here: nothing to download again.
  for (const toggle of await page.locator('#saved-list .save-toggle').all()) await toggle.click();
  assert.deepEqual(await disabled(), [true, true]);
  await context.close();
});

test('a change the browser will not keep is said once, and the page still shows it until left', async () => {
  const { context, page } = await freshPage();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await visit(page, 'topics/speech-audio/');
  assert.equal(await page.getByRole('alert').count(), 0, "a page view that is not kept is not the reader's change");
  const toggle = page.locator('.paper-list > .paper-item').first().locator('.save-toggle');
  for (const pressed of ['true', 'false', 'true']) {
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), pressed);
  }
  await page
    .getByRole('alert')
    .filter({ hasText: /did not let the site keep your change/ })
    .waitFor();
  assert.equal(await page.getByRole('alert').count(), 1, 'said once');
  await context.close();
});

test('a page follows saves made in another tab, and its toggle does what it shows', async () => {
  const { context, page } = await freshPage();
  const other = await context.newPage();
  await visit(page, 'topics/speech-audio/');
  await visit(other, 'topics/speech-audio/');
  const toggleIn = (tab: Page) => tab.locator('.paper-list > .paper-item').first().locator('.save-toggle');
  await toggleIn(other).click();
  await page.waitForFunction(
    () => document.querySelector('.paper-list > .paper-item .save-toggle')?.getAttribute('aria-pressed') === 'true',
  );
  // Storage changed where this page heard nothing of it (its own write raises no event here): a
  // click does what the toggle shows, unsaving, not the opposite of what is stored.
  await page.evaluate((key) => localStorage.removeItem(key), STORE_KEY);
  await toggleIn(page).click();
  assert.equal(await toggleIn(page).getAttribute('aria-pressed'), 'false');
  assert.deepEqual((await stored(page)).saved, []);
  await context.close();
});

test('a page follows mutes made in another tab: its lists hide and show again, its toggle says what it does', async () => {
  const { context, page } = await freshPage();
  const other = await context.newPage();
  await visit(page, 'months/2026-01/');
  await visit(other, 'topics/speech-audio/');
  const inMonth = await page.locator('.paper-list > .paper-item').count();
  const onlySpeech = await page
    .locator('.paper-list > .paper-item')
    .evaluateAll((items) => items.filter((item) => (item as HTMLElement).dataset.topics === 'speech-audio').length);
  assert.ok(onlySpeech > 0);
  await other.getByRole('button', { name: 'Mute Speech & Audio' }).click();
  await page.getByText(`${onlySpeech} papers hidden (muted topics) —`).waitFor();
  assert.equal(await page.locator('.paper-list > .paper-item:visible').count(), inMonth - onlySpeech);
  // A topic page open in both tabs: its toggle follows too.
  await visit(page, 'topics/speech-audio/');
  await other.getByRole('button', { name: 'Unmute Speech & Audio' }).click();
  await page.getByRole('button', { name: 'Mute Speech & Audio' }).waitFor();
  await context.close();
});

test('/saved/ lists what another tab saves and unsaves, keeping the focus and the papers unsaved here, and says so', async () => {
  const { context, page } = await freshPage();
  const other = await context.newPage();
  await visit(page, 'saved/');
  assert.equal(await page.locator('#saved-empty').isVisible(), true);
  // Every text the page's status line (a polite live region) is given, in order.
  await page.locator('#saved-status').evaluate((line) => {
    const said: string[] = [];
    Object.assign(window, { said });
    new MutationObserver(() => said.push(line.textContent ?? '')).observe(line, { childList: true, subtree: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  await visit(other, 'topics/speech-audio/');
  const otherToggle = (index: number) => other.locator('.paper-list > .paper-item').nth(index).locator('.save-toggle');
  const titleOf = async (index: number) =>
    JSON.parse((await other.locator('.paper-list > .paper-item').nth(index).getAttribute('data-cite')) ?? '{}')
      .title as string;
  const [first, second] = [await titleOf(0), await titleOf(1)];
  const listed = (count: number) =>
    page.waitForFunction((n) => document.querySelectorAll('#saved-list > li').length === n, count);
  await otherToggle(0).click();
  await listed(1);
  await otherToggle(1).click();
  await listed(2);
  assert.deepEqual(await savedTitles(page), [second, first]);
  assert.equal(await page.locator('#saved-empty').isVisible(), false);
  assert.equal(await page.locator('#export-json').isEnabled(), true);

  // Unsaved here, its card stays (to save it again) while the other tab unsaves the other paper.
  const card = (title: string) => page.locator('#saved-list > li').filter({ hasText: title });
  await card(second).locator('.save-toggle').click();
  const focused = (title: string) =>
    card(title)
      .locator('.save-toggle')
      .evaluate((toggle) => toggle === document.activeElement);
  assert.equal(await focused(second), true);
  await otherToggle(0).click();
  await listed(1);
  assert.deepEqual(await savedTitles(page), [second]);
  assert.equal(await card(second).locator('.save-toggle').getAttribute('aria-pressed'), 'false');
  assert.equal(await focused(second), true, 'the card in focus was left in place');

  // Saved again there: listed first, the focus still where it was. Then unsaved while in focus
  // here: the focus goes to the page's heading.
  await otherToggle(0).click();
  await listed(2);
  assert.deepEqual(await savedTitles(page), [first, second]);
  assert.equal(await focused(second), true);
  await card(first).locator('.save-toggle').focus();
  await otherToggle(0).click();
  await listed(1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'saved-heading');

  // A page view there changes nothing listed here: nothing is said. Muted there: listed here.
  await visit(other, 'topics/speech-audio/');
  await other.getByRole('button', { name: 'Mute Speech & Audio' }).click();
  await page.locator('#muted-list').getByRole('button', { name: 'Unmute Speech & Audio' }).waitFor();
  assert.equal(await page.locator('#muted-none').isVisible(), false);
  const [saved, removed] = ['1 paper saved', '1 paper removed'].map((what) => `Updated from another tab: ${what}.`);
  // The same sentence twice is emptied in between, to be heard again; a save here empties what another tab did.
  assert.deepEqual(await said(), [
    saved,
    '',
    saved,
    '',
    removed,
    saved,
    removed,
    'Updated from another tab: 1 topic muted.',
  ]);
  await context.close();
});

test('a damaged stored value is reset with a notice, never thrown; a damaged saved paper alone is dropped', async () => {
  const page = await cleanPage('robots.txt');
  await page.evaluate((key) => localStorage.setItem(key, '{"saved": [{"slug": "x"'), STORE_KEY);
  await visit(page, '');
  await page
    .getByRole('alert')
    .filter({ hasText: /could not be read .* so they were reset/ })
    .waitFor();
  assert.deepEqual((await stored(page)).saved, []);
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await page.getByRole('alert').count(), 0, 'said once');

  // Only the visit damaged: it alone is reset, and the saved paper stays.
  const saved = [savedPaper('kept-paper', 1)];
  await store(page, { saved, muted: [], visit: { lastViewAt: 'yesterday' } });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page
    .getByRole('alert')
    .filter({ hasText: /^Your last visit could not be read .* so it was reset\.$/ })
    .waitFor();
  assert.deepEqual((await stored(page)).saved, saved);

  // One saved paper damaged among good ones: it alone is dropped, and the others are listed.
  const good = [4, 3, 2, 1].map((savedAt) => savedPaper(`good-paper-${savedAt}`, savedAt));
  await store(page, {
    saved: [...good.slice(0, 2), { title: 'broken', slug: 'BAD SLUG' }, ...good.slice(2)],
    muted: [],
  });
  await visit(page, 'saved/');
  await page
    .getByRole('alert')
    .filter({ hasText: /^1 saved paper could not be read and was dropped\.$/ })
    .waitFor();
  assert.deepEqual(
    await savedTitles(page),
    good.map(({ title }) => title),
  );
  assert.deepEqual((await stored(page)).saved, good);
});

test('papers listed since the previous visit are marked and counted, through the visit, until marked as seen; earlier days listed since are marked on the home page', async () => {
  const page = await cleanPage('');
  assert.equal(await page.locator('.new-badge').count(), 0, 'a first visit marks nothing');
  // The previous visit: the day before the sample was listed (the site is built once).
  await store(page, { saved: [], muted: [], visit: { lastViewAt: Date.parse('2026-04-12T10:00:00Z') } });
  await page.reload({ waitUntil: 'domcontentloaded' });
  const listedAfter = await page
    .locator('ol[data-marks-new] > .paper-item')
    .evaluateAll((items) => items.filter((item) => (item as HTMLElement).dataset.listed! > '2026-04-12').length);
  assert.ok(listedAfter > 0);
  assert.equal(await page.locator('.new-badge').count(), listedAfter);
  assert.equal(await page.locator('.paper-item h2 .new-badge, .paper-item h3 .new-badge').first().textContent(), 'New');
  await page.getByText(`${listedAfter} new since your last visit ·`).waitFor();
  // A list that also hides a muted paper keeps one note of each as the reader shows and hides it.
  const topics = (await page.locator('ol[data-marks-new] > .paper-item').first().getAttribute('data-topics')) ?? '';
  await store(page, { ...(await stored(page)), muted: topics.split(' ').map((slug) => ({ slug, name: slug })) });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /^Show the \d+ papers? of muted topics$/ }).click();
  await page.getByRole('button', { name: /^Hide the \d+ papers? of muted topics$/ }).click();
  assert.equal(await page.locator('.muted-note').count(), 1);
  assert.equal(await page.locator('.new-note').count(), 1);
  assert.equal(await page.locator('.new-badge').count(), listedAfter, 'a hidden new paper is still new');
  // Later pages of the same visit keep the marks: the newest day's page, linked from the home page.
  await page.locator('main a[href*="/dates/2"]').first().click();
  await page.waitForURL(/\/dates\/\d{4}-\d{2}-\d{2}\/$/);
  const onDay = await page.locator('.new-badge').count();
  assert.ok(onDay > 0, 'a day page marks them too');
  await page.getByText(`${onDay} new since your last visit ·`).waitFor();
  await page.getByRole('button', { name: 'Mark all as seen' }).click();
  assert.equal(await page.locator('.new-badge').count(), 0);
  await page.getByText('All marked as seen.').waitFor();
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await page.locator('.new-badge').count(), 0);
  // Away longer: the home page also marks the earlier days listed since, and counts their papers.
  await store(page, { ...(await stored(page)), visit: { lastViewAt: Date.parse('2026-04-11T10:00:00Z') } });
  await page.goto(under.url(''));
  const earlier = page.locator('[data-marks-new-days] > li:has(.new-badge)');
  assert.deepEqual(await earlier.evaluateAll((days) => days.map((day) => (day as HTMLElement).dataset.listed)), [
    '2026-04-12',
  ]);
  const onEarlier = Number(await earlier.getAttribute('data-count'));
  const newest = await page.locator('ol[data-marks-new] > .paper-item').count();
  await page.getByText(`${newest} new since your last visit, and ${onEarlier} more on earlier days ·`).waitFor();
  assert.equal(
    await page.getByRole('link', { name: `${onEarlier} more on earlier days` }).getAttribute('href'),
    '#recent',
  );
});

test('mute a topic from its page (which still lists its papers) and from a paper, lists elsewhere say how many they hide; unmute there and from /saved/', async () => {
  const page = await cleanPage('topics/speech-audio/');
  const listed = await page.locator('.paper-list > .paper-item').count();
  // Keyboard operable; the label says what the button does, and the change is said.
  await page.getByRole('button', { name: 'Mute Speech & Audio' }).focus();
  await page.keyboard.press('Enter');
  const unmute = page.getByRole('button', { name: 'Unmute Speech & Audio' });
  assert.equal(await unmute.evaluate((button) => button === document.activeElement), true);
  assert.equal(await unmute.getAttribute('aria-pressed'), null, 'its label, not a pressed state, says it');
  assert.match((await page.locator('[data-announcement]').textContent()) ?? '', /^Speech & Audio muted: /);
  assert.equal(
    await page.locator('.paper-list > .paper-item:visible').count(),
    listed,
    "the topic's own page hides none",
  );
  assert.equal(await page.locator('.muted-note:visible').count(), 0);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await unmute.waitFor();

  // Elsewhere (the month of the topic's papers) the papers only in it are hidden.
  await visit(page, 'months/2026-01/');
  const onlySpeech = await page
    .locator('.paper-list > .paper-item')
    .evaluateAll((items) => items.filter((item) => (item as HTMLElement).dataset.topics === 'speech-audio').length);
  const inMonth = await page.locator('.paper-list > .paper-item').count();
  assert.ok(onlySpeech > 0, `${onlySpeech} of ${inMonth}`);
  await page.getByText(`${onlySpeech} papers hidden (muted topics) —`).waitFor();
  assert.equal(await page.locator('.paper-list > .paper-item:visible').count(), inMonth - onlySpeech);
  await page.getByRole('button', { name: `Show the ${onlySpeech} papers of muted topics`, exact: true }).click();
  assert.equal(await page.locator('.paper-list > .paper-item:visible').count(), inMonth);
  assert.equal(
    await page.locator('[data-announcement]').textContent(),
    `Shown: the ${onlySpeech} papers of muted topics.`,
  );
  await page.getByRole('button', { name: `Hide the ${onlySpeech} papers of muted topics`, exact: true }).click();
  assert.equal(await page.locator('.paper-list > .paper-item:visible').count(), inMonth - onlySpeech);

  await visit(page, 'saved/');
  await page.getByRole('button', { name: 'Unmute Speech & Audio' }).click();
  await page.getByRole('status').filter({ hasText: 'Speech & Audio unmuted.' }).waitFor();
  assert.equal(await page.locator('#muted-none').isVisible(), true);
  assert.deepEqual((await stored(page)).muted, []);

  // From a paper's topics, and unmuted there.
  await visit(page, `papers/${codePaperSlug()}/`);
  await page.getByText('Mute a topic').click();
  const chipMute = page.locator('.mute-topics .mute-toggle').first();
  const name = (await chipMute.innerText()).replace(/^Mute /, '');
  await chipMute.click();
  assert.equal(await chipMute.innerText(), `Unmute ${name}`);
  assert.deepEqual(
    (await stored(page)).muted.map(({ slug }: { slug: string }) => slug),
    [await chipMute.getAttribute('data-topic')],
  );
  await chipMute.click();
  assert.equal(await chipMute.innerText(), `Mute ${name}`);
  assert.deepEqual((await stored(page)).muted, []);
});

test('shortcuts: j/k move through the list, s saves, a shows the abstract, ? shows them, o opens, and back on the list j goes on from there; none while typing', async () => {
  const page = await cleanPage('topics/speech-audio/');
  const items = page.locator('.paper-list > .paper-item');
  const current = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.paper-list > .paper-item')].findIndex(
        (item) => item.classList.contains('is-current') && item.contains(document.activeElement),
      ),
    );
  // Before j or k has chosen a paper, a key that acts on one says how to choose it.
  await page.keyboard.press('s');
  assert.equal(await page.locator('[data-announcement]').textContent(), NO_PAPER_CHOSEN);
  await page.keyboard.press('j');
  assert.equal(await current(), 0);
  // At an end the key moves nothing, and says why.
  await page.keyboard.press('k');
  assert.equal(await current(), 0);
  assert.equal(await page.locator('[data-announcement]').textContent(), 'This is the first paper of the list.');
  await page.keyboard.press('j');
  // Moved on, the line is emptied: the next time at an end is said again.
  assert.equal(await page.locator('[data-announcement]').textContent(), '');
  await page.keyboard.press('j');
  assert.equal(await current(), 2);
  // The paper moved to is marked apart from the focus ring (solid) of its title.
  assert.equal(await items.nth(2).evaluate((item) => getComputedStyle(item).outlineStyle), 'dashed');
  await page.keyboard.press('k');
  assert.equal(await current(), 1);
  await page.keyboard.press('s');
  assert.equal(await items.nth(1).locator('.save-toggle').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(
    (await stored(page)).saved.map(({ slug }: { slug: string }) => slug),
    [await items.nth(1).getAttribute('data-slug')],
  );
  // The toggle s pressed is not the element in focus: what it did is said.
  const said = page.locator('[data-announcement]');
  assert.equal(await said.textContent(), `Saved: ${await items.nth(1).locator(':is(h2, h3) a').innerText()}`);
  // Focus moved to another paper (by Tab or a click): s acts on that one, not the last moved to.
  await items.nth(3).locator('.save-toggle').focus();
  await page.keyboard.press('s');
  assert.equal(await items.nth(3).locator('.save-toggle').getAttribute('aria-pressed'), 'true');
  assert.equal(await items.nth(1).locator('.save-toggle').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('s');
  assert.equal(await said.textContent(), `No longer saved: ${await items.nth(3).locator(':is(h2, h3) a').innerText()}`);
  await items.nth(1).locator(':is(h2, h3) a').focus();
  // a shows the current paper's abstract in its row, and hides it again; focus stays on the paper.
  const title = await items.nth(1).locator(':is(h2, h3) a').innerText();
  await page.keyboard.press('a');
  assert.equal(await items.nth(1).locator('details.row-summary').getAttribute('open'), '');
  assert.equal(await said.textContent(), `Abstract shown: ${title}`);
  await items.nth(1).locator('details.row-summary.whole-abstract').waitFor();
  // Focus inside what a hides (the abstract, scrolled by keyboard) goes back to the paper's title, not to nowhere.
  await items
    .nth(1)
    .locator('.row-abstract')
    .evaluate((abstract) => {
      abstract.tabIndex = -1;
      abstract.focus();
    });
  await page.keyboard.press('a');
  assert.equal(await items.nth(1).locator('details.row-summary').getAttribute('open'), null);
  assert.equal(await said.textContent(), `Abstract hidden: ${title}`);
  assert.equal(await current(), 1, "the paper's title holds focus");

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.match(await help.innerText(), /j\s+Next paper in the list/);
  await page.keyboard.press('j');
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });
  assert.equal(await current(), 1, 'no shortcut while the help is open');

  await page.locator('#site-search').focus();
  await page.keyboard.type('js');
  assert.equal(await page.locator('#site-search').inputValue(), 'js');
  assert.equal(
    await items.nth(1).locator('.save-toggle').getAttribute('aria-pressed'),
    'true',
    'typing "s" saved nothing',
  );

  await items.nth(1).locator(':is(h2, h3) a').focus();
  const href = await items.nth(1).locator(':is(h2, h3) a').getAttribute('href');
  await page.keyboard.press('o');
  await page.waitForURL(`${under.server.origin}${href}`);
  // Back on the list, j goes on from the paper opened.
  await page.goBack();
  await items.first().waitFor();
  assert.equal(
    await items
      .nth(1)
      .getAttribute('class')
      .then((names) => names?.includes('is-current')),
    true,
  );
  await page.keyboard.press('j');
  assert.equal(await current(), 2);
  // A paper opened by a click on its title is, as with o, the one j goes on from back on the list.
  const clicked = items.nth(4).locator(':is(h2, h3) a');
  const clickedHref = await clicked.getAttribute('href');
  await clicked.click();
  await page.waitForURL(`${under.server.origin}${clickedHref}`);
  await page.goBack();
  await items.first().waitFor();
  await page.keyboard.press('j');
  assert.equal(await current(), 5);
});

test('back on a list after following a paper, the rows opened before are open again, their whole abstract shown', async () => {
  const page = await cleanPage('topics/speech-audio/');
  const rows = page.locator('.paper-list > .paper-item');
  const opened = () =>
    rows.evaluateAll((items) =>
      items.flatMap((item) => (item.querySelector('details[open]') ? [(item as HTMLElement).dataset.slug] : [])),
    );
  await rows.nth(2).locator('summary').click();
  await rows.nth(0).locator('summary').click();
  const before = await opened();
  assert.equal(before.length, 2);
  const title = rows.nth(3).locator(':is(h2, h3) a');
  const href = await title.getAttribute('href');
  await title.click();
  await page.waitForURL(`${under.server.origin}${href}`);
  await page.goBack();
  await rows.nth(2).locator('details.whole-abstract').waitFor();
  assert.deepEqual(await opened(), before);
  // Opened anew (not by Back), the list starts closed.
  await visit(page, 'topics/speech-audio/');
  assert.deepEqual(await opened(), []);
});

test("a on a card that shows only its summary, or on a paper's own page, says where the abstract is", async () => {
  const page = await cleanPage(`papers/${codePaperSlug()}/`);
  const said = page.locator('[data-announcement]');
  await page.keyboard.press('a');
  assert.equal(await said.textContent(), 'The whole abstract is on this page.');
  // j moves through the related papers, whose cards show their summaries.
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  const related = await page.locator('.paper-list > .paper-item.is-current .save-title').textContent();
  assert.equal(await said.textContent(), `${ONLY_SUMMARY}: ${related}`);
});

test('single-key shortcuts can be turned off in their list, which the footer opens, and on again: the choice is kept', async () => {
  const page = await cleanPage('');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const on = help.getByRole('checkbox', { name: 'Single-key shortcuts on' });
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await help.waitFor();
  assert.equal(await on.isChecked(), true, 'on at first');
  await on.uncheck();
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });
  await page.reload();
  await page.keyboard.press('j');
  await page.keyboard.press('?');
  assert.equal(await page.locator('.paper-item.is-current').count(), 0, 'j moved nothing');
  assert.equal(await help.isVisible(), false, '? opened nothing');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  assert.equal(await on.isChecked(), false, 'the choice was kept');
  await on.check();
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.locator('.paper-item.is-current').waitFor();
});

test('the new pages have no axe violations, light and dark: /saved/, the weeks and months and one of each', async () => {
  const page = await cleanPage('');
  const paper = await page
    .locator('.paper-list > .paper-item')
    .first()
    .evaluate((item) => ({ ...(item as HTMLElement).dataset }));
  await store(page, {
    saved: [
      {
        ...JSON.parse(paper.cite ?? ''),
        slug: paper.slug,
        listed: paper.listed,
        topics: paper.topics?.split(' '),
        savedAt: 1,
      },
    ],
    muted: [{ slug: 'speech-audio', name: 'Speech & Audio' }],
  });
  await visit(page, 'saved/');
  await page.locator('#saved-list .save-toggle:visible').first().waitFor();
  await page.locator('#muted-list li').first().waitFor();
  assert.deepEqual(await axeViolationsLightAndDark(page), [], 'saved/');
  for (const path of ['weeks/', 'weeks/2026-W16/', 'months/', 'months/2026-01/']) {
    await visit(page, path);
    assert.deepEqual(await axeViolationsLightAndDark(page), [], path);
  }
});
