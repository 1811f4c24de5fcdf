/**
 * Research areas on the built fixture site: an area's pages list its papers (as their front
 * matter says) with its topics' counts, its feed carries its newest papers, the OPML names every
 * area's feed, the topics index is grouped by area, cards lead with their area, search filters by
 * area (the page and the terminal), and axe finds no violation on the areas' pages, light and dark.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Parser from 'rss-parser';
import { readPaperFile } from '../../src/lib/ingest/paper-file.ts';
import { FEED_SIZE } from '../../src/lib/site/feeds.ts';
import { LIST_PAGE_SIZE } from '../../src/lib/site/constants.ts';
import { readTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { axeViolationsLightAndDark, searchResults } from '../helpers/browser.ts';
import { ROOT } from '../helpers/cli.ts';
import { TEST_BASE, useSiteInBrowser } from '../helpers/site.ts';
import { searchAsJson, searchInTerminal } from '../helpers/terminal-search.ts';

const under = useSiteInBrowser();

const { url } = under;

/** The collection's papers: slug, area and topics, from their front matter. */
function collection(): { slug: string; area: string; topics: string[] }[] {
  return readdirSync(under.site.papers)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { data } = readPaperFile(readFileSync(join(under.site.papers, name), 'utf8'));
      const { area, topics } = data as { area: string; topics: string[] };
      return { slug: name.slice(0, -'.md'.length), area, topics };
    });
}

/** The area with the most papers: enough for a second page in the fixture site. */
function largestArea(): { slug: string; papers: { slug: string; topics: string[] }[] } {
  const byArea = Map.groupBy(collection(), ({ area }) => area);
  const [slug, papers] = [...byArea].sort(([, a], [, b]) => b.length - a.length)[0] ?? ['', []];
  return { slug, papers };
}

/** The paper slugs a built list page links to, in order. */
function listedSlugs(page: string): string[] {
  const html = readFileSync(join(under.site.dist, page, 'index.html'), 'utf8');
  return [...html.matchAll(/<h[23]><a href="[^"]*\/papers\/([^/"]+)\/"/g)].map(([, slug]) => slug ?? '');
}

test("an area's pages list exactly its papers, newest first, the pages past the first 50 each, with its topics' counts", async () => {
  const area = largestArea();
  assert.ok(area.papers.length >= 2 * LIST_PAGE_SIZE, `${area.papers.length} papers in ${area.slug}`);
  const first = listedSlugs(`areas/${area.slug}`);
  const second = listedSlugs(`areas/${area.slug}/1`);
  assert.equal(second.length, LIST_PAGE_SIZE);
  assert.deepEqual([...first, ...second].sort(), area.papers.map(({ slug }) => slug).sort());

  const page = await under.newPage();
  await page.goto(url(`areas/${area.slug}/`));
  assert.match(await page.locator('.lead').innerText(), new RegExp(`${area.papers.length} papers, newest first`));
  const listed = await page
    .locator('.paper-list .listed time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  assert.deepEqual(listed, [...listed].sort().reverse());
  const counts = await page
    .locator('.area-topics a')
    .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.querySelector('.count')?.textContent]));
  const expected = Map.groupBy(
    area.papers.flatMap(({ topics }) => topics),
    (slug) => slug,
  );
  assert.deepEqual(
    Object.fromEntries(counts),
    Object.fromEntries([...expected].map(([slug, list]) => [`${TEST_BASE}topics/${slug}/`, `(${list.length})`])),
  );
  // Each card leads its tags with its area.
  const leads = await page
    .locator('.paper-list .tags li:first-child')
    .evaluateAll((items) => items.map((li) => [li.className, li.querySelector('a')?.getAttribute('href')]));
  assert.equal(leads.length, first.length);
  for (const lead of leads) assert.deepEqual(lead, ['area', `${TEST_BASE}areas/${area.slug}/`]);
  await page.getByRole('link', { name: 'Older' }).first().click();
  assert.equal(new URL(page.url()).pathname, `${TEST_BASE}areas/${area.slug}/1/`);
  await page.close();
});

test("an area's feed parses and carries its newest papers; the area page announces it; the OPML names every area's", async () => {
  const { slug } = largestArea();
  const xml = readFileSync(join(under.site.dist, 'areas', slug, 'rss.xml'), 'utf8');
  const feed = await new Parser().parseString(xml);
  assert.equal(feed.link, `${under.site.site}${TEST_BASE}areas/${slug}/`);
  // An area may share a topic's name (Speech & Audio): its feed says it is the area's.
  assert.match(feed.title ?? '', / \(area\)$/);
  assert.deepEqual(
    feed.items.map(({ link }) => link),
    listedSlugs(`areas/${slug}`)
      .slice(0, FEED_SIZE)
      .map((paper) => `${under.site.site}${TEST_BASE}papers/${paper}/`),
  );
  // Announced first: readers that find a page's feeds subscribe to the first.
  const page = readFileSync(join(under.site.dist, 'areas', slug, 'index.html'), 'utf8');
  assert.match(
    /<link rel="alternate"[^>]*>/.exec(page)?.[0] ?? '',
    new RegExp(
      `^<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${TEST_BASE}areas/${slug}/rss.xml">$`,
    ),
  );

  const opml = readFileSync(join(under.site.dist, 'feeds.opml'), 'utf8');
  const areas = new Set(collection().map(({ area }) => area));
  for (const area of areas)
    assert.ok(opml.includes(`xmlUrl="${under.site.site}${TEST_BASE}areas/${area}/rss.xml"`), area);
  const sitemap = readFileSync(join(under.site.dist, 'sitemap-0.xml'), 'utf8');
  for (const area of areas) assert.ok(sitemap.includes(`${TEST_BASE}areas/${area}/</loc>`), area);
});

test('the topics index: a section per area by name, other last, its topics inside by name', async () => {
  const taxonomy = readTaxonomy(join(ROOT, 'content', 'topics.yaml'));
  const page = await under.newPage();
  await page.goto(url('topics/'));
  const sections = await page.locator('main section').evaluateAll((list) =>
    list.map((section) => ({
      heading: section.querySelector('h2')?.firstChild?.textContent ?? '',
      link: section.querySelector('h2 a')?.getAttribute('href') ?? null,
      topics: [...section.querySelectorAll('.topic-grid > li > a:first-child')].map((a) => ({
        name: a.textContent ?? '',
        slug: a.getAttribute('href')?.split('/').at(-2) ?? '',
      })),
    })),
  );
  const names = sections.map(({ heading }) => heading);
  assert.equal(names.at(-1), 'Other');
  assert.deepEqual(
    names.slice(0, -1),
    names.slice(0, -1).sort((a, b) => a.localeCompare(b)),
  );
  const withPages = new Set(readdirSync(join(under.site.dist, 'areas')));
  for (const { heading, link, topics } of sections) {
    const [area] = Object.entries(taxonomy.areas).find(([, { name }]) => name === heading) ?? ['other'];
    assert.equal(link, withPages.has(area) ? `${TEST_BASE}areas/${area}/` : null, heading);
    for (const { slug } of topics) assert.equal(taxonomy.topics[slug]?.area ?? 'other', area, slug);
    const topicNames = topics.map(({ name }) => name);
    assert.deepEqual(
      topicNames,
      [...topicNames].sort((a, b) => a.localeCompare(b)),
      heading,
    );
  }
  await page.close();
});

test('an area and a topic of one name have pages of different titles', async () => {
  const page = await under.newPage();
  await page.goto(url('areas/audio/'));
  assert.match(await page.title(), /^Speech & Audio \(area\)/);
  assert.equal(await page.locator('h1').innerText(), 'Speech & Audio');
  await page.goto(url('topics/speech-audio/'));
  assert.match(await page.title(), /^Speech & Audio(?! \(area\))/);
  await page.close();
});

test("a paper's page names its area, linked", async () => {
  const [paper] = collection();
  const page = await under.newPage();
  await page.goto(url(`papers/${paper?.slug}/`));
  assert.equal(await page.locator('.paper-area a').getAttribute('href'), `${TEST_BASE}areas/${paper?.area}/`);
  assert.match(await page.locator('.paper-area').innerText(), /^Area: /);
  await page.close();
});

test('the search page filters by area: its papers only, counted as the topic facet counts, each result led by its area', async () => {
  const area = largestArea();
  const name = readTaxonomy(join(ROOT, 'content', 'topics.yaml')).areas[area.slug]?.name ?? '';
  const page = await under.newPage();
  await page.goto(url('search/?q=speech+recognition'));
  const all = await searchResults(page);
  await page.locator('details.filters summary').click();
  await page.locator(`input[name="area"][value="${area.slug}"]`).check();
  const narrowed = await searchResults(page);
  assert.match(page.url(), new RegExp(`area=${area.slug}`));
  assert.ok(narrowed.urls.length > 0 && narrowed.urls.length <= all.urls.length);
  const slugs = new Set(area.papers.map(({ slug }) => slug));
  for (const path of narrowed.urls) assert.ok(slugs.has(path.split('/').at(-2) ?? ''), path);
  const leads = await page
    .locator('#search-results .paper-item .tags li:first-child')
    .evaluateAll((items) =>
      items.map((li) => [li.className, li.textContent, li.querySelector('a')?.getAttribute('href')]),
    );
  for (const lead of leads) assert.deepEqual(lead, ['area', name, `${TEST_BASE}areas/${area.slug}/`]);

  // Without words, the filter lists every paper of the area, as its facet counts them.
  await page.goto(url(`search/?area=${area.slug}`));
  const listed = await searchResults(page);
  const shown = area.papers.length > 20 ? ', 20 shown' : '';
  assert.equal(listed.status, `${area.papers.length} papers found in ${name} (area)${shown}.`);
  await page.locator('details.filters summary').click();
  await page.locator('details.filters[data-counts="done"]').waitFor({ state: 'attached' });
  const count = page.locator(`input[name="area"][value="${area.slug}"] ~ .count`);
  assert.equal(await count.textContent(), `(${area.papers.length})`);
  await page.close();
});

test('the terminal search takes --area by slug or name', async () => {
  const area = largestArea();
  const name = readTaxonomy(join(ROOT, 'content', 'topics.yaml')).areas[area.slug]?.name ?? '';
  for (const given of [area.slug, name]) {
    const { total } = await searchAsJson(under.site, ['--area', given, '--limit', '1000']);
    assert.equal(total, area.papers.length, given);
  }
  const unknown = await searchInTerminal(['--area', 'Astronomy', '--dist', under.site.dist]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--area: no area "Astronomy"/);
});

test('axe finds no violation on the areas index and an area page, light and dark', async () => {
  const page = await under.newPage();
  for (const path of ['areas/', `areas/${largestArea().slug}/`]) {
    await page.goto(url(path));
    assert.deepEqual(await axeViolationsLightAndDark(page), [], path);
  }
  await page.close();
});
