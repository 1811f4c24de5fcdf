/**
 * The search page in real Chromium on a fixture site: ranking, filters and their counts, math in
 * titles, and the phone layout (its URL and history: search-history; offline and failed index
 * files: search-offline).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, searchResults as results } from '../helpers/browser.ts';
import { TEST_BASE, useSiteInBrowser } from '../helpers/site.ts';
import { searchInTerminal } from '../helpers/terminal-search.ts';

const under = useSiteInBrowser();

const { searchUrl } = under;

test('typing a query finds the expected paper first; the header box and "/" lead to search', async () => {
  const page = await under.newPage();
  await page.goto(under.url(''));
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search');
  await page.keyboard.type('Kolmogorov Arnold attention');
  await page.keyboard.press('Enter');
  await page.waitForURL(/search\/\?q=/);
  const { titles } = await results(page);
  assert.match(titles[0] ?? '', /^Kolmogorov-Arnold Attention/);

  await page.fill('#search-query', 'Eigen-CAM principal components');
  const typed = await results(page);
  assert.match(typed.titles[0] ?? '', /^Eigen-CAM/);
  await page.close();
});

test('a topic filter narrows the results; sorting by upvotes reorders them', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=activation'));
  const all = await results(page);
  await page.locator('details.filters summary').click();
  await page.getByLabel(/Kolmogorov–Arnold Networks/).check();
  const narrowed = await results(page);
  assert.ok(
    narrowed.titles.length > 0 && narrowed.titles.length < all.titles.length,
    `${narrowed.titles.length} of ${all.titles.length}`,
  );
  const tags = await page
    .locator('#search-results .paper-item')
    .evaluateAll((items) => items.map((item) => item.querySelector('.tags')?.textContent ?? ''));
  for (const tag of tags) assert.match(tag, /Kolmogorov–Arnold Networks/);
  assert.match(page.url(), /topic=kolmogorov-arnold-networks/);

  await page.goto(searchUrl('?q=speech+recognition'));
  const byRelevance = await results(page);
  await page.selectOption('#search-sort', 'upvotes');
  await page.waitForURL(/sort=upvotes/);
  const byUpvotes = await results(page);
  const upvotes = await page.locator('#search-results .upvotes').allInnerTexts();
  const counts = upvotes.map((text) => Number.parseInt(text));
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
  assert.equal(counts[0], 59);
  assert.notDeepEqual(byUpvotes.titles, byRelevance.titles);
  await page.close();
});

test('"More" moves focus to the first new result; counts read "1 upvote"; filters alone list newest first, and the sort menu says so', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?sort=upvotes'));
  // Typed, then "More" clicked: the box loses focus and fires `change`, which must not search again.
  await page.fill('#search-query', 'speech');
  await page.waitForURL(/q=speech/);
  await results(page);
  await page.locator('#search-more').click();
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 20);
  await page.waitForTimeout(400);
  assert.ok((await page.locator('#search-results > li').count()) > 20, 'the results "More" added are still there');
  assert.equal(
    await page.evaluate(
      () => document.activeElement === document.querySelectorAll('#search-results > li')[20]?.querySelector('a'),
    ),
    true,
  );
  let clicks = 1;
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, before);
    const focused = await page.evaluate(
      (index) =>
        document.activeElement === document.querySelectorAll('#search-results > li')[index]?.querySelector('a'),
      before,
    );
    assert.ok(focused, `after "More" #${++clicks}, focus is on result ${before + 1}`);
  }
  assert.ok(clicks > 0);
  const upvotes = await page.locator('#search-results .upvotes').allInnerTexts();
  assert.ok(upvotes.includes('1 upvote'), upvotes.join(', '));
  for (const text of upvotes) assert.match(text, /^(?:1 upvote|(?!1 )\d+ upvotes)$/);

  await page.goto(searchUrl('?topic=speech-audio'));
  await results(page);
  const dates = await page
    .locator('#search-results .paper-item .published time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  assert.ok(dates.length > 1);
  assert.deepEqual(dates, [...dates].sort().reverse());
  // The sort menu says so, and offers newest first once (a hidden option is still offered to a
  // screen reader); with words, relevance is relevance again.
  const chosen = () =>
    page.locator('#search-sort').evaluate((menu: HTMLSelectElement) => menu.selectedOptions[0]?.text);
  const offered = () =>
    page.locator('#search-sort').evaluate((menu: HTMLSelectElement) => [...menu.options].map((option) => option.text));
  assert.equal(await chosen(), 'Newest first');
  assert.deepEqual(await offered(), ['Newest first', 'Most upvoted']);
  await page.fill('#search-query', 'speech');
  assert.equal(await chosen(), 'Relevance');
  assert.deepEqual(await offered(), ['Relevance', 'Newest first', 'Most upvoted']);
  // Newest first chosen in the address: still one such choice, chosen, until words are typed.
  await page.goto(searchUrl('?topic=speech-audio&sort=date'));
  await results(page);
  assert.deepEqual([await chosen(), await offered()], ['Newest first', ['Newest first', 'Most upvoted']]);
  assert.equal(await page.inputValue('#search-sort'), 'date');
  await page.selectOption('#search-sort', 'upvotes');
  await page.waitForURL(/sort=upvotes/);
  assert.deepEqual(await offered(), ['Newest first', 'Most upvoted']);
  await page.fill('#search-query', 'speech');
  assert.deepEqual([await chosen(), await offered()], ['Most upvoted', ['Relevance', 'Newest first', 'Most upvoted']]);
  await page.close();
});

test("a result's excerpt is the abstract's, never its title again", async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=Kolmogorov+Arnold'));
  await results(page);
  const cards = await page
    .locator('#search-results .paper-item')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('h2')?.textContent ?? '',
        item.querySelector('.summary')?.textContent ?? '',
      ]),
    );
  assert.ok(cards.length > 1);
  for (const [title = '', excerpt = ''] of cards) {
    assert.ok(excerpt.length > 40, excerpt);
    assert.ok(!excerpt.replace(/^… /, '').startsWith(title.slice(0, 30)), `${title}: ${excerpt}`);
  }
  assert.ok((await page.locator('#search-results .summary mark').count()) > 0, 'the words found are marked');
  await page.close();
});

test('a title with math is typeset on its page, in lists, in search results and on /saved/, readable text elsewhere, and found by its math', async () => {
  const slug = readdirSync(under.site.papers)
    .find((name) => name.startsWith('tight-bounds-for-sorting'))
    ?.slice(0, -3);
  assert.ok(slug);
  const page = await under.newPage();
  await page.goto(under.url(`papers/${slug}/`));
  assert.equal(await page.locator('h1 math').count(), 1);
  assert.equal(await page.title(), 'Tight Bounds for Sorting with k-wise Comparisons · Paper Digest');
  // Named by its readable text where a screen reader lists headings and links: Chromium leaves MathML out of a name.
  const named = 'Tight Bounds for Sorting with k-wise Comparisons';
  await page.getByRole('heading', { level: 1, name: named, exact: true }).waitFor();
  await page.goto(under.url('dates/2026-03-02/'));
  assert.equal(await page.locator('.paper-item h2 math, .paper-item h3 math').count(), 1);
  await page.getByRole('link', { name: named, exact: true }).waitFor();
  const feeds = readdirSync(join(under.site.dist, 'topics'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.xml'))
    .map((path) => readFileSync(join(under.site.dist, 'topics', path), 'utf8'))
    .filter((feed) => feed.includes('Tight Bounds'));
  assert.ok(feeds.length > 0);
  for (const feed of feeds) {
    assert.match(feed, /<title>Tight Bounds for Sorting with k-wise Comparisons<\/title>/);
    assert.doesNotMatch(feed, /<title>[^<]*\$k\$/);
  }
  await page.goto(searchUrl('?q=k-wise+sorting'));
  const { titles } = await results(page);
  assert.equal(titles[0], 'Tight Bounds for Sorting with k-wise Comparisons');
  // Typeset as the day page sets it, once the typesetting has loaded.
  const title = page.locator('#search-results > li:first-child :is(h2, h3) > a');
  await title.locator('math').waitFor();
  assert.equal(await title.getAttribute('aria-label'), named);
  const typeset = await title.innerHTML();
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(under.url('dates/2026-03-02/'));
  assert.equal(typeset, await page.locator('.paper-item :is(h2, h3) > a').first().innerHTML());
  await page.close();
  // Saved from its day's list or from its search result, it is typeset on /saved/ as well.
  for (const [where, toggle] of [
    ['dates/2026-03-02/', '.paper-item:has(math) .save-toggle'],
    ['search/?q=k-wise+sorting', '#search-results > li:first-child .save-toggle'],
  ] as const) {
    const reader = await under.browser.newPage({ serviceWorkers: 'block' });
    await reader.goto(under.url(where));
    await reader.locator(toggle).click();
    await reader.goto(under.url('saved/'));
    const saved = reader.locator('#saved-list .saved-title');
    await saved.locator('math').waitFor();
    assert.equal(await saved.innerHTML(), typeset, where);
    await reader.close();
  }
});

test('an area or topic given by name is found; one the site does not have is left out of the search, and the page says so', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=speech&topic=no-such-topic'));
  const { titles, status } = await results(page);
  assert.ok(titles.length > 0);
  assert.match(status, /^\d+ papers found(?:, 20 shown)?\. There is no topic “no-such-topic”: searched without it\.$/);
  assert.equal(new URL(page.url()).search, '?q=speech');
  await page.goto(searchUrl('?topic=no-such-topic'));
  assert.match((await results(page)).status, /^Type words .* There is no topic “no-such-topic”/);
  assert.equal(await page.locator('#search-results > li').count(), 0);
  await page.goto(searchUrl('?q=speech&area=no-such-area&area=audio'));
  assert.match(
    (await results(page)).status,
    /^\d+ papers found in Speech & Audio \(area\)(?:, 20 shown)?\. There is no area “no-such-area”: searched without it\.$/,
  );
  assert.equal(new URL(page.url()).search, '?q=speech&area=audio');
  // So is a year the site has no paper of: no box ticked would say it filters.
  await page.goto(searchUrl('?q=speech&year=1999'));
  assert.match(
    (await results(page)).status,
    /^\d+ papers found(?:, 20 shown)?\. There are no papers from 1999: searched without that year\.$/,
  );
  assert.equal(new URL(page.url()).search, '?q=speech');
  // A name, or a slug in another case, is the label it names.
  await page.goto(searchUrl('?q=speech&topic=Speech-Audio&area=Speech+%26+Audio&topic=<b>x</b>'));
  assert.match(
    (await results(page)).status,
    /^\d+ papers found in Speech & Audio \(area\), Speech & Audio(?:, 20 shown)?\. There is no topic “<b>x<\/b>”: searched without it\.$/,
  );
  assert.equal(new URL(page.url()).search, '?q=speech&area=audio&topic=speech-audio');
  // Its box is ticked: a further change keeps it.
  assert.equal(await page.locator('input[name="topic"][value="speech-audio"]').isChecked(), true);
  await page.locator('#search-sort').selectOption('upvotes');
  await page.waitForURL(/sort=upvotes/);
  assert.match(new URL(page.url()).search, /area=audio&topic=speech-audio/);
  await page.close();
});

test('one ranking over every year, newest first a sort to choose; words that match nothing find nothing', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl('?q=speech+recognition'));
  const relevant = await results(page);
  assert.match(relevant.status, /^\d+ papers found(?:, 20 shown)?\.$/);
  await page.selectOption('#search-sort', 'date');
  await page.waitForURL(/sort=date/);
  const newest = await results(page);
  assert.equal(newest.status, relevant.status, 'the same papers, in another order');
  const dates = await page
    .locator('#search-results .paper-item .published time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  assert.deepEqual(dates, [...dates].sort().reverse());

  // Pagefind answers an unknown word with any word it starts like ("x" for "xyzzyqwerty"): not a match.
  await page.goto(searchUrl('?q=xyzzyqwerty'));
  const nonsense = await results(page);
  assert.equal(nonsense.status, 'No papers match “xyzzyqwerty”. Check the spelling, use fewer words.');
  assert.deepEqual(nonsense.titles, []);
  // A query of symbols alone has no words: said so, and shown as text.
  await page.goto(searchUrl(`?q=${encodeURIComponent('"<=>')}`));
  assert.equal((await results(page)).status, '“"<=>” has no words to search for: type words with letters or digits.');
  await page.goto(searchUrl('?q=xyzzyqwerty&year=2026'));
  assert.match(
    (await results(page)).status,
    /with these filters\. Check the spelling, use fewer words, or clear filters\.$/,
  );
  // No paper has every word: those with all but one, said so, in the browser and the terminal.
  await page.goto(searchUrl('?q=Kolmogorov+xyzzyqwerty'));
  const nearly = await results(page);
  assert.match(
    nearly.status,
    /^No paper has every word of “Kolmogorov xyzzyqwerty”; these have all but one\. \d+ papers? found\.$/,
  );
  assert.match(nearly.titles[0] ?? '', /Kolmogorov/);
  const nearlyInTerminal = await searchInTerminal([
    'Kolmogorov',
    'xyzzyqwerty',
    '--dist',
    under.site.dist,
    '--base',
    TEST_BASE,
  ]);
  assert.match(
    nearlyInTerminal.stdout,
    /^No paper has every word of “Kolmogorov xyzzyqwerty”; these have all but one\.\n\d+ papers? found/,
  );
  // A word that begins like one the papers have is a typo found.
  await page.goto(searchUrl('?q=Kolmogorovv'));
  assert.match((await results(page)).titles[0] ?? '', /Kolmogorov/);
  await page.close();
  const terminal = await searchInTerminal(['xyzzyqwerty', '--dist', under.site.dist, '--base', TEST_BASE]);
  assert.equal(terminal.status, 0, terminal.stderr);
  assert.equal(terminal.stdout, 'No papers match “xyzzyqwerty”. Check the spelling, use fewer words.\n');
});

test("filter counts are the search's: a topic's count is what ticking it finds, and the site's without a search", async () => {
  const page = await under.newPage();
  const counts = () =>
    page.locator('input[name=topic], input[name=year]').evaluateAll((boxes) =>
      boxes.map((box) => {
        const count = box.parentElement?.querySelector<HTMLElement>('.count');
        return {
          name: box.getAttribute('name') ?? '',
          value: (box as HTMLInputElement).value,
          shown: Number.parseInt((count?.textContent ?? '').slice(1)),
          site: Number(count?.dataset.siteCount),
        };
      }),
    );
  await page.goto(searchUrl('?q=activation'));
  const found = await results(page);
  // Counted once the panel opens (counting loads every shard's filters).
  assert.equal(await page.locator('details.filters').getAttribute('data-counts'), 'stale');
  await page.locator('details.filters summary').click();
  await page.waitForSelector('details.filters[data-counts="done"]', { state: 'attached' });
  const all = await counts();
  const years = all.filter(({ name }) => name === 'year');
  assert.equal(
    years.reduce((sum, { shown }) => sum + shown, 0),
    Number.parseInt(found.status),
    'every paper found has one year',
  );
  const topic = all.find(({ name, shown, site }) => name === 'topic' && shown > 0 && shown < site);
  assert.ok(topic, 'a topic with some of its papers found');
  assert.ok(
    all.some(({ name, shown }) => name === 'topic' && shown === 0),
    'a topic with none',
  );
  await page.locator(`input[name=topic][value="${topic.value}"]`).check();
  await page.waitForURL(new RegExp(`topic=${topic.value}`));
  const topicName = await page.locator(`input[name=topic][value="${topic.value}"]`).getAttribute('data-name');
  assert.equal(
    (await results(page)).status,
    `${topic.shown === 1 ? '1 paper' : `${topic.shown} papers`} found in ${topicName}${topic.shown > 20 ? ', 20 shown' : ''}.`,
  );
  await page.goto(searchUrl());
  await results(page);
  for (const { shown, site } of await counts()) assert.equal(shown, site);
  await page.close();
});

test('on a phone the open filters scroll within their box, and the page does not jump as results arrive', async () => {
  const page = await under.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(searchUrl('?q=speech+recognition'));
  await results(page);
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => (window as unknown as { shifts: { total: number } }).shifts.total);
  assert.ok(shift <= 0.1, `layout shift ${shift}`);
  await page.locator('details.filters summary').click();
  const status = await page.locator('#search-status').boundingBox();
  assert.ok(status && status.y < 844, `the results start at ${status?.y}px`);
  await page.close();
});
