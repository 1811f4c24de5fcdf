/**
 * The built site in real Chromium: every URL kind, pagination, day links, feeds, accessibility
 * (axe), and hostile dump text staying inert — on a site built from the fixture dumps under a
 * base path.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import Parser from 'rss-parser';
import { FEED_DAYS } from '../../src/lib/site/feeds.ts';
import { readPaperFile } from '../../src/lib/ingest/paper-file.ts';
import { axeViolations, openRow } from '../helpers/browser.ts';
import { CODE_PAPER, TEST_BASE, useSiteInBrowser } from '../helpers/site.ts';
import { xmlError } from '../helpers/xml.ts';

const under = useSiteInBrowser();

const { url } = under;

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

function paperSlugs(): string[] {
  return readdirSync(join(under.site.dist, 'papers'));
}

/** Every console error and dialog of a page, from now on, in the list returned. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return problems;
}

/** A page opened with the site's CSP in force, collecting every console error and dialog. */
async function open(path: string): Promise<{ page: Page; status: number | undefined; problems: string[] }> {
  const page = await under.newPage();
  const problems = collectProblems(page);
  const response = await page.goto(url(path));
  return { page, status: response?.status(), problems };
}

test('every URL kind answers 200; an unknown one gets the 404 page', async () => {
  const slug = paperSlugs()[0] ?? '';
  const date = readdirSync(join(under.site.dist, 'dates')).find((name) => /^\d{4}-\d{2}-\d{2}$/.test(name)) ?? '';
  for (const path of [
    '',
    'dates/',
    `dates/${date}/`,
    'topics/',
    'topics/speech-audio/',
    'topics/speech-audio/1/',
    `papers/${slug}/`,
    'search/',
    'rss.xml',
    'dates/rss.xml',
    'topics/speech-audio/rss.xml',
    'areas/',
    'areas/audio/',
    'areas/audio/1/',
    'areas/audio/rss.xml',
    'weeks/',
    'weeks/2026-W16/',
    'weeks/rss.xml',
    'months/',
    'months/2026-01/',
    'months/2026-01/2/',
    'feeds.opml',
    'robots.txt',
    'sitemap-index.xml',
    'favicon.svg',
  ]) {
    const response = await fetch(url(path));
    assert.equal(response.status, 200, path);
  }
  // robots.txt names the sitemap by its absolute URL, which is served.
  const sitemap = /^Sitemap: (\S+)$/m.exec(await (await fetch(url('robots.txt'))).text())?.[1] ?? '';
  assert.equal(sitemap, `${under.site.site}${TEST_BASE}sitemap-index.xml`);
  assert.equal((await fetch(url(sitemap.slice(`${under.site.site}${TEST_BASE}`.length)))).status, 200);
  const missing = await open('no/such/page/');
  assert.equal(missing.status, 404);
  assert.equal(await missing.page.locator('h1:visible').innerText(), 'Page not found');
  // Served at any missing address: no canonical URL of its own, and not indexed.
  assert.equal(await missing.page.locator('link[rel="canonical"]').count(), 0);
  assert.equal(await missing.page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
  await missing.page.close();
  // Each reader's own saved papers: nothing to index, and not in the sitemap.
  const saved = await open('saved/');
  assert.equal(await saved.page.locator('link[rel="canonical"]').count(), 0);
  assert.equal(await saved.page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
  await saved.page.close();
  const listed = readFileSync(join(under.site.dist, 'sitemap-0.xml'), 'utf8');
  assert.ok(listed.includes(`${TEST_BASE}search/</loc>`));
  assert.ok(!listed.includes(`${TEST_BASE}saved/</loc>`), 'no /saved/ in the sitemap');
});

test('shared links preview: every page names its title, description and URL; a paper page is an article of its day', async () => {
  const slug = paperSlugs().find((name) => name.startsWith('tight-bounds-for-sorting')) ?? '';
  const { page } = await open(`papers/${slug}/`);
  const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
  // The title's math is typeset in the heading, and readable text in the preview.
  assert.equal(await page.locator('h1 annotation').textContent(), 'k');
  assert.equal(await meta('og:title'), 'Tight Bounds for Sorting with k-wise Comparisons');
  assert.equal(await meta('og:type'), 'article');
  assert.equal(await meta('article:published_time'), '2026-03-02');
  assert.equal(await meta('og:url'), await page.locator('link[rel="canonical"]').getAttribute('href'));
  assert.equal(await meta('og:url'), `${under.site.site}${TEST_BASE}papers/${slug}/`);
  // The abstract's math is readable text there too, as the title's.
  const description = await meta('og:description');
  assert.match(description ?? '', /^Sorting with k-wise comparisons needs /);
  assert.equal(await page.locator('meta[name="description"]').getAttribute('content'), description);
  await page.goto(url('topics/'));
  assert.equal(await meta('og:type'), 'website');
  assert.equal(await meta('og:url'), `${under.site.site}${TEST_BASE}topics/`);
  await page.close();
});

test("the home page lists the newest listing day: the sample's 43 papers under April 13, 2026", async () => {
  const { page } = await open('');
  assert.equal((await page.locator('#latest').innerText()).replace(/\s+/g, ' '), 'Newest: April 13, 2026 (43)');
  const rows = page.locator('.newest-day .paper-list > .paper-item');
  assert.equal(await rows.count(), 43);
  // Among them papers whose own dates are years older: a day is the day the listing showed them.
  const published = await rows
    .locator('.published time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  assert.ok(
    published.some((date) => date < '2020-01-01'),
    published.join(' '),
  );
  await page.close();
});

test('topic pages paginate by 50, newest listed first, with working newer/older links', async () => {
  const { page } = await open('topics/speech-audio/');
  // Its own feed is announced first: readers that find a page's feeds subscribe to the first.
  assert.equal(
    await page.locator('link[rel="alternate"]').first().getAttribute('href'),
    `${TEST_BASE}topics/speech-audio/rss.xml`,
  );
  // The newest papers: a page's worth and up to as many again, so that older pages keep theirs.
  const first = await page.locator('.paper-item').count();
  assert.ok(first >= 50 && first < 100, `${first} papers`);
  const dates = await page
    .locator('.paper-item .listed time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  assert.deepEqual(dates, [...dates].sort().reverse());
  // The pager is above and below the list.
  assert.equal(await page.locator('a[rel="next"]').count(), 2);
  await page.locator('a[rel="next"]').last().click();
  assert.equal(new URL(page.url()).pathname, `${TEST_BASE}topics/speech-audio/1/`);
  assert.equal(await page.locator('.paper-item').count(), 50);
  assert.match(await page.locator('.pager').first().innerText(), /Listed January \d+\s–\s\d+, 2026/);
  await page.locator('a[rel="prev"]').first().click();
  assert.equal(new URL(page.url()).pathname, `${TEST_BASE}topics/speech-audio/`);
  await page.close();
});

test('day pages link to the previous and next days that have papers', async () => {
  const days = readdirSync(join(under.site.dist, 'dates'))
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort();
  assert.ok(days.length > 3);
  const middle = Math.floor(days.length / 2);
  const { page } = await open(`dates/${days[middle]}/`);
  // Above and below the list.
  for (const [rel, day] of [
    ['prev', days[middle - 1]],
    ['next', days[middle + 1]],
  ])
    assert.deepEqual(
      await page.locator(`a[rel="${rel}"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      [`${TEST_BASE}dates/${day}/`, `${TEST_BASE}dates/${day}/`],
    );
  const upvotes = await page
    .locator('.upvotes')
    .evaluateAll((nodes) => nodes.map((node) => Number.parseInt(node.textContent ?? '0')));
  assert.deepEqual(
    upvotes,
    [...upvotes].sort((a, b) => b - a),
    'ranked by upvotes',
  );
  await page.close();
  const first = await open(`dates/${days[0]}/`);
  assert.equal(await first.page.locator('a[rel="prev"]').count(), 0);
  await first.page.close();
});

test('every built feed is well-formed XML that an RSS reader reads, with unique guids', async () => {
  const feeds = files(under.site.dist, 'rss.xml');
  assert.ok(feeds.length > 5);
  for (const feed of feeds) {
    const xml = readFileSync(feed, 'utf8');
    assert.equal(xmlError(xml), undefined, relative(under.site.dist, feed));
    const parsed = await new Parser().parseString(xml);
    // The channel links to its page, base path included, and names its own URL.
    const path = relative(under.site.dist, feed).split(sep).join('/');
    assert.equal(parsed.link, `${under.site.site}${TEST_BASE}${path.replace(/rss\.xml$/, '')}`);
    assert.ok(xml.includes(`<atom:link href="${under.site.site}${TEST_BASE}${path}" rel="self"`), path);
    const guids = parsed.items.map((item) => item.guid);
    assert.equal(new Set(guids).size, guids.length, `duplicate guids in ${feed}`);
    // Items are papers, but in the day-by-day and week-by-week feeds, whose items are days and weeks.
    const items = { 'dates/rss.xml': 'dates/', 'weeks/rss.xml': 'weeks/' }[path] ?? 'papers/';
    for (const item of parsed.items) {
      assert.ok(item.link?.startsWith(`${under.site.site}${TEST_BASE}${items}`), item.link);
      assert.match(item.pubDate ?? '', /^\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT$/);
    }
  }
  const opml = readFileSync(join(under.site.dist, 'feeds.opml'), 'utf8');
  assert.equal(xmlError(opml), undefined);
  assert.deepEqual(
    [...opml.matchAll(/xmlUrl="([^"]+)"/g)]
      .map(([, feedUrl]) => feedUrl?.slice(`${under.site.site}${TEST_BASE}`.length))
      .sort(),
    feeds.map((feed) => relative(under.site.dist, feed).split(sep).join('/')).sort(),
    'the OPML list names every feed built',
  );
  // A week is one item to readers once it is over (its guid is its page, whatever its best as upvotes
  // come in); the newest, still being listed, is another, "so far".
  const weeks = await new Parser().parseString(readFileSync(join(under.site.dist, 'weeks', 'rss.xml'), 'utf8'));
  const newestWeek = readdirSync(join(under.site.dist, 'weeks'))
    .filter((name) => /^\d{4}-W\d{2}$/.test(name))
    .sort()
    .at(-1);
  const [newest, ...over] = weeks.items;
  assert.ok(over.length > 0);
  assert.equal(newest?.link, `${under.site.site}${TEST_BASE}weeks/${newestWeek}/`);
  assert.equal(newest?.guid, `${newest?.link}#so-far`);
  assert.match(newest?.title ?? '', /^Week \d+, \d{4} \([^)]+\), so far: /);
  for (const { guid, link } of over) assert.equal(guid, link);
  // The pages of days and weeks announce their own feed first, as a topic's page does.
  const day = readdirSync(join(under.site.dist, 'dates')).find((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
  const firstFeed = (path: string) =>
    /<link rel="alternate"[^>]* href="([^"]+)"/.exec(
      readFileSync(join(under.site.dist, path, 'index.html'), 'utf8'),
    )?.[1];
  const ownFeeds: [string, string][] = [
    ['dates', 'dates/rss.xml'],
    [`dates/${day}`, 'dates/rss.xml'],
    ['weeks', 'weeks/rss.xml'],
    [`weeks/${newestWeek}`, 'weeks/rss.xml'],
  ];
  for (const [path, feed] of ownFeeds) assert.equal(firstFeed(path), `${TEST_BASE}${feed}`, path);
});

test("a paper feed names a paper's authors and links its arXiv page under the abstract", async () => {
  // The paper's topic's feed: the newest papers' carries the newest day's.
  const xml = files(join(under.site.dist, 'topics'), 'rss.xml')
    .map((feed) => readFileSync(feed, 'utf8'))
    .find((text) => text.includes(CODE_PAPER.title));
  assert.ok(xml, 'a topic feed has the paper');
  assert.match(xml, /<rss [^>]*xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
  const feed = await new Parser().parseString(xml);
  const item = feed.items.find(({ title }) => title === CODE_PAPER.title);
  assert.ok(item);
  assert.equal(item.creator, CODE_PAPER.authorNames.join(', '));
  assert.match(item.link ?? '', new RegExp(`^${under.site.site}${TEST_BASE}papers/[^/]+/$`));
  assert.ok(
    item.content?.endsWith(`<p><a href="https://arxiv.org/abs/${CODE_PAPER.arxiv}">arXiv:${CODE_PAPER.arxiv}</a></p>`),
    item.content,
  );
  // A paper from a text dump has no names: no creator.
  const newest = await new Parser().parseString(readFileSync(join(under.site.dist, 'rss.xml'), 'utf8'));
  assert.ok(newest.items.some(({ creator }) => creator === undefined));
});

test("a feed item's abstract has its math as readable text, as its title", async () => {
  const title = 'Tight Bounds for Sorting with k-wise Comparisons';
  // Its topic's or area's feed: the newest papers' carries newer days.
  const xml = files(under.site.dist, 'rss.xml')
    .map((feed) => readFileSync(feed, 'utf8'))
    .find((text) => text.includes(`<title>${title}</title>`));
  assert.ok(xml, 'a feed has the paper');
  const item = (await new Parser().parseString(xml)).items.find((candidate) => candidate.title === title);
  assert.ok(item);
  assert.match(item.content ?? '', /^<p>Sorting with k-wise comparisons needs (?!\$)/);
});

test('the day-by-day feed: the newest days first (the newest "so far"), each listing every paper its page lists', async () => {
  const feed = await new Parser().parseString(readFileSync(join(under.site.dist, 'dates', 'rss.xml'), 'utf8'));
  const days = readdirSync(join(under.site.dist, 'dates'))
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort()
    .reverse();
  assert.ok(days.length > FEED_DAYS, `${days.length} days: the feed's limit is tested`);
  assert.deepEqual(
    feed.items.map(({ link }) => link),
    days.slice(0, FEED_DAYS).map((day) => `${under.site.site}${TEST_BASE}dates/${day}/`),
  );
  let papers = 0;
  for (const [index, item] of feed.items.entries()) {
    const dayPage = readFileSync(join(under.site.dist, 'dates', days[index] ?? '', 'index.html'), 'utf8');
    const onPage = [...dayPage.matchAll(/<h2><a href="([^"]*\/papers\/[^"]+)"/g)].map(([, href]) => href);
    const inFeed = [...(item.content ?? '').matchAll(/href="([^"]+)"/g)].map(([, href]) =>
      href?.slice(under.site.site.length),
    );
    assert.deepEqual(inFeed, onPage, item.title);
    assert.match(item.title ?? '', new RegExp(`: ${onPage.length} papers?$`));
    papers += inFeed.length;
  }
  assert.ok(papers > feed.items.length, `${papers} papers in ${feed.items.length} days`);
  // The newest day is still being listed: "so far", under a guid of its own; the others are their pages.
  assert.match(feed.items[0]?.title ?? '', /, so far: \d+ papers?$/);
  assert.deepEqual(
    feed.items.map(({ guid, link }) => guid === link),
    feed.items.map((_, index) => index > 0),
  );
});

test("no page or feed names where the build machine keeps the dumps: a source is its file's name and line", () => {
  const buildFolder = dirname(under.site.papers);
  const published = ['.html', '.xml', '.opml', '.json'].flatMap((suffix) => files(under.site.dist, suffix));
  assert.deepEqual(
    published.filter((file) => readFileSync(file, 'utf8').includes(buildFolder)),
    [],
  );
  const page = readFileSync(join(under.site.dist, 'papers', paperSlugs()[0] ?? '', 'index.html'), 'utf8');
  assert.match(page, /<code>[^<>/]+\.(txt|json)<\/code>, (line|item) \d+/);
});

test("the build's log: each page on a line of its own, the search index's summary in one piece, no warning", () => {
  const lines = readFileSync(under.site.buildLog, 'utf8').split('\n');
  // With SITE_URL set, nothing is left to warn of.
  assert.deepEqual(
    lines.filter((line) => line.includes('[WARN]')),
    [],
  );
  const pageLines = lines.filter((line) => line.includes('├─'));
  assert.ok(pageLines.length > 100, `${pageLines.length} page lines`);
  assert.deepEqual(
    pageLines.filter((line) => line.split('├─').length > 2 || /\(\+[\d.]+m?s\)/.test(line)),
    [],
  );
  const summary = lines.findIndex((line) => line.startsWith('Search index:'));
  assert.match(lines.slice(summary, summary + 3).join('\n'), /^Search index: .+\n {2}rebuilt: .+\n {2}offline cache: /);
});

test('hostile titles appear literally in their page h1 (math typeset); nothing runs, nothing errs', async () => {
  const hostileTitles = [
    '<script>alert("title")</script><img src=x onerror=alert(1)>',
    '---',
    'title: "quoted: colon" # not a comment',
    'Math $O(n \\log n)$ in the title',
  ];
  const titles = new Map(
    readdirSync(under.site.papers)
      .filter((file) => file.endsWith('.md'))
      .map((file) => [
        readPaperFile(readFileSync(join(under.site.papers, file), 'utf8')).data.title,
        file.slice(0, -3),
      ]),
  );
  for (const hostile of hostileTitles) {
    const slug = titles.get(hostile);
    assert.ok(slug, hostile);
    const { page, status, problems } = await open(`papers/${slug}/`);
    assert.equal(status, 200);
    if (hostile.includes('$')) {
      // Math is typeset: its TeX stays in the MathML, and the page's title reads it as text.
      assert.equal(await page.locator('h1 annotation').textContent(), 'O(n \\log n)');
      assert.equal(await page.title(), 'Math O(n log n) in the title · Paper Digest');
    } else assert.equal(await page.locator('h1').innerText(), hostile);
    assert.deepEqual(problems, [], slug);
    assert.deepEqual(await unsafeUrls(page), [], slug);
    await page.close();
  }
});

/** Every URL in the page's elements that would run code or carry a document. */
function unsafeUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')]
      .flatMap((element) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href'].map((name) => element.getAttribute(name) ?? ''),
      )
      .filter((value) => /^\s*(?:javascript|data|vbscript):/i.test(value)),
  );
}

test('no link on any page of the hostile dump leads to javascript: or data:', async () => {
  const hostile = readdirSync(under.site.papers).filter(
    (file) =>
      file.endsWith('.md') && readFileSync(join(under.site.papers, file), 'utf8').includes('fixture-hostile-text-'),
  );
  assert.ok(hostile.length >= 5);
  const page = await under.newPage();
  for (const file of hostile) {
    await page.goto(url(`papers/${file.slice(0, -3)}/`));
    assert.deepEqual(await unsafeUrls(page), [], file);
  }
  await page.close();
});

/** A page of each kind, with the given paper pages and search address. */
function pagesOfEveryKind(papers: readonly (string | undefined)[], search: string): string[] {
  const date = readdirSync(join(under.site.dist, 'dates')).find((name) => /^\d{4}/.test(name));
  return [
    '',
    'dates/',
    `dates/${date}/`,
    'topics/',
    'topics/speech-audio/',
    'areas/',
    'areas/audio/',
    ...papers.map((slug) => `papers/${slug}/`),
    search,
    'no/such/page/',
  ];
}

/** The fixture site's paper from a JSON dump: names, an arXiv id and code. */
const CODE_SLUG = 'lattice-folding-networks-for-protein-backbone-design';

test("a JSON dump's paper page: its authors, its arXiv, PDF, Hugging Face and code links, a citation that copies", async () => {
  const context = await under.browser.newContext({ serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('')).origin });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url(`papers/${CODE_SLUG}/`));
  assert.equal(await page.locator('.authors').textContent(), `Authors: ${CODE_PAPER.authorNames.join(', ')}`);
  const links = await page
    .locator('.paper-links a')
    .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(links, [
    ['arXiv', `https://arxiv.org/abs/${CODE_PAPER.arxiv}`],
    ['PDF', `https://arxiv.org/pdf/${CODE_PAPER.arxiv}`],
    ['Hugging Face', `https://huggingface.co/papers/${CODE_PAPER.arxiv}`],
    ['Code', CODE_PAPER.github],
  ]);
  assert.match(await page.locator('.paper-links').innerText(), /Code \(128 stars\)/);
  assert.equal(await page.locator('#find-heading').count(), 0, 'no title searches for a paper with an arXiv id');
  const citation = (await page.locator('#citation').textContent()) ?? '';
  assert.match(citation, /^@misc\{okonkwolindqvist2026lattice,\n/);
  assert.match(citation, /\n {2}eprint = \{2604\.01234\},\n/);
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  const said = page.getByRole('status').filter({ hasText: 'Copied.' });
  await said.waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
  // Said for a few seconds, so that a later copy is said again.
  await page.clock.runFor(6000);
  await said.waitFor({ state: 'detached' });
  await context.close();
});

test('pages of every kind: no console errors under the CSP, no axe violations', async () => {
  const slug = paperSlugs().find((name) => name.startsWith('math')) ?? paperSlugs()[0];
  const wideMath = paperSlugs().find((name) => name.startsWith('tight-bounds-for-sorting'));
  const page = await under.newPage();
  const problems = collectProblems(page);
  for (const path of pagesOfEveryKind([slug, wideMath, CODE_SLUG], 'search/')) {
    problems.length = 0;
    const status = (await page.goto(url(path)))?.status();
    // The 404 page's own status is the one error Chromium logs for it.
    const expected =
      status === 404 ? ['console: Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
    assert.deepEqual(problems, expected, path);
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await page.close();
});

test('on a phone, no page kind scrolls sideways; a display formula wider than the screen scrolls by itself, the prose keeping its width', async () => {
  const page = await under.newPage({ viewport: { width: 390, height: 844 } });
  const math = paperSlugs().find((name) => name.startsWith('tight-bounds-for-sorting'));
  assert.ok(math);
  for (const path of pagesOfEveryKind([math], 'search/?q=speech')) {
    await page.goto(url(path));
    const { pageWidth, viewport } = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    assert.ok(pageWidth <= viewport, `${path}: ${pageWidth} px wide on a ${viewport} px screen`);
  }
  await page.goto(url(`papers/${math}/`));
  const widths = (selector: string) =>
    page.locator(selector).evaluate((element) => ({ content: element.scrollWidth, box: element.clientWidth }));
  const formula = await widths('.abstract .math-block');
  assert.ok(
    formula.content > formula.box,
    `the formula (${formula.content} px) is wider than its box (${formula.box} px): the test means something`,
  );
  const abstract = await widths('.abstract');
  assert.ok(abstract.content <= abstract.box, `the abstract itself does not scroll: ${JSON.stringify(abstract)}`);
  // A region that scrolls must be reachable by keyboard.
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test("a row opened on a phone shows its paper's whole abstract, math typeset, a formula wider than the screen scrolling by itself; nothing errs under the CSP", async () => {
  const math = paperSlugs().find((name) => name.startsWith('tight-bounds-for-sorting')) ?? '';
  const page = await under.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(url(`papers/${math}/`));
  const day = (await page.locator('.facts a[href*="/dates/"]').getAttribute('href')) ?? '';
  const problems = collectProblems(page);
  await page.goto(new URL(day, page.url()).href);
  const abstract = await openRow(page.locator(`.paper-item[data-slug="${math}"]`));
  assert.match((await abstract.innerText()).replace(/\s+/g, ' '), /we give an algorithm within a constant factor\.$/);
  assert.equal(await abstract.locator('math[display="block"]').count(), 1, 'the display formula');
  assert.equal(
    await abstract
      .locator('math')
      .first()
      .evaluate((element) => element.namespaceURI),
    'http://www.w3.org/1998/Math/MathML',
  );
  const widths = await abstract.evaluate((element) => {
    const formula = element.querySelector('.math-block') as Element;
    return {
      formula: formula.scrollWidth,
      formulaBox: formula.clientWidth,
      content: element.scrollWidth,
      box: element.clientWidth,
      page: document.documentElement.scrollWidth,
    };
  });
  assert.ok(
    widths.formula > widths.formulaBox && widths.content <= widths.box && widths.page <= 390,
    JSON.stringify(widths),
  );
  // The formula scrolls: reachable by keyboard, as on the paper's page; the abstract is not a stop.
  await page.waitForFunction(
    () => document.querySelector('.row-abstract .math-block')?.getAttribute('tabindex') === '0',
  );
  assert.equal(await abstract.getAttribute('tabindex'), null);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a paper page's blocks are Tab stops only while they scroll: a display formula while it is wider, never the BibTeX, which wraps", async () => {
  const math = paperSlugs().find((name) => name.startsWith('tight-bounds-for-sorting'));
  const page = await under.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url(`papers/${math}/`));
  const tabStop = (selector: string) => page.locator(selector).evaluate((block) => block.getAttribute('tabindex'));
  const scrolls = (selector: string) =>
    page.locator(selector).evaluate((block) => block.scrollWidth > block.clientWidth);
  // Wide enough for every formula: nothing to scroll, no Tab stop.
  await page.waitForFunction(() => !document.querySelector('.abstract .math-block')?.hasAttribute('tabindex'));
  assert.deepEqual([await scrolls('.abstract .math-block'), await tabStop('.abstract')], [false, null]);
  // On a phone the formula scrolls: a Tab stop again, and the abstract around it is not.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => document.querySelector('.abstract .math-block')?.getAttribute('tabindex') === '0');
  assert.equal(await scrolls('.abstract .math-block'), true);
  assert.deepEqual([await scrolls('.abstract'), await tabStop('.abstract')], [false, null]);
  assert.deepEqual([await tabStop('.cite pre'), await scrolls('.cite pre')], [null, false], 'the BibTeX wraps');
  // A wrapped field's lines are indented, not back at the block's edge.
  const title = await page.locator('.cite .bib-line', { hasText: 'title = ' }).evaluate((line) => {
    const range = document.createRange();
    range.selectNodeContents(line);
    const rects = [...range.getClientRects()].filter(({ width }) => width > 0);
    return {
      lines: new Set(rects.map(({ top }) => Math.round(top))).size,
      first: rects[0]?.left ?? 0,
      last: rects.at(-1)?.left ?? 0,
    };
  });
  assert.ok(title.lines > 1 && title.last > title.first, JSON.stringify(title));
  await page.close();
});

test('math is typeset at build time as MathML, with no client script', async () => {
  const math = paperSlugs().find((name) => name.startsWith('math-o-n-log-n'));
  assert.ok(math);
  const html = readFileSync(join(under.site.dist, 'papers', math, 'index.html'), 'utf8');
  assert.match(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
  assert.doesNotMatch(html, /katex\.min\.js/);
});
