/**
 * The first screen of a day's papers in real Chromium, on a site built from the benchmark's
 * synthetic dumps of 1,000 papers: compact rows (at least 10 on a desktop's first screen, also
 * under a returning reader's notes, the first one on a phone's), a row opening in place to its paper's whole
 * abstract (or, without script or its page, to the summary), the side column, the day's topic chips
 * filtering the list with and without script, topic and area pages' side column, and axe in light
 * and dark.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { plural } from '../../src/lib/common/text.ts';
import { markdownToAbstract } from '../../src/lib/ingest/markdown-body.ts';
import { paperBody } from '../../src/lib/ingest/paper-file.ts';
import { STORE_KEY } from '../../src/lib/reader/store.ts';
import {
  axeViolationsLightAndDark,
  chromiumAccessibleNode,
  launchBrowser,
  openRow,
  sharedProfile,
} from '../helpers/browser.ts';
import { useSyntheticSite } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const site = useSyntheticSite();
let server: StaticServer;
let browser: Browser;
/** The newest day's page (the site is built by the time a test runs, not yet when the hooks start). */
const newestDay = () =>
  `dates/${readdirSync(`${site.dist}/dates`)
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort()
    .at(-1)}/`;

before(async () => {
  server = await serveStatic(site.dist, site.base);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const sharedPage = sharedProfile(() => browser);

/** A page in the shared profile, or, with script off, in a profile of its own. */
async function open(path: string, { viewport = DESKTOP, javaScriptEnabled = true } = {}): Promise<Page> {
  const page = javaScriptEnabled
    ? await sharedPage(viewport)
    : await browser.newPage({ viewport, javaScriptEnabled, serviceWorkers: 'block' });
  await page.goto(`${server.origin}/${path}`);
  return page;
}

/** How many papers' rows are shown wholly on the first screen. */
const rowsAboveTheFold = (page: Page) =>
  page.locator('.paper-item').evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const { bottom, height } = row.getBoundingClientRect();
        return height > 0 && bottom <= window.innerHeight;
      }).length,
  );

const visibleRows = (page: Page) => page.locator('.paper-item:visible');

test('a desktop shows at least 10 papers above the fold, with the side column beside them', async () => {
  for (const path of ['', newestDay()]) {
    const page = await open(path);
    const above = await rowsAboveTheFold(page);
    assert.ok(above >= 10, `${path || 'home'}: ${above} papers above the fold at 1280×800`);
    const list = await page.locator('.day-papers').boundingBox();
    const side = await page.locator('.day-side').boundingBox();
    assert.ok(list && side && side.x >= list.x + list.width, 'the topics, calendar and feeds are beside the list');
    assert.equal(await page.locator('.day-side .month caption').count(), 1, 'one calendar month');
    assert.deepEqual(await page.locator('.day-side .feed-links a').allInnerTexts(), [
      'Newest papers (RSS)',
      'Day by day (RSS)',
      'Week by week (RSS)',
      'All feeds (OPML)',
    ]);
    assert.match(
      (await page.locator('.day-side .period-links').innerText()).replace(/\s+/g, ' '),
      /^The best of Week \d+, \d{4} \(.+\) The best of \w+ \d{4} All dates$/,
    );
    await page.close();
  }
});

test("a returning reader's notes (papers new since the last visit, papers hidden by a muted topic) leave 10 papers above the fold", async () => {
  for (const path of ['', newestDay()]) {
    const page = await browser.newPage({ viewport: DESKTOP, serviceWorkers: 'block' });
    await page.goto(`${server.origin}/${path}`);
    const topics = (await page.locator('.paper-item').first().getAttribute('data-topics'))?.split(' ') ?? [];
    // A last visit long ago, and every topic of the first paper muted.
    const state = {
      saved: [],
      muted: topics.map((slug) => ({ slug, name: slug })),
      visit: { lastViewAt: 946_684_800_000 },
    };
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: STORE_KEY,
      value: JSON.stringify(state),
    });
    await page.reload();
    await page.locator('.new-note').first().waitFor();
    await page.locator('.muted-note').first().waitFor();
    const above = await rowsAboveTheFold(page);
    assert.ok(above >= 10, `${path || 'home'}: ${above} papers above the fold under the notes`);
    await page.close();
  }
});

test("on a phone the first paper's title is on the first screen, the side column after the list and its pager, targets a finger can take, and nothing scrolls sideways", async () => {
  for (const path of ['', newestDay()]) {
    const page = await open(path, { viewport: PHONE });
    const title = await page.locator('.paper-item :is(h2, h3)').first().boundingBox();
    assert.ok(title && title.y + title.height <= PHONE.height, `${path || 'home'}: first title ends at ${title?.y}`);
    const list = await page.locator('.day-papers').boundingBox();
    const side = await page.locator('.day-side').boundingBox();
    assert.ok(list && side && side.y >= list.y + list.height, 'the side column comes after the list');
    if (path) {
      const pager = await page.locator('nav[aria-label="Days, after the list"]').boundingBox();
      assert.ok(
        pager && side && pager.y + pager.height <= side.y,
        "the day's pager ends the list, before the side column",
      );
    }
    // Targets a finger can take (WCAG 2.5.8): the toggles, chips and header links 24 px or more each way.
    const smallest = await page
      .locator('.row-head .save-toggle, .paper-item .tags a, .site-nav a, .to-side a')
      .evaluateAll((targets) =>
        Math.min(
          ...targets
            .filter((target) => target.getClientRects().length > 0)
            .flatMap((target) => [target.getBoundingClientRect().width, target.getBoundingClientRect().height]),
        ),
      );
    assert.ok(smallest >= 24, `${path || 'home'}: a target ${smallest} px across`);
    // A chip of the side column keeps a space between its name and its count.
    const space = await page
      .locator('.day-side .tags a:has(.count)')
      .first()
      .evaluate((chip) => {
        const name = document.createRange();
        name.selectNodeContents(chip.firstChild as Node);
        return (
          (chip.querySelector('.count') as Element).getBoundingClientRect().left - name.getBoundingClientRect().right
        );
      });
    assert.ok(space >= 2, `${path || 'home'}: ${space} px between a chip's name and its count`);
    // On the narrowest screen (320 px, or 640 px at 200% zoom) the header's links wrap between them, not inside a word.
    await page.setViewportSize({ width: 320, height: 640 });
    const tallest = await page
      .locator('.site-nav a')
      .evaluateAll((links) => Math.max(...links.map((link) => link.getBoundingClientRect().height)));
    assert.ok(tallest <= 32, `${path || 'home'}: a header link ${tallest} px tall at 320 px`);
    await page.setViewportSize(PHONE);
    // Opened, an abstract wraps within the row.
    await openRow(page.locator('.paper-item').first());
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `${path || 'home'}: ${width} px wide`);
    await page.close();
  }
});

/** The area with the most topics: the longest side column. */
const fullestArea = () =>
  readdirSync(`${site.dist}/areas`)
    .filter((name) => name !== 'index.html')
    .map((name) => ({ name, html: readFileSync(`${site.dist}/areas/${name}/index.html`, 'utf8') }))
    .sort((a, b) => b.html.split('<li').length - a.html.split('<li').length)[0]?.name;

test("a topic's and an area's page: the chart and topics beside the list on a desktop, after it on a phone, a link at the top leading there", async () => {
  for (const path of [`areas/${fullestArea()}/`, 'topics/large-language-models/']) {
    const desktop = await open(path);
    const list = await desktop.locator('.paper-list').boundingBox();
    const side = await desktop.locator('#list-side').boundingBox();
    assert.ok(
      list && side && side.x >= list.x + list.width && side.y < DESKTOP.height,
      `${path}: side column beside the list`,
    );
    assert.ok((await rowsAboveTheFold(desktop)) >= 10, `${path}: ten rows on the first screen`);
    await desktop.close();

    const phone = await open(path, { viewport: PHONE });
    const title = await phone.locator('.paper-item h3, .paper-item h2').first().boundingBox();
    assert.ok(title && title.y + title.height <= PHONE.height, `${path}: first title ends at ${title?.y}`);
    const onPhone = await phone.locator('#list-side').boundingBox();
    const papers = await phone.locator('.paper-list').boundingBox();
    assert.ok(onPhone && papers && onPhone.y >= papers.y + papers.height, `${path}: side column after the list`);
    await phone.locator('.to-side a').click();
    assert.equal(new URL(phone.url()).hash, '#list-side');
    await phone.close();
  }
});

/** A paper's abstract as its collection file holds it: the text its page shows. */
const abstractOf = (slug: string) =>
  markdownToAbstract(paperBody(readFileSync(join(site.papers, `${slug}.md`), 'utf8')));

/** Text as a reader reads it: white space, paragraph breaks too, as single spaces. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a row shows one line of the summary under a short name for its paper, and opens in place to the whole abstract with the authors, the focus kept', async () => {
  const page = await open(newestDay());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const row = page.locator('.paper-item').first();
  const slug = (await row.getAttribute('data-slug')) ?? '';
  const title = await row.locator(':is(h2, h3)').innerText();
  const disclosure = `.paper-item[data-slug="${slug}"] summary`;
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(`/papers/${slug}/`)) asked.push(request.url());
  });
  const line = await row.locator('.summary').evaluate((element) => ({
    height: element.clientHeight,
    cut: element.scrollWidth > element.clientWidth,
  }));
  assert.ok(line.cut, 'the first line is cut short');
  assert.equal(await row.locator('.byline').isVisible(), false);
  // The disclosure is named for its paper, not read out as its 240-character summary.
  assert.deepEqual(await chromiumAccessibleNode(page, disclosure), {
    role: 'DisclosureTriangle',
    name: `Abstract of ${title}`,
  });
  const placed = async () => {
    const box = await row.locator('summary').boundingBox();
    return box && { x: box.x, y: box.y };
  };
  const closedAt = await placed();
  const abstract = await openRow(row, 'Enter');
  assert.equal(await row.locator('details').getAttribute('open'), '');
  // Where it was: a second click in the same place closes it.
  assert.deepEqual(await placed(), closedAt, 'the disclosure stays in place');
  assert.equal(words(await abstract.innerText()), words(abstractOf(slug)), 'the whole abstract, as its page has it');
  assert.ok(
    (await abstract.evaluate((element) => element.clientHeight)) > 3 * line.height,
    'the abstract shows in full',
  );
  assert.equal(await abstract.getByRole('link', { name: /^Full abstract/ }).count(), 0, 'no link to what is shown');
  assert.equal(await row.locator('.summary').isVisible(), false, 'the summary gives way to the abstract');
  assert.ok(await row.locator('.byline').isVisible());
  assert.equal(await page.evaluate((selector) => document.activeElement?.matches(selector), disclosure), true);
  assert.deepEqual(await chromiumAccessibleNode(page, disclosure), {
    role: 'DisclosureTriangle',
    name: `Abstract of ${title}`,
  });
  // In reading order: the disclosure (a summary, which Playwright's snapshot gives no role), the abstract, the facts.
  const tree = (await row.locator('details').ariaSnapshot()).split('\n').map((line) => line.trim());
  assert.deepEqual(tree.slice(0, 2), ['- group:', `- text: "Abstract of ${title}"`], tree.join('\n'));
  assert.equal(tree[2], `- paragraph: ${words(abstractOf(slug))}`);
  assert.match(tree[3] ?? '', /^- paragraph:$/);
  assert.match(tree[4] ?? '', /that day · published/);
  // Closed and opened again, it keeps the abstract: the page is read once.
  await row.locator('summary').press('Enter');
  await row.locator('summary').press('Enter');
  assert.equal(words(await abstract.innerText()), words(abstractOf(slug)));
  assert.equal(asked.length, 1, asked.join(' '));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a row whose paper's page cannot be read (gone after a rebuild, offline) opens to its summary, said to screen readers too, and the link; opened again, it asks again; nothing errs", async () => {
  const page = await open(newestDay());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/papers/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const rows = page.locator('.paper-item');
  const gone = rows.nth(1);
  const slug = (await gone.getAttribute('data-slug')) ?? '';
  const summary = words((await gone.locator('.summary').textContent()) ?? '');
  const kept = await openRow(gone);
  // The summary on screen is left out of the disclosure's name: the opened part says it.
  assert.equal(
    words(await kept.innerText()),
    `${summary} The whole abstract could not be loaded. Full abstract of ${await gone.locator(':is(h2, h3)').innerText()}`,
  );
  assert.ok(await gone.locator('.summary').isVisible(), 'the summary stays');
  await page.unroute('**/papers/**');
  await page.route('**/papers/**', (route) => route.abort('internetdisconnected'));
  assert.equal(await (await openRow(rows.nth(2))).getByRole('link', { name: /^Full abstract of / }).count(), 1);
  await page.unroute('**/papers/**');
  // Closed and opened again once the page can be read: the whole abstract.
  await gone.locator('summary').click();
  const whole = await openRow(gone);
  assert.equal(words(await whole.innerText()), words(abstractOf(slug)));
  assert.deepEqual(errors, []);
  await page.close();
});

test('without script a row opens to the summary and a link to the whole abstract on its page', async () => {
  const page = await open(newestDay(), { javaScriptEnabled: false });
  const row = page.locator('.paper-item').first();
  const slug = (await row.getAttribute('data-slug')) ?? '';
  const title = await row.locator(':is(h2, h3)').innerText();
  const summary = row.locator('.summary');
  const line = await summary.evaluate((element) => element.clientHeight);
  await row.locator('summary').click();
  const shown = words(await summary.innerText());
  assert.ok(shown.endsWith('…') && words(abstractOf(slug)).startsWith(shown.slice(0, -1)), shown);
  assert.ok((await summary.evaluate((element) => element.clientHeight)) > line, 'the whole summary shows');
  const abstract = row.locator('.row-abstract');
  assert.equal(words(await abstract.innerText()), `Full abstract of ${title}`);
  const link = abstract.getByRole('link', { name: `Full abstract of ${title}`, exact: true });
  assert.equal(new URL((await link.getAttribute('href')) ?? '', page.url()).hash, '#abstract-heading');
  assert.ok(await row.locator('.byline').isVisible());
  await page.close();
});

/** Filters the day's list by its first topic that not every paper has; what the page shows then. */
async function filterByTopic(page: Page) {
  const total = await page.locator('.paper-item').count();
  const chip = page.locator('.day-topics a[href^="#topic-"]').first();
  const [name, count] = /^(.*) \((\d+)\)$/.exec(await chip.innerText())?.slice(1) ?? [];
  const slug = (await chip.getAttribute('href'))?.slice('#topic-'.length) ?? '';
  await chip.click();
  const rows = visibleRows(page);
  return {
    total,
    name,
    count: Number(count),
    slug,
    shown: await rows.count(),
    topicsOfShown: await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-topics') ?? '')),
    status: await page.locator('.filter-status:visible').innerText(),
  };
}

for (const javaScriptEnabled of [false, true]) {
  test(`a day's topic chips filter its list in place ${javaScriptEnabled ? 'with' : 'without'} script`, async () => {
    const page = await open(newestDay(), { javaScriptEnabled });
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const filtered = await filterByTopic(page);
    assert.ok(filtered.count < filtered.total, 'a topic only some papers have');
    assert.equal(filtered.shown, filtered.count);
    for (const topics of filtered.topicsOfShown) assert.ok(topics.split(' ').includes(filtered.slug), topics);
    assert.match(
      filtered.status,
      new RegExp(`^Showing ${filtered.count} of ${filtered.total} papers in ${filtered.name}\\b`),
    );
    assert.equal(new URL(page.url()).hash, `#topic-${filtered.slug}`);
    assert.equal(await page.evaluate(() => 'loadedOnce' in window), true, 'no reload');
    if (javaScriptEnabled) {
      assert.equal(
        await page.locator('.day-topics a[aria-current="true"]').innerText(),
        `${filtered.name} (${filtered.count})`,
      );
      assert.equal(
        await page.locator('[data-announcement]').textContent(),
        `Showing ${filtered.count} of ${filtered.total} papers in ${filtered.name}`,
      );
    }
    // Back undoes the filter, Forward brings it back, and "All topics" clears it.
    await page.goBack();
    assert.equal(await visibleRows(page).count(), filtered.total);
    await page.goForward();
    assert.equal(await visibleRows(page).count(), filtered.count);
    await page.locator('.filter-status:visible').getByRole('link', { name: 'All topics' }).click();
    assert.equal(await visibleRows(page).count(), filtered.total);
    assert.equal(await page.locator('.filter-status:visible').count(), 0);
    await page.close();
  });
}

test('filtered by a topic, a day with muted topics counts the papers it shows, and its note those the filter hides', async () => {
  const page = await browser.newPage({ viewport: DESKTOP, serviceWorkers: 'block' });
  await page.goto(`${server.origin}/${newestDay()}`);
  // A topic some of whose papers have no other (hidden once it is muted) and some do (still
  // shown), and another topic with a paper of its own: both muted.
  const topicsOfPapers = await page
    .locator('.paper-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-topics')?.split(' ') ?? []));
  const alone = (topic: string) => topicsOfPapers.some((topics) => topics.length === 1 && topics[0] === topic);
  const slug = topicsOfPapers
    .flat()
    .find((topic) => alone(topic) && topicsOfPapers.some((topics) => topics.length > 1 && topics.includes(topic)));
  const other = topicsOfPapers.flat().find((topic) => topic !== slug && alone(topic));
  assert.ok(slug && other, 'two topics with papers of their own');
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: STORE_KEY,
    value: JSON.stringify({ saved: [], muted: [slug, other].map((topic) => ({ slug: topic, name: topic })) }),
  });
  await page.reload();
  const total = await page.locator('.paper-item').count();
  const dayHidden = await page.locator('.paper-item[hidden]').count();
  const inTopic = page.locator(`.paper-item[data-topics~="${slug}"]`);
  const count = await inTopic.count();
  const hidden = await page.locator(`.paper-item[data-topics~="${slug}"][hidden]`).count();
  assert.ok(dayHidden > hidden, `${dayHidden} hidden that day, ${hidden} of them in ${slug}`);

  await page.locator(`.day-topics a[href="#topic-${slug}"]`).click();
  assert.equal(await visibleRows(page).count(), count - hidden);
  const status = page.locator('.filter-status:visible .filter-count');
  assert.match(await status.innerText(), new RegExp(`^Showing ${count - hidden} of ${total} papers in `));
  assert.equal(await page.locator('[data-announcement]').textContent(), await status.innerText());
  const note = page.locator('.muted-note');
  assert.match(await note.innerText(), new RegExp(`^${hidden} papers? hidden \\(muted topics\\) — Show`));
  // Its button's name says what it shows, out of context too.
  const papers = plural(hidden, 'paper');
  await note.getByRole('button', { name: `Show the ${papers} of muted topics`, exact: true }).click();
  assert.equal(await visibleRows(page).count(), count);
  assert.match(await status.innerText(), new RegExp(`^Showing ${count} of ${total} papers in `));
  assert.match(await note.innerText(), new RegExp(`^Showing ${hidden} papers? of muted topics\\.`));
  await note.getByRole('button', { name: `Hide the ${papers} of muted topics`, exact: true }).click();

  // All topics again: the note counts the whole day's hidden papers.
  await page.locator('.filter-status:visible').getByRole('link', { name: 'All topics' }).click();
  assert.equal(await visibleRows(page).count(), total - dayHidden);
  assert.match(await note.innerText(), new RegExp(`^${dayHidden} papers? hidden \\(muted topics\\)`));
  await page.close();
});

/** The calendar's week column cells whose text takes more than one line. */
const wrappedWeekCells = (page: Page) =>
  page.locator('.month thead th:first-child, .month th.week').evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = [...range.getClientRects()].map(({ top }) => top);
        return Math.max(...tops) - Math.min(...tops) > 2;
      })
      .map((cell) => cell.textContent?.trim()),
  );

/** Calendar months wider than their place: overlapping another, or past their container. */
const overflowingMonths = (page: Page) =>
  page.locator('.month').evaluateAll((tables) =>
    tables
      .filter((table) => {
        const box = table.getBoundingClientRect();
        const room = (table.parentElement as HTMLElement).getBoundingClientRect();
        const overlaps = tables.some((other) => {
          const next = other.getBoundingClientRect();
          return (
            other !== table &&
            box.left < next.right &&
            next.left < box.right &&
            box.top < next.bottom &&
            next.top < box.bottom
          );
        });
        return overlaps || box.right > room.right + 0.5;
      })
      .map((table) => table.id),
  );

test("/dates/ on a desktop: the archive counted as everywhere, the calendars' week column on one line", async () => {
  const page = await open('dates/');
  assert.match(await page.locator('.lead').innerText(), /^1,000 papers over \d+ days\./);
  for (const path of ['dates/', newestDay()]) {
    await page.goto(`${server.origin}/${path}`);
    assert.deepEqual(await wrappedWeekCells(page), [], path);
    assert.deepEqual(await overflowingMonths(page), [], path);
  }
  await page.close();
});

/** WCAG's contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test("a day's calendar marks the day with a filled disc, never a ring the focus could be taken for", async () => {
  const page = await open(newestDay());
  const day = page.locator('.day-side .month a[aria-current="date"]');
  const look = (link: Locator = day) =>
    link.evaluate((link) => {
      const { outlineStyle, outlineColor, backgroundColor, boxShadow } = getComputedStyle(link);
      const cell = getComputedStyle(link.parentElement as HTMLElement).backgroundColor;
      return {
        outlineStyle,
        outlineColor,
        filled: backgroundColor !== cell && backgroundColor !== 'rgba(0, 0, 0, 0)',
        disc: backgroundColor,
        ring: /rgb\([^)]*\)/.exec(boxShadow)?.[0] ?? cell,
      };
    });
  // Every level of heat, in light and dark: the disc and the focus ring stand apart from what is
  // next to them (3:1, WCAG's contrast for parts of controls), the busiest days' fill included.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { outlineStyle, filled, disc, ring } = await look();
    assert.deepEqual({ outlineStyle, filled }, { outlineStyle: 'none', filled: true }, colorScheme);
    assert.ok(contrast(disc, ring) >= 3, `${colorScheme}: the disc ${disc} against ${ring}`);
    for (const heat of ['heat-1', 'heat-2', 'heat-3', 'heat-4']) {
      await day.evaluate((link, heat) => ((link.parentElement as HTMLElement).className = heat), heat);
      const { ring: around, disc: fill } = await look();
      assert.ok(contrast(fill, around) >= 3, `${colorScheme}, ${heat}: the disc ${fill} against ${around}`);
    }
  }

  // Focused from the keyboard, it gets the focus ring every control has, in the focus colour.
  await page.locator('.day-side .month a').first().focus();
  while (!(await day.evaluate((link) => link === document.activeElement))) await page.keyboard.press('Tab');
  const focused = await look();
  const focusColour = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = 'var(--focus)';
    return getComputedStyle(probe).color;
  });
  assert.deepEqual(
    { outlineStyle: focused.outlineStyle, outlineColor: focused.outlineColor, filled: focused.filled },
    { outlineStyle: 'solid', outlineColor: focusColour, filled: true },
  );
  // On the current day and on another (Shift+Tab), the ring lies on what sets it apart from any fill.
  const ringsStandApart = async (link: Locator, which: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const heat of ['heat-1', 'heat-2', 'heat-3', 'heat-4']) {
        await link.evaluate((link, heat) => ((link.parentElement as HTMLElement).className = heat), heat);
        const { outlineStyle, outlineColor, ring } = await look(link);
        assert.equal(outlineStyle, 'solid', `${which} has the focus ring`);
        assert.ok(
          contrast(outlineColor, ring) >= 3,
          `${which}, ${colorScheme}, ${heat}: the focus ring ${outlineColor} on ${ring}`,
        );
      }
    }
  };
  await ringsStandApart(day, 'the current day');
  await page.keyboard.press('Shift+Tab');
  const other = page.locator('.day-side .month a:focus');
  assert.equal(await other.getAttribute('aria-current'), null);
  await ringsStandApart(other, 'another day');
  await page.close();
});

test("forced colors (Windows high contrast) keep the calendar's heat: a day of each level looks different", async () => {
  const page = await open('dates/');
  await page.emulateMedia({ forcedColors: 'active' });
  const looks = await page.locator('.month td[class^="heat-"]').evaluateAll((cells) =>
    Object.fromEntries(
      cells.map((cell) => {
        const { backgroundColor, borderTopStyle, borderTopWidth } = getComputedStyle(cell);
        return [cell.className, `${backgroundColor} ${borderTopStyle} ${borderTopWidth}`];
      }),
    ),
  );
  assert.ok(Object.keys(looks).length >= 3, `days without papers and of two levels: ${Object.keys(looks)}`);
  assert.equal(new Set(Object.values(looks)).size, Object.keys(looks).length, JSON.stringify(looks));
  // The focus ring on a filled day is not the fill's colour.
  const filled = page.locator('.month td:is(.heat-3, .heat-4) a').first();
  await filled.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const [ring, fill] = await filled.evaluate((link) => [
    getComputedStyle(link).outlineColor,
    getComputedStyle(link.closest('td') as Element).backgroundColor,
  ]);
  assert.notEqual(ring, fill);
  await page.close();
});

test('axe finds no violation on a day page (also filtered), light and dark', async () => {
  // The home page shows the newest day with the same component (pages.browser.test.ts runs axe on it).
  const page = await open(newestDay());
  // A row opened: its disclosure and abstract too.
  await openRow(page.locator('.paper-item').first());
  assert.deepEqual(await axeViolationsLightAndDark(page), [], newestDay());
  // The chosen chip is marked: its colours too must read.
  await page.locator('.day-topics a[href^="#topic-"]').first().click();
  assert.deepEqual(await axeViolationsLightAndDark(page), [], page.url());
  await page.close();
});
