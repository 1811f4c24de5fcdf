/**
 * The fixture site: a whole site (ingest → astro build → search index) built from fixture dumps
 * into a temporary folder, the way `npm run build` builds the real one, under a base path so that
 * every link is checked for it. One build serves every test file of a run (tests/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { generateDumps } from '../../bench/lib/synthetic-dumps.ts';
import { launchBrowser } from './browser.ts';
import { FIXTURES } from './fixtures.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { makeTemporaryFolder, removeFolder, ROOT, SAMPLE } from './cli.ts';

export const TEST_BASE = '/digest/';
export const TEST_SITE = 'https://papers.example.org';

/**
 * Papers about one subject, enough for a topic to need a second page, listed over every day of
 * January 2026 (more days than the day-by-day feed carries): one dump a day, named with it.
 */
export function speechDumps(count: number): { name: string; text: string }[] {
  const days = 31;
  return Array.from({ length: days }, (_, d) => ({
    name: `speech-2026-01-${String(d + 1).padStart(2, '0')}.txt`,
    text: Array.from({ length: count }, (_, i) => i)
      .filter((i) => i % days === d)
      .map(
        (i) =>
          `Streaming Speech Recognition Study ${i + 1}\n\nWe study automatic speech recognition of spoken audio with acoustic models, number ${i + 1}.\n\n  • 3 authors\n·\nJan ${d + 1}, 2026 ${i}\n`,
      )
      .join('\n'),
  }));
}

/** A paper whose formula is wider than a phone. */
const LONG_MATH_DUMP = `Tight Bounds for Sorting with $k$-wise Comparisons

Sorting with $k$-wise comparisons needs $$\\Omega\\left(\\frac{n \\log_2 n}{\\log_2 k}\\right) = \\sum_{i=1}^{n} \\left\\lceil \\frac{\\log_2 (i+1)}{\\log_2 k} \\right\\rceil - \\frac{n}{\\ln 2} + \\frac{n}{\\ln k} + O\\left(\\log n \\cdot \\log\\log n \\cdot \\log\\log\\log n\\right)$$ comparisons; we give an algorithm within a constant factor.

  • 2 authors
·
Mar 2, 2026 3
`;

/** A paper as the Daily Papers API lists it: its authors' names, its arXiv id and its code. */
export const CODE_PAPER = {
  arxiv: '2604.01234',
  title: 'Lattice Folding Networks for Protein Backbone Design',
  abstract:
    'We fold protein backbones on a lattice with a small equivariant network, and release the weights and the folding code.',
  authorNames: ['Ngozi Okonkwo-Lindqvist', 'Tomás Ferreira', 'Mei Tanaka', 'Henrik Aalto'],
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

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

export interface BuiltSite {
  dist: string;
  /** The collection the site was built from. */
  papers: string;
  base: string;
  site: string;
}

/** Set by tests/global-setup.ts for the test files it runs: the folder of the fixture site it built. */
export const FIXTURE_SITE_VARIABLE = 'PAPER_DIGEST_FIXTURE_SITE';

/** The fixture site in `work`, built or not: its output folder and collection. */
function fixtureSiteIn(work: string): BuiltSite {
  return { dist: join(work, 'dist'), papers: join(work, 'papers'), base: TEST_BASE, site: TEST_SITE };
}

/** Builds the fixture site into the empty folder `work`. */
export function buildFixtureSite(work: string): BuiltSite {
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
  for (const { name, text } of speechDumps(60)) writeFileSync(join(dumps, name), text);
  writeFileSync(join(dumps, 'math-2026-03-02.txt'), LONG_MATH_DUMP);
  writeFileSync(join(dumps, 'hf-api-2026-02-01.json'), CODE_PAPER_DUMP);
  const { dist, papers } = fixtureSiteIn(work);
  const env = {
    PAPERS_DIR: papers,
    BASE_PATH: TEST_BASE,
    SITE_URL: TEST_SITE,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  run(process.execPath, ['scripts/ingest.ts', dumps, '--out', papers], env);
  // As `npm run build`: astro build also makes the search index (src/integrations/search-index.ts).
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env);
  return fixtureSiteIn(work);
}

/**
 * A site built from the benchmark's synthetic dumps (bench/lib/synthetic-dumps.ts) of 1,000
 * papers into the empty folder `work`, at the root of its origin: what a big site's pages look like.
 */
export function buildSyntheticSite(work: string): BuiltSite {
  const dumps = join(work, 'dumps');
  mkdirSync(dumps);
  for (const { name, text } of generateDumps(SYNTHETIC_PAPERS)) writeFileSync(join(dumps, name), text);
  const built = syntheticSiteIn(work);
  const env = {
    PAPERS_DIR: built.papers,
    SITE_URL: TEST_SITE,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  run(process.execPath, ['scripts/ingest.ts', dumps, '--out', built.papers], env);
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', built.dist], env);
  return built;
}

/** The size of the shared synthetic site: a big site's first screens. */
const SYNTHETIC_PAPERS = 1_000;

const syntheticSiteIn = (work: string): BuiltSite => ({
  dist: join(work, 'dist'),
  papers: join(work, 'papers'),
  base: '/',
  site: TEST_SITE,
});

/** Set by tests/global-setup.ts: the folder of the synthetic site it built. */
export const SYNTHETIC_SITE_VARIABLE = 'PAPER_DIGEST_SYNTHETIC_SITE';

/**
 * For a test file: the synthetic site of 1,000 papers, built once for the whole of `npm test`
 * (two Astro builds of one project at once would share its prerender folder), or, for a file
 * run alone, before its tests.
 */
export function useSyntheticSite(): BuiltSite {
  const shared = process.env[SYNTHETIC_SITE_VARIABLE];
  if (shared) return syntheticSiteIn(shared);
  const work = makeTemporaryFolder();
  before(() => {
    buildSyntheticSite(work);
  });
  after(() => removeFolder(work));
  return syntheticSiteIn(work);
}

/**
 * For a test file: the fixture site, built once for the whole of `npm test` by its global setup,
 * or, for a file run alone, built before the file's tests and removed after them. Shared by
 * every file, so never changed: a test that changes a site works on a copy of it.
 */
export function useFixtureSite(): BuiltSite {
  const shared = process.env[FIXTURE_SITE_VARIABLE];
  if (shared) return fixtureSiteIn(shared);
  const work = makeTemporaryFolder();
  before(() => {
    buildFixtureSite(work);
  });
  after(() => removeFolder(work));
  return fixtureSiteIn(work);
}

export interface SiteUnderTest {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
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
  after(async () => {
    await under.browser?.close();
    await under.server?.close();
  });
  return under;
}
