/**
 * The fixture site: a whole site (ingest → astro build → search index) built from fixture dumps
 * into a temporary folder, the way `npm run build` builds the real one, under a base path so that
 * every link is checked for it. One build serves every test file of a run (tests/global-setup.ts).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { generateDumps } from '../../bench/lib/synthetic-dumps.ts';
import { launchBrowser, sharedProfile } from './browser.ts';
import { FIXTURES } from './fixtures.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { makeTemporaryFolder, removeFolder, ROOT, SAMPLE } from './cli.ts';
import { textEntry } from './text-dump.ts';

export const TEST_BASE = '/digest/';
export const TEST_SITE = 'https://papers.example.org';

/**
 * Papers about one subject (`title` numbered, `about` in the abstract), listed over every day of
 * January 2026 (more days than the day-by-day feed carries): one dump a day, named with it.
 * `upvotes`: the i-th paper's.
 */
function subjectDumps(
  prefix: string,
  count: number,
  { title, about, upvotes }: { title: string; about: string; upvotes: (i: number) => number },
): { name: string; text: string }[] {
  const days = 31;
  return Array.from({ length: days }, (_, d) => ({
    name: `${prefix}-2026-01-${String(d + 1).padStart(2, '0')}.txt`,
    text: Array.from({ length: count }, (_, i) => i)
      .filter((i) => i % days === d)
      .map((i) =>
        textEntry(`${title} ${i + 1}`, `Jan ${d + 1}, 2026 ${upvotes(i)}`, {
          abstract: `We study ${about}, number ${i + 1}.`,
          authors: 3,
        }),
      )
      .join(''),
  }));
}

/** Speech and audio papers, enough for the topic to have a page past its first. */
const speechAndAudioDumps = () => [
  ...subjectDumps('speech', 60, {
    title: 'Streaming Speech Recognition Study',
    about: 'automatic speech recognition of spoken audio with acoustic models',
    upvotes: (i) => i,
  }),
  ...subjectDumps('audio', 50, {
    title: 'Neural Audio Codec Note',
    about: 'neural audio codecs that compress music and sound into discrete audio tokens',
    upvotes: () => 0,
  }),
];

/** A paper whose formula is wider than a phone. */
const LONG_MATH_DUMP = textEntry('Tight Bounds for Sorting with $k$-wise Comparisons', 'Mar 2, 2026 3', {
  abstract:
    'Sorting with $k$-wise comparisons needs $$\\Omega\\left(\\frac{n \\log_2 n}{\\log_2 k}\\right) = \\sum_{i=1}^{n} \\left\\lceil \\frac{\\log_2 (i+1)}{\\log_2 k} \\right\\rceil - \\frac{n}{\\ln 2} + \\frac{n}{\\ln k} + O\\left(\\log n \\cdot \\log\\log n \\cdot \\log\\log\\log n\\right)$$ comparisons; we give an algorithm within a constant factor.',
});

/** A day listed the year before: search shards hold papers by listing day, and the fixture spans three. */
const EARLIER_YEAR_DUMP = textEntry('Early Warning Signals for Coral Reef Decline', 'Dec 20, 2025 2', {
  abstract: 'We forecast coral reef decline from early warning signals in long ecological records.',
});

/** A paper as the Daily Papers API lists it: its authors' names, its arXiv id and its code. */
export const CODE_PAPER = {
  arxiv: '2604.01234',
  title: 'Lattice Folding Networks for Protein Backbone Design',
  abstract:
    'We fold protein backbones on a lattice with a small equivariant network, and release the weights and the folding code.',
  authorNames: ['Ngozi Okonkwo-Lindqvist', 'Tomás Ferreira', 'Mei Tanaka', 'Łukasz Søndergaard'],
  github: 'https://github.com/example/lattice-fold',
  githubStars: 128,
};

const CODE_PAPER_DUMP = JSON.stringify([
  {
    paper: {
      id: CODE_PAPER.arxiv,
      authors: CODE_PAPER.authorNames.map((name) => ({ name })),
      publishedAt: '2026-01-31T17:00:00.000Z',
      submittedOnDailyAt: '2026-02-01T08:00:00.000Z',
      title: CODE_PAPER.title,
      summary: CODE_PAPER.abstract,
      upvotes: 5,
      githubRepo: CODE_PAPER.github,
      githubStars: CODE_PAPER.githubStars,
    },
    title: CODE_PAPER.title,
  },
]);

/** What the command printed, once it succeeded. */
function run(args: string[], env: Record<string, string>, cwd = ROOT): Promise<string> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((done, fail) =>
    child.once('close', (status) =>
      status === 0 ? done(output) : fail(new Error(`${args.join(' ')} failed:\n${output}`)),
    ),
  );
}

/**
 * `npm run build` into `work`: the ingest, then astro build, which also makes the search index
 * (src/integrations/search-index.ts). A build whose output is outside its working folder puts its
 * prerendered chunks in that folder: Astro runs from a folder of its own inside the project (whose
 * packages the chunks import), so that builds of one project can run at once.
 */
const BUILDS_FOLDER = join(ROOT, 'node_modules', '.cache', 'paper-digest-test-builds');

async function buildSite(work: string, dumps: string, built: BuiltSite, env: Record<string, string>): Promise<void> {
  const all = {
    ...env,
    PAPERS_DIR: built.papers,
    SITE_URL: TEST_SITE,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  await run(['scripts/ingest.ts', dumps, '--out', built.papers], all);
  mkdirSync(BUILDS_FOLDER, { recursive: true });
  const runFrom = mkdtempSync(join(BUILDS_FOLDER, 'build-'));
  try {
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    writeFileSync(built.buildLog, await run([astro, 'build', '--root', ROOT, '--outDir', built.dist], all, runFrom));
  } finally {
    rmSync(runFrom, { recursive: true, force: true });
  }
}

export interface BuiltSite {
  dist: string;
  /** The collection the site was built from. */
  papers: string;
  base: string;
  site: string;
  /** What `astro build` printed. */
  buildLog: string;
}

/** Set by tests/global-setup.ts for the test files it runs: the folder of the fixture site it built. */
export const FIXTURE_SITE_VARIABLE = 'PAPER_DIGEST_FIXTURE_SITE';

/** The fixture site in `work`, built or not: its output folder and collection. */
function fixtureSiteIn(work: string): BuiltSite {
  return { ...siteAtRootIn(work), base: TEST_BASE };
}

/** Builds the fixture site into the empty folder `work`. */
export async function buildFixtureSite(work: string): Promise<BuiltSite> {
  const dumps = join(work, 'dumps');
  mkdirSync(dumps);
  // Each dump's file name gives the day it was listed: the sample's 43 papers are the newest day.
  copyFileSync(SAMPLE, join(dumps, 'daily-papers-2026-04-13.txt'));
  for (const name of readdirSync(FIXTURES)) {
    try {
      copyFileSync(join(FIXTURES, name, 'input.txt'), join(dumps, `fixture-${name}-2026-04-12.txt`));
    } catch {
      // not a dump fixture (e.g. topics/)
    }
  }
  for (const { name, text } of speechAndAudioDumps()) writeFileSync(join(dumps, name), text);
  writeFileSync(join(dumps, 'math-2026-03-02.txt'), LONG_MATH_DUMP);
  writeFileSync(join(dumps, 'hf-api-2026-02-01.json'), CODE_PAPER_DUMP);
  writeFileSync(join(dumps, 'reefs-2025-12-20.txt'), EARLIER_YEAR_DUMP);
  await buildSite(work, dumps, fixtureSiteIn(work), { BASE_PATH: TEST_BASE });
  return fixtureSiteIn(work);
}

/**
 * A site built from the benchmark's synthetic dumps (bench/lib/synthetic-dumps.ts) of 1,000
 * papers into the empty folder `work`, at the root of its origin: what a big site's pages look like.
 */
export async function buildSyntheticSite(work: string): Promise<BuiltSite> {
  const dumps = join(work, 'dumps');
  mkdirSync(dumps);
  for (const { name, text } of generateDumps(SYNTHETIC_PAPERS)) writeFileSync(join(dumps, name), text);
  const built = siteAtRootIn(work);
  await buildSite(work, dumps, built, {});
  return built;
}

/** The size of the shared synthetic site: a big site's first screens. */
const SYNTHETIC_PAPERS = 1_000;

const siteAtRootIn = (work: string): BuiltSite => ({
  dist: join(work, 'dist'),
  papers: join(work, 'papers'),
  base: '/',
  site: TEST_SITE,
  buildLog: join(work, 'build.log'),
});

/** Set by tests/global-setup.ts: the folder of the synthetic site it built. */
export const SYNTHETIC_SITE_VARIABLE = 'PAPER_DIGEST_SYNTHETIC_SITE';

/**
 * A site built once for the whole of `npm test` by its global setup (into the folder `variable`
 * names), or, for a file run alone, built before the file's tests and removed after them. Shared
 * by every file, so never changed: a test that changes a site works on a copy of it.
 */
function useSharedSite(
  variable: string,
  build: (work: string) => Promise<BuiltSite>,
  siteIn: (work: string) => BuiltSite,
): BuiltSite {
  const shared = process.env[variable];
  if (shared) return siteIn(shared);
  const work = makeTemporaryFolder();
  const site = siteIn(work);
  // A file's hooks start together: one that reads the site awaits siteBuilt.
  const built = Promise.withResolvers<void>();
  before(async () => {
    try {
      await build(work);
      built.resolve();
    } catch (error) {
      built.reject(error);
      throw error;
    }
  });
  built.promise.catch(() => undefined); // the hook reports the failure
  BUILDS.set(site.dist, built.promise);
  after(() => removeFolder(work));
  return site;
}

/** The sites a file builds for itself, by output folder, until built. */
const BUILDS = new Map<string, Promise<void>>();

/** For a file's own hook that reads its site: once it is built (a shared site already is). */
export async function siteBuilt(site: BuiltSite): Promise<void> {
  await BUILDS.get(site.dist);
}

/** For a test file: the synthetic site of 1,000 papers (a big site's first screens). */
export const useSyntheticSite = () => useSharedSite(SYNTHETIC_SITE_VARIABLE, buildSyntheticSite, siteAtRootIn);

/** For a test file: the fixture site. */
export const useFixtureSite = () => useSharedSite(FIXTURE_SITE_VARIABLE, buildFixtureSite, fixtureSiteIn);

export interface SiteUnderTest {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  /**
   * A page without the service worker (the offline tests open a context of their own): in the
   * file's shared profile (sharedProfile) when only a viewport is asked for, else in a fresh one.
   * Tests that save, mute or count visits open a context of their own.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A path of the site (under its base path) as a URL of the server. */
  url(path: string): string;
  /** The search page's URL with `query` ("?q=…", or none). */
  searchUrl(query?: string): string;
}

/**
 * For a browser test file: the fixture site (useFixtureSite), served, and Chromium, started
 * before the file's tests and stopped after them. The returned object is filled in by then.
 */
export function useSiteInBrowser(): SiteUnderTest {
  const under = { site: useFixtureSite() } as SiteUnderTest;
  before(async () => {
    under.server = await serveStatic(under.site.dist, under.site.base);
    under.browser = await launchBrowser();
  });
  under.url = (path) => `${under.server.origin}${under.site.base}${path}`;
  under.searchUrl = (query = '') => under.url(`search/${query}`);
  const sharedPage = sharedProfile(() => under.browser);
  under.newPage = ({ viewport, ...others } = {}) =>
    Object.keys(others).length === 0
      ? sharedPage(viewport ?? undefined)
      : under.browser.newPage({ serviceWorkers: 'block', viewport, ...others });
  after(async () => {
    await under.browser?.close();
    await under.server?.close();
  });
  return under;
}
