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
 * A day of the benchmark's synthetic papers, listed March 30, 2026: few, so that the test's two
 * builds stay quick. They are most of the archive and before its newest month, so the days
 * published in April leave their related papers as they are (src/lib/topics/related.ts).
 */
const PAPERS = 12;

/** The only paper of April 11: its file goes once the site has been built. */
const EARLIER_DAY_TITLE = 'Lattice Models of Sea Ice';

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
  for (const { name, text } of generateDumps(PAPERS, { lastDay: new Date(Date.UTC(2026, 2, 31)) }))
    writeFileSync(join(dumps, name), text);
  writeFileSync(join(dumps, 'daily-papers-2026-04-11.txt'), textEntry(EARLIER_DAY_TITLE, 'Apr 11, 2026 1'));
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
  assert.match(build(), new RegExp(`Search index: ${PAPERS + 1} papers in \\d+ shards`));
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
    ...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<span class="summary"[^>]*>([^<]*)<\/span>/g),
  ].map(([, text]) => unescapeHtml(text as string));
  assert.ok(shown.length > 0 && shown.every((summary) => summaries.has(summary)), shown.join('\n'));
  // A reader's first visit, the evening of the newest day: nothing is marked.
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const reader = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await reader.clock.install({ time: new Date('2026-04-11T20:00:00Z') });
  await reader.goto(`${server.origin}/`);
  await reader.waitForFunction(() => localStorage.getItem('paper-digest:v1') !== null);
  assert.equal(await reader.locator('.new-badge').count(), 0, 'a first visit marks nothing');

  const gone = slugs.find((slug) => readFileSync(join(papers, `${slug}.md`), 'utf8').includes(EARLIER_DAY_TITLE));
  assert.ok(gone);
  const [alsoGone, edited] = slugs.filter((slug) => slug !== gone) as [string, string, ...string[]];
  // The files of the first build's pages, each with the key it was rendered with and its time.
  const rendered = () =>
    (JSON.parse(readFileSync(join(cache, RENDERED_PAGES_FILE), 'utf8')) as { pages: Record<string, string> }).pages;
  const keysBefore = rendered();
  const stamp = (file: string) => statSync(join(dist, file)).mtimeMs;
  const stampsBefore = new Map(Object.keys(keysBefore).map((file) => [file, stamp(file)]));
  const listBefore = JSON.parse(readFileSync(join(cache, RENDERED_PAGES_FILE), 'utf8')) as unknown;

  // The next day is published; a paper gets a new abstract, another's file is gone, a third's
  // page is deleted from the output. The last build's pages are known: a page whose key is the
  // one it was rendered with is left as it was, the others are rendered again; a paper page it
  // had and this build lacks is removed, the other folders are walked for old files, and papers/
  // is not walked (an old page no list names stays: the price of not walking 50k folders).
  writeFileSync(join(dumps, 'daily-papers-2026-04-13.txt'), NEXT_DAY_LISTING);
  run(['scripts/ingest.ts', dumps, '--out', papers]);
  const editedFile = join(papers, `${edited}.md`);
  writeFileSync(editedFile, readFileSync(editedFile, 'utf8').replace(/\n---\n\n/, '\n---\n\nRewritten opening. '));
  rmSync(join(papers, `${gone}.md`));
  rmSync(page(alsoGone));
  oldFile(join(dist, '_astro', 'Base.old.css'));
  oldFile(page('never-listed'));
  const papersNow = PAPERS + NEXT_DAY_TITLES.length;
  assert.match(build(), new RegExp(`Search index: ${papersNow} papers`));
  const keysAfter = rendered();
  const kept = Object.keys(keysAfter).filter(
    (file) => keysBefore[file] === keysAfter[file] && file !== `papers/${alsoGone}/index.html`,
  );
  assert.deepEqual(
    kept.filter((file) => stamp(file) !== stampsBefore.get(file)),
    [],
    'a page whose key is unchanged is not rendered again',
  );
  assert.ok(
    kept.some((file) => file.startsWith('papers/')) && kept.some((file) => file.startsWith('topics/')),
    kept.join(' '),
  );
  const changed = Object.keys(keysAfter).filter((file) => stampsBefore.has(file) && !kept.includes(file));
  assert.deepEqual(
    changed.filter((file) => stamp(file) === stampsBefore.get(file)),
    [],
    'a page whose key changed, or whose file was removed, is rendered again',
  );
  assert.ok(changed.includes(`papers/${alsoGone}/index.html`) && changed.includes(`papers/${edited}/index.html`));
  assert.match(readFileSync(page(edited), 'utf8'), /Rewritten opening\./, "the changed paper's page");
  assert.ok(changed.includes('dates/2026-03-30/index.html'), "and its day's");
  assert.equal(existsSync(page(gone)), false, "a removed paper's page");
  assert.equal(existsSync(join(dist, 'papers', gone)), false, 'its folder');
  assert.equal(existsSync(join(dist, '_astro', 'Base.old.css')), false, 'an old bundle');
  assert.ok(existsSync(page('never-listed')), 'papers/ was not walked');
  const sitemap = readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(join(dist, name), 'utf8'))
    .join('');
  const keptPaper = kept.find((file) => file.startsWith('papers/')) as string;
  assert.ok(
    sitemap.includes(`/${keptPaper.slice(0, -'index.html'.length)}</loc>`),
    'the sitemap lists pages left as they were',
  );

  // A list from before another build into the same folder no longer describes the folder: a
  // build would not trust it, and would walk everything as the first one did (the ids the builds
  // left decide).
  const folderNow = { outDir: dist, buildId: readFileSync(join(dist, BUILD_ID_FILE), 'utf8') };
  assert.equal(lastBuild(listBefore, folderNow), undefined, 'a list from before another build is not trusted');
  const listNow = JSON.parse(readFileSync(join(cache, RENDERED_PAGES_FILE), 'utf8')) as unknown;
  assert.ok(lastBuild(listNow, folderNow), "the latest build's list is");

  // The reader comes back two days later: the day published since is marked, and only it.
  await reader.clock.setSystemTime(new Date('2026-04-13T20:00:00Z'));
  await reader.goto(`${server.origin}/`);
  await reader.getByText(`${NEXT_DAY_TITLES.length} new since your last visit ·`).waitFor();
  const marked = await reader
    .locator('.paper-item:has(.new-badge) :is(h2, h3) a')
    .evaluateAll((links) => links.map((link) => link.textContent?.trim()));
  assert.deepEqual(marked.sort(), [...NEXT_DAY_TITLES].sort());
  await reader.goto(`${server.origin}/dates/2026-03-30/`);
  assert.equal(await reader.locator('.new-badge').count(), 0, 'the day listed before the first visit has nothing new');
});

function unescapeHtml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|#39|#x27|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name] as string,
  );
}
