/**
 * Builds kept between runs (incremental builds): unchanged pages are left as they were, what a
 * build no longer produces is removed, whether or not the last build's list of pages is known
 * (or trusted), and the search index is made with it. A reader who visited before a day was
 * published finds that day's papers marked as new (in Chromium).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { markdownToAbstract } from '../../src/lib/ingest/markdown-body.ts';
import { paperBody } from '../../src/lib/ingest/paper-file.ts';
import { summarize } from '../../src/lib/common/text.ts';
import { lastBuild, RENDERED_PAGES_FILE } from '../../src/lib/build/unchanged-pages.ts';
import { BUILD_ID_FILE } from '../../src/lib/build/stale-output.ts';
import { generateDumps } from '../../bench/lib/synthetic-dumps.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, temporaryFolder } from '../helpers/cli.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { textEntry } from '../helpers/text-dump.ts';

/**
 * A day of the benchmark's synthetic papers (listed April 12, 2026): few, so that the test's
 * several builds stay quick.
 */
const PAPERS = 12;

/** The day after theirs, published onto the site once a reader has visited it. */
const NEXT_DAY_TITLES = ['Tidal Forecasting with Graph Networks', 'Sparse Probes for Protein Folding', 'Quiet Robots'];
const NEXT_DAY_LISTING = NEXT_DAY_TITLES.map((title, i) =>
  textEntry(title, `Apr 13, 2026 ${i + 1}`, { abstract: `An abstract about ${title.toLowerCase()}.` }),
).join('');

test('a rebuild removes the pages and files it no longer produces, the search index comes with it, and a returning reader finds the day published since marked', async (t) => {
  const work = temporaryFolder();
  const [dumps, papers, dist, cache] = ['dumps', 'papers', 'dist', 'cache'].map((name) => join(work, name)) as [
    string,
    string,
    string,
    string,
  ];
  const run = (args: string[], extraEnv: Record<string, string> = {}) => {
    const env = {
      ...process.env,
      PAPERS_DIR: papers,
      ASTRO_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    };
    const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
    assert.equal(result.status, 0, `${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  const build = (env: Record<string, string> = {}) =>
    run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env);
  mkdirSync(dumps);
  for (const { name, text } of generateDumps(PAPERS)) writeFileSync(join(dumps, name), text);
  run(['scripts/ingest.ts', dumps, '--out', papers]);
  const page = (slug: string) => join(dist, 'papers', slug, 'index.html');
  const old = new Date(Date.now() - 3_600_000);
  const oldFile = (path: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'left by an earlier build');
    utimesSync(path, old, old);
  };
  // Unknown: a folder an earlier build left (its id, an old page) and no list of that build's
  // pages (as after a build that stopped half-way, which leaves none). Everything is walked, so
  // even a page no list names is found.
  oldFile(join(dist, BUILD_ID_FILE));
  oldFile(page('never-listed'));
  assert.match(build(), new RegExp(`Search index: ${PAPERS} papers in \\d+ shards`));
  assert.equal(existsSync(join(dist, 'papers', 'never-listed')), false, 'found by the walk');
  assert.ok(existsSync(join(dist, 'pagefind', 'shards.json')) && existsSync(join(dist, 'offline-manifest.json')));
  // The service worker names the offline list's version: a browser installs it again for each build.
  const { version } = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as { version: string };
  assert.ok(readFileSync(join(dist, 'sw.js'), 'utf8').includes(`const VERSION = '${version}';`));
  assert.ok(existsSync(join(cache, RENDERED_PAGES_FILE)));

  const slugs = readdirSync(papers)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
  // Cards show the start of each paper's abstract, read from its file (the store keeps none).
  const summaries = new Set(
    slugs.map((slug) => summarize(markdownToAbstract(paperBody(readFileSync(join(papers, `${slug}.md`), 'utf8'))))),
  );
  const shown = [
    ...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<span class="summary">([^<]*)<\/span>/g),
  ].map(([, text]) => unescapeHtml(text as string));
  assert.ok(shown.length > 0 && shown.every((summary) => summaries.has(summary)), shown.join('\n'));
  // A reader's first visit, the evening the papers were listed: nothing is marked.
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const reader = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await reader.clock.install({ time: new Date('2026-04-12T20:00:00Z') });
  await reader.goto(`${server.origin}/`);
  await reader.waitForFunction(() => localStorage.getItem('paper-digest:v1') !== null);
  assert.equal(await reader.locator('.new-badge').count(), 0, 'a first visit marks nothing');

  const [gone, alsoGone, edited, ...others] = slugs as [string, string, string, ...string[]];
  // A paper page shows its related papers' cards: the kept one must not show the edited paper.
  const kept = others.find((slug) => !readFileSync(page(slug), 'utf8').includes(`/papers/${edited}/`));
  assert.ok(kept, 'a paper page without the edited paper among its related papers');

  // Unchanged pages are left as they were; a changed paper's page, and a page whose file is
  // gone, are rendered again; INCREMENTAL_BUILD=0 renders them all.
  const stamp = (path: string) => statSync(path).mtimeMs;
  const keptStamp = stamp(page(kept));
  // The papers are one day: a topic page without the edited paper stands for the unchanged lists.
  const listPage = readdirSync(join(dist, 'topics'))
    .map((topic) => join(dist, 'topics', topic, 'index.html'))
    .find((file) => existsSync(file) && !readFileSync(file, 'utf8').includes(`/papers/${edited}/`)) as string;
  const listStamp = stamp(listPage);
  const [day] = readdirSync(join(dist, 'dates')).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
  const dayPage = join(dist, 'dates', day as string, 'index.html');
  const dayStamp = stamp(dayPage);
  // A new abstract: the paper's own page and its day's list change, no paper's rank does.
  const editedFile = join(papers, `${edited}.md`);
  writeFileSync(editedFile, readFileSync(editedFile, 'utf8').replace(/\n---\n\n/, '\n---\n\nRewritten opening. '));
  rmSync(page(alsoGone));
  build();
  assert.equal(stamp(page(kept)), keptStamp, 'an unchanged paper page is not rendered again');
  assert.equal(stamp(listPage), listStamp, 'nor is an unchanged list');
  assert.notEqual(stamp(dayPage), dayStamp, "the edited paper's day is");
  assert.match(readFileSync(page(edited), 'utf8'), /Rewritten opening\./, "and the changed paper's page");
  assert.ok(existsSync(page(alsoGone)), 'a page whose file was removed is rendered again');
  const sitemap = readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(dist, name), 'utf8'))
    .join('');
  assert.ok(sitemap.includes(`/papers/${kept}/</loc>`), 'the sitemap lists pages left as they were');
  const listBefore = JSON.parse(readFileSync(join(cache, RENDERED_PAGES_FILE), 'utf8')) as unknown;

  // The next day is published, and a paper's file is gone. The last build's pages are known: a
  // paper page it had and this build lacks is removed, the other folders are walked for old
  // files, and papers/ is not walked (an old page no list names stays: the price of not walking
  // 50k folders). INCREMENTAL_BUILD=0 renders every page and still prunes by that list.
  writeFileSync(join(dumps, 'daily-papers-2026-04-13.txt'), NEXT_DAY_LISTING);
  run(['scripts/ingest.ts', dumps, '--out', papers]);
  rmSync(join(papers, `${gone}.md`));
  oldFile(join(dist, '_astro', 'Base.old.css'));
  oldFile(page('never-listed'));
  const papersNow = PAPERS - 1 + NEXT_DAY_TITLES.length;
  assert.match(build({ INCREMENTAL_BUILD: '0' }), new RegExp(`Search index: ${papersNow} papers`));
  assert.notEqual(stamp(page(kept)), keptStamp, 'INCREMENTAL_BUILD=0 renders every page');
  assert.equal(existsSync(page(gone)), false, "a removed paper's page");
  assert.equal(existsSync(join(dist, 'papers', gone)), false, 'its folder');
  assert.equal(existsSync(join(dist, '_astro', 'Base.old.css')), false, 'an old bundle');
  assert.ok(existsSync(page('never-listed')), 'papers/ was not walked');
  assert.ok(existsSync(page(kept)), 'the other papers stay');
  assert.ok(`papers/${kept}/index.html` in JSON.parse(readFileSync(join(cache, RENDERED_PAGES_FILE), 'utf8')).pages);

  // A list from before another build into the same folder no longer describes the folder: a
  // build would not trust it, and would walk everything as the first one did (the ids the builds
  // left decide).
  const folderNow = { outDir: dist, buildId: readFileSync(join(dist, BUILD_ID_FILE), 'utf8') };
  assert.equal(lastBuild(listBefore, folderNow), undefined, 'a list from before another build is not trusted');
  const listNow = JSON.parse(readFileSync(join(cache, RENDERED_PAGES_FILE), 'utf8')) as unknown;
  assert.ok(lastBuild(listNow, folderNow), "the latest build's list is");

  // The reader comes back the day after: the day published since is marked, and only it.
  await reader.clock.setSystemTime(new Date('2026-04-13T20:00:00Z'));
  await reader.goto(`${server.origin}/`);
  await reader.getByText(`${NEXT_DAY_TITLES.length} new since your last visit ·`).waitFor();
  const marked = await reader
    .locator('.paper-item:has(.new-badge) :is(h2, h3) a')
    .evaluateAll((links) => links.map((link) => link.textContent?.trim()));
  assert.deepEqual(marked.sort(), [...NEXT_DAY_TITLES].sort());
  await reader.goto(`${server.origin}/dates/2026-04-12/`);
  assert.equal(await reader.locator('.new-badge').count(), 0, 'the day listed before the first visit has nothing new');
});

function unescapeHtml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|#39|#x27|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name] as string,
  );
}
