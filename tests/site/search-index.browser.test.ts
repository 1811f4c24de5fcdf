/**
 * The search index read two ways on a fixture site: the terminal search agrees with the browser
 * (ranking, result cards, authors, code, order across the index's date shards), and the index
 * rebuilds only the shards whose papers changed, whether run alone or by the build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { readPaperFile } from '../../src/lib/ingest/paper-file.ts';
import { parseShardList } from '../../src/lib/search/sharded-search.ts';
import { searchResults as results } from '../helpers/browser.ts';
import { ROOT, temporaryFolder } from '../helpers/cli.ts';
import { CODE_PAPER, TEST_BASE, useSiteInBrowser } from '../helpers/site.ts';
import { searchAsJson, searchInTerminal } from '../helpers/terminal-search.ts';

const under = useSiteInBrowser();

const { searchUrl } = under;

test('the terminal search returns the same top results as the browser', async () => {
  const page = await under.newPage();
  await page.goto(searchUrl());
  for (const query of [
    'graph neural network',
    'speech recognition',
    'quantization',
    'interpretability',
    'Kolmogorov',
  ]) {
    // Searched from the box: the page keeps its index open from one query to the next.
    await page.fill('#search-query', query);
    await page.locator('#search-query').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    const inBrowser = (await results(page)).urls.slice(0, 5);
    const { results: found } = await searchAsJson(under.site, [query, '--limit', '5']);
    const inTerminal = found.map(({ url }) => url);
    assert.deepEqual(inTerminal, inBrowser, query);
  }
  await page.close();
});

/** What a paper card shows: its elements (the abstract's marks aside), texts and links. */
const describeCard = (item: Element) => {
  const shape = (element: Element): string =>
    `${/^H[23]$/.test(element.tagName) ? 'heading' : element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''}` +
    (element.classList.contains('summary') ? '' : `(${[...element.children].map(shape).join(',')})`);
  const text = (selector: string) => item.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    shape: shape(item),
    title: text('h2 a, h3 a'),
    links: [...item.querySelectorAll('a')].map((link) => [link.textContent?.trim(), link.getAttribute('href')]),
    meta: text('.meta'),
    // What saving and muting read off the card, and whether its Save toggle is shown (wired).
    data: { ...(item as HTMLElement).dataset },
    saveShown: item.querySelector<HTMLButtonElement>('.save-toggle')?.hidden === false,
  };
};

/**
 * A paper's card among a paper page's related papers (the full card lists other than a day's,
 * a week's, a month's, a topic's and an area's show), the first or the one titled `title`, and
 * the same paper's card among the results of a search for its title.
 */
async function listedAndFound(page: Page, paperPath: string, title?: string) {
  await page.goto(under.url(paperPath));
  const related = page.locator('#related-heading + .paper-list > .paper-item');
  const card = title ? related.filter({ has: page.getByRole('link', { name: title, exact: true }) }) : related;
  const listed = await card.first().evaluate(describeCard);
  assert.ok(listed.title);
  await page.goto(searchUrl(`?q=${encodeURIComponent(listed.title)}`));
  const result = page
    .locator('#search-results .paper-item')
    .filter({ has: page.getByRole('link', { name: listed.title, exact: true }) });
  await result.first().waitFor();
  return { listed, found: await result.first().evaluate(describeCard) };
}

/** A list's card as a result shows it: the index holds no rank within a day (a result may be of any day). */
const withoutStanding = (card: ReturnType<typeof describeCard>) => ({
  ...card,
  shape: card.shape.replace('span.standing(),', ''),
  meta: card.meta?.replace(/^#\d+ of \d+ that day · /, ''),
});

test('a search result is the card related papers show: the same markup, facts, links and Save toggle, but an author count and a rank', async () => {
  const page = await under.newPage();
  // Names unknown (a text dump): the index holds no bare count, so the result leaves it out.
  const counted = await listedAndFound(page, `papers/${paperWithRelated('streaming-speech-recognition-study-1')}/`);
  const listed = withoutStanding(counted.listed);
  assert.match(counted.listed.meta ?? '', /^#\d+ of \d+ that day · /);
  assert.deepEqual(counted.found, {
    ...listed,
    shape: listed.shape.replace(',span.byline()', ''),
    meta: listed.meta?.replace(/ · \d+ authors?$/, ''),
  });
  assert.match(counted.listed.meta ?? '', / · \d+ authors?$/);
  // Names known, and code: the very same card, its byline and code link (with stars) included.
  const named = await listedAndFound(page, `papers/${paperWithRelated(codePaperSlug())}/`, CODE_PAPER.title);
  assert.deepEqual(named.found, withoutStanding(named.listed));
  assert.match(
    named.listed.meta ?? '',
    / · Ngozi Okonkwo-Lindqvist, Tomás Ferreira, … 4 authors · Code \(128 stars\)$/,
  );
  assert.ok(named.listed.links.some(([label, href]) => label === 'Code' && href === CODE_PAPER.github));
  assert.ok(
    named.found.saveShown && named.found.data.cite?.includes(CODE_PAPER.arxiv),
    'a result saves as its card does',
  );
  await page.close();
});

/** The collection file of the fixture paper with names and code. */
function codePaperFile(): { slug: string; data: { topics: string[] } } {
  const file = readdirSync(under.site.papers).find(
    (name) => name.endsWith('.md') && readFileSync(join(under.site.papers, name), 'utf8').includes(CODE_PAPER.github),
  );
  assert.ok(file, 'the fixture has the paper with code');
  const { data } = readPaperFile(readFileSync(join(under.site.papers, file), 'utf8'));
  return { slug: file.slice(0, -3), data: data as { topics: string[] } };
}

const codePaperSlug = () => codePaperFile().slug;

/** Another paper whose page lists the paper `slug` among its related papers. */
function paperWithRelated(slug: string): string {
  const link = `href="${TEST_BASE}papers/${slug}/"`;
  const other = readdirSync(join(under.site.dist, 'papers')).find(
    (name) => name !== slug && readFileSync(join(under.site.dist, 'papers', name, 'index.html'), 'utf8').includes(link),
  );
  assert.ok(other, `a paper page lists ${slug} among its related papers`);
  return other;
}

test("an author's name finds their papers, in the browser and the terminal, and the excerpt stays the abstract's", async () => {
  const { slug } = codePaperFile();
  // Names are not in the abstract: only the index's author field can find them (the last author's too).
  for (const name of CODE_PAPER.authorNames) assert.ok(!CODE_PAPER.abstract.includes(name.split(' ')[1] ?? name));
  // Typed as written or with plain letters ("Tomas", "Lukasz Sondergaard"), whole or in part.
  for (const query of [
    'Okonkwo-Lindqvist',
    'Łukasz Søndergaard',
    'Lukasz Sondergaard',
    'Sonderg',
    'Tomás Ferreira',
    'Tomas',
  ]) {
    const { results: found } = await searchAsJson<{
      results: { url: string; authors: string[]; code: string | null; excerpt: string }[];
    }>(under.site, [query]);
    assert.equal(found[0]?.url, `${TEST_BASE}papers/${slug}/`, query);
    assert.deepEqual(found[0]?.authors, CODE_PAPER.authorNames);
    assert.equal(found[0]?.code, CODE_PAPER.github);
    assert.ok(found[0]?.excerpt.includes(CODE_PAPER.abstract.slice(0, 40)), found[0]?.excerpt);
    assert.ok(!found[0]?.excerpt.includes('Okonkwo'), 'no names in the excerpt');
  }
  // With SITE_URL, a result links to the published page, under the base path the build recorded.
  const siteUrl = process.env.SITE_URL;
  process.env.SITE_URL = 'https://papers.example.org';
  try {
    const { results } = await searchAsJson<{ results: { link: string }[] }>(under.site, ['Okonkwo-Lindqvist']);
    assert.match(results[0]?.link ?? '', new RegExp(`^https://papers\\.example\\.org${TEST_BASE}papers/[\\w-]+/$`));
  } finally {
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
  }
  const text = await searchInTerminal(['Okonkwo-Lindqvist', '--dist', under.site.dist]);
  assert.match(
    text.stdout,
    /\n {5}Ngozi Okonkwo-Lindqvist, Tomás Ferreira, … 4 authors · code: https:\/\/github\.com\/example\/lattice-fold\n/,
  );

  const page = await under.newPage();
  await page.goto(searchUrl('?q=Okonkwo-Lindqvist'));
  const { titles } = await results(page);
  assert.equal(titles[0], CODE_PAPER.title);
  const first = page.locator('#search-results .paper-item').first();
  assert.equal(await first.locator('.byline').innerText(), 'Ngozi Okonkwo-Lindqvist, Tomás Ferreira, … 4 authors');
  assert.match(await first.locator('.summary').innerText(), /^We fold protein/);
  await page.close();
});

test('the "has code" filter lists exactly the papers with a code repository, in the browser and the terminal', async () => {
  const withCode = readdirSync(under.site.papers)
    .filter((name) => name.endsWith('.md') && /^github: /m.test(readFileSync(join(under.site.papers, name), 'utf8')))
    .map((name) => `${TEST_BASE}papers/${name.slice(0, -3)}/`)
    .sort();
  assert.ok(withCode.length > 0);
  const listed = await searchAsJson<{ total: number; results: { url: string; code: string | null }[] }>(under.site, [
    '--has-code',
    '--limit',
    '1000',
  ]);
  assert.equal(listed.total, withCode.length);
  assert.deepEqual(listed.results.map(({ url }) => url).sort(), withCode);
  for (const { code } of listed.results) assert.match(code ?? '', /^https:\/\//);
  // Words and the filter together: only the papers with code among the matches.
  const words = await searchAsJson<{ results: { url: string }[] }>(under.site, ['protein', '--has-code']);
  const matched = words.results.map(({ url }) => url);
  assert.ok(matched.length > 0 && matched.every((url) => withCode.includes(url)), matched.join(' '));

  const page = await under.newPage();
  await page.goto(searchUrl());
  await results(page);
  await page.locator('details.filters summary').click();
  await page.getByLabel('Has code').check();
  await page.waitForURL(/\?code=yes$/);
  const { urls, status } = await results(page);
  assert.equal(status, `${withCode.length === 1 ? '1 paper' : `${withCode.length} papers`} with code found.`);
  assert.deepEqual([...urls].sort(), withCode);
  const codeLinks = await page
    .locator('#search-results .paper-item .meta a[rel~="noopener"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  assert.equal(codeLinks.length, withCode.length, 'every result links its code');
  await page.reload();
  await results(page);
  assert.equal(await page.getByLabel('Has code').isChecked(), true, 'the filter is in the URL');
  await page.close();
});

test('hostile titles and abstracts stay text in search results', async () => {
  const page = await under.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(searchUrl('?q=script+alert+onerror'));
  const { titles } = await results(page);
  assert.ok(titles.includes('<script>alert("title")</script><img src=x onerror=alert(1)>'), titles.join(' | '));
  assert.equal(await page.locator('#search-results script, #search-results img, #search-results iframe').count(), 0);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('the terminal search explains a missing index and bad options', async () => {
  const nothing = await searchInTerminal([]);
  assert.equal(nothing.status, 2);
  assert.match(nothing.stderr, /give words to search for, or --area \/ --topic \/ --year \/ --has-code/);
  const missing = await searchInTerminal(['x', '--dist', '/nonexistent']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no search index at .*run `npm run build` first/);
  // A damaged list of shards: the file named, no stack trace.
  const damaged = temporaryFolder();
  mkdirSync(join(damaged, 'pagefind'));
  writeFileSync(join(damaged, 'pagefind', 'shards.json'), '{"shards": [');
  const broken = await searchInTerminal(['x', '--dist', damaged]);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^search: .*pagefind\/shards\.json: not JSON; run `npm run build` again\n$/);
  // A year no paper is of is refused as an unknown topic is, naming the years there are.
  const site = ['--dist', under.site.dist, '--base', under.site.base];
  const noYear = await searchInTerminal(['speech', '--year', '1999', '--year', '2025', ...site]);
  assert.equal(noYear.status, 2);
  assert.match(noYear.stderr, /^search: --year: no papers from 1999 \(the index has (\d{4}, )*2025(, \d{4})*\)\n$/);
  const badSort = await searchInTerminal(['x', '--sort', 'title']);
  assert.match(badSort.stderr, /--sort must be one of relevance, date, upvotes/);
  const noValue = await searchInTerminal(['x', '--limit']);
  assert.equal(noValue.status, 2);
  assert.equal(
    noValue.stderr,
    "search: Option '--limit <value>' argument missing (`npm run search -- --help` lists the options)\n",
  );
});

test('the terminal search filters by every topic the search page offers, other included', async () => {
  const { results } = await searchAsJson<{ results: { topics: string[] }[] }>(under.site, ['--topic', 'other']);
  assert.ok(results.length > 0);
  for (const { topics } of results) assert.ok(topics.includes('Other'), topics.join(', '));
});

/** The collection's papers of the given years, as the index should list them. */
function papersOf(years: readonly string[]): { date: string; upvotes: number }[] {
  return readdirSync(under.site.papers)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { data } = readPaperFile(readFileSync(join(under.site.papers, name), 'utf8'));
      return { date: String(data.date), upvotes: Number(data.upvotes) };
    })
    .filter(({ date }) => years.includes(date.slice(0, 4)));
}

test("sorted by date or upvotes, results are in order across the index's shards, in the terminal and the browser", async () => {
  const shards = parseShardList(JSON.parse(readFileSync(join(under.site.dist, 'pagefind', 'shards.json'), 'utf8')));
  assert.ok(shards.length >= 3, 'the fixture spans several shards');
  const expected = papersOf(['2025', '2026']);
  const byDate = expected
    .map(({ date }) => date)
    .sort()
    .reverse();
  const byUpvotes = expected.map(({ upvotes }) => upvotes).sort((a, b) => b - a);
  for (const [sort, want] of [
    ['date', byDate],
    ['upvotes', byUpvotes],
  ] as const) {
    const { total, results: found } = await searchAsJson<{
      total: number;
      results: { date: string; upvotes: number }[];
    }>(under.site, ['--year', '2025', '--year', '2026', '--sort', sort, '--limit', '1000']);
    assert.equal(total, expected.length);
    assert.deepEqual(
      found.map((result) => result[sort]),
      want,
      sort,
    );
  }

  const page = await under.newPage();
  await page.goto(searchUrl('?year=2025&year=2026&sort=date'));
  assert.equal((await results(page)).status, `${expected.length} papers found in 2025, 2026, 20 shown.`);
  await page.locator('#search-more').click();
  await page.waitForFunction(() => document.querySelectorAll('#search-results li.paper-item').length > 20);
  const dates = await page
    .locator('#search-results .paper-item .published time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  assert.deepEqual(dates, byDate.slice(0, 40));
  await page.goto(searchUrl('?year=2025&year=2026&sort=upvotes'));
  await results(page);
  const upvotes = (await page.locator('#search-results .upvotes').allInnerTexts()).map((text) => Number.parseInt(text));
  assert.deepEqual(upvotes, byUpvotes.slice(0, 20));
  await page.close();
});

/** A copy of the built fixture site and its collection, and `npm run index` on them (`input` on its standard input). */
function copyOfSite() {
  const work = temporaryFolder();
  const dist = join(work, 'dist');
  const papers = join(work, 'papers');
  cpSync(under.site.dist, dist, { recursive: true, preserveTimestamps: true });
  cpSync(under.site.papers, papers, { recursive: true, preserveTimestamps: true });
  const runIndex = (args: string[] = [], input?: string) =>
    spawnSync(process.execPath, ['scripts/index-search.ts', '--dist', dist, ...args], {
      cwd: ROOT,
      env: { ...process.env, PAPERS_DIR: papers },
      input,
      encoding: 'utf8',
    });
  return { dist, papers, runIndex };
}

test('the index adds far fewer files than papers, and a rerun indexes only the shards whose papers changed', async () => {
  const { dist, papers, runIndex } = copyOfSite();
  const bundle = join(dist, 'pagefind');
  const index = () => {
    const run = runIndex();
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  const shards = () => parseShardList(JSON.parse(readFileSync(join(bundle, 'shards.json'), 'utf8')));
  index(); // settles the copy (the code may have changed since the fixture was built)
  assert.match(index(), /rebuilt: none; reused: 3/);
  const before = shards();
  const paperCount = readdirSync(papers).filter((name) => name.endsWith('.md')).length;
  const fragments = before.flatMap(({ name }) => readdirSync(join(bundle, name, 'fragment')));
  assert.ok(fragments.length * 5 < paperCount, `${fragments.length} fragment files for ${paperCount} papers`);

  // One paper of the newest shard changes; an older layout's file, a shard no longer planned and
  // an interrupted run's folder are lying around.
  const [newest] = before;
  const slug = readdirSync(papers).find(
    (name) => name.endsWith('.md') && readFileSync(join(papers, name), 'utf8').includes(`date: "${newest?.from}`),
  );
  assert.ok(newest && slug);
  const file = join(papers, slug);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^upvotes: \d+$/m, 'upvotes: 4242'));
  writeFileSync(join(bundle, 'pagefind.js'), '');
  mkdirSync(join(bundle, '1999'));
  mkdirSync(join(bundle, `.${newest.name}-0123456789ab`));
  assert.match(
    index(),
    new RegExp(`rebuilt: ${newest.name} \\(\\d+ papers, [\\d.]+s\\); reused: 2; removed: 1999, pagefind\\.js`),
  );
  assert.deepEqual(readdirSync(bundle).sort(), [...before.map(({ name }) => name), 'shards.json'].sort());
  const after = shards();
  assert.deepEqual(
    after.map(({ name }) => name),
    before.map(({ name }) => name),
  );
  assert.notEqual(after[0]?.fingerprint, before[0]?.fingerprint);
  assert.deepEqual(after.slice(1), before.slice(1));
  const year = newest.from.slice(0, 4);
  const copy = { dist, base: TEST_BASE };
  assert.equal(
    (await searchAsJson(copy, ['--year', year])).total,
    papersOf([year]).length,
    'the rebuilt shard is searched',
  );
  // Made from the collection, the index has the paper's new upvotes without its page rebuilt.
  const top = await searchAsJson<{ results: { upvotes: number; url: string }[] }>(copy, [
    '--year',
    year,
    '--sort',
    'upvotes',
    '--limit',
    '1',
  ]);
  const [first] = top.results;
  assert.equal(first?.upvotes, 4242);
  assert.ok(first?.url.endsWith(`/papers/${slug.replace(/\.md$/, '')}/`), first?.url);
});

test('run by the build, the index waits for the pages before listing files for offline use, and stops with a build that stops', () => {
  const { dist, papers, runIndex: runIndexAlone } = copyOfSite();
  const manifest = join(dist, 'offline-manifest.json');
  const shardList = join(dist, 'pagefind', 'shards.json');
  const runIndex = (input: string) => runIndexAlone(['--wait-for-pages'], input);
  assert.equal(runIndex('built\n').status, 0); // settles the copy (the code may have changed since the fixture was built)
  const listed = readFileSync(shardList, 'utf8');

  // Every shard must be made again (a paper of each changes), and the build stops: its input
  // closes without `built`. The index stops after a shard, before the list of shards changes,
  // and leaves no offline list (the old one may name files it replaced).
  for (const name of readdirSync(papers).filter((file) => file.endsWith('.md'))) {
    const file = join(papers, name);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^upvotes: (\d+)$/m,
        (_, upvotes: string) => `upvotes: ${Number(upvotes) + 1}`,
      ),
    );
  }
  const stopped = runIndex('');
  assert.equal(stopped.status, 1, stopped.stderr);
  assert.match(
    stopped.stderr,
    /the site build stopped; shards already made are kept, the list of shards is left as it was/,
  );
  assert.equal(readFileSync(shardList, 'utf8'), listed);
  assert.equal(existsSync(manifest), false);

  const finished = runIndex('built\n');
  assert.equal(finished.status, 0, finished.stderr);
  assert.match(finished.stdout, /offline cache: \d+ files/);
  assert.ok(existsSync(manifest));
  assert.notEqual(readFileSync(shardList, 'utf8'), listed);
});

test('a title of full-width letters, a ligature or letters like "ß" is found by the plain words a reader types, and by its own; Chinese by any part', async () => {
  for (const [title, queries] of [
    ['Ｆｕｌｌｗｉｄｔｈ ＬＬＭ and ﬁ ligature', ['fullwidth', 'fi ligature', 'Ｆｕｌｌｗｉｄｔｈ ＬＬＭ']],
    ['Crème Brûlée: Ünïcödé Straße for Æsthetic', ['strasse aesthetic', 'Straße Æsthetic', 'creme brulee unicode']],
    ['大规模语言模型的推理能力研究', ['大规模语言模型', '语言模型', '推理能力']],
  ] as const)
    for (const query of queries) {
      const { results } = await searchAsJson<{ results: { title: string }[] }>(under.site, [query]);
      assert.ok(
        results.some((result) => result.title.startsWith(title)),
        `${query}: ${results.map((result) => result.title).join(' | ')}`,
      );
    }
});
