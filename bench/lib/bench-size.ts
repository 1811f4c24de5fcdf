/**
 * One size of the benchmark: generate synthetic dumps, then measure ingest, a no-change ingest
 * rerun, `astro build` with the Pagefind index made alongside (its own time read from its
 * summary), the built site's size, what one cold search reads (as the search page runs it, and
 * over every year), publishing one more day's dump onto the built site (ingest + build again),
 * and a bare Astro project building one minimal page per paper from the same markdown, so the
 * overhead is a ratio that holds on a noisy machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/common/files.ts';
import { searchBuiltSite } from '../../src/lib/search/pagefind-node.ts';
import { measure, measureAll, type Measured } from './measure.ts';
import type { SizeResult } from './report.ts';
import { generateDumps, nextDayDumps } from './synthetic-dumps.ts';

/** The query whose cold search is measured. */
export const BENCH_QUERY = 'graph neural networks message passing';

export interface BenchSizeOptions {
  /** The project's root: the scripts run and Astro builds from there. */
  root: string;
  /** Where this size's dumps, collection, sites and caches go. */
  dir: string;
  /** Keep `dir` afterwards. */
  keep: boolean;
  /** Progress, a line at a time. */
  say: (text: string) => void;
}

const NODE = process.execPath;

const stage = ({ seconds, peakRssBytes }: Measured) => ({ seconds, peakRssBytes });
const htmlPages = (dir: string) => listFiles(dir).filter(({ path }) => path.endsWith('.html')).length;

/**
 * Before each stage the files the last one wrote go to disk first (untimed), so that a stage
 * does not pay for the writes of the one before it.
 */
const settleDisk = () => spawnSync('sync', { stdio: 'ignore' });

/** The search index's own line in the build's output: papers indexed, and its time. */
export function indexReport(buildOutput: string): { pages: number; seconds: number } {
  const line = /Search index: ([\d,]+) papers? .* in ([\d.]+)s\n/.exec(buildOutput);
  if (!line) throw new Error(`the build printed no search index summary:\n${buildOutput.slice(-2000)}`);
  return { pages: Number(line[1]?.replaceAll(',', '')), seconds: Number(line[2]) };
}

export async function benchSize(papers: number, { root, dir, keep, say }: BenchSizeOptions): Promise<SizeResult> {
  const astroCli = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  rmSync(dir, { recursive: true, force: true });
  const [dumps, collection, dist, baselineDist] = ['dumps', 'papers', 'dist', 'baseline-dist'].map((name) =>
    join(dir, name),
  ) as [string, string, string, string];
  mkdirSync(dumps, { recursive: true });
  say(`${papers} papers: generating dumps`);
  let dumpBytes = 0;
  const generated = generateDumps(papers);
  for (const { name, text } of generated) {
    writeFileSync(join(dumps, name), text);
    dumpBytes += Buffer.byteLength(text);
  }
  const env = { PAPERS_DIR: collection, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://bench.example.org' };
  const ingestArgs = ['scripts/ingest.ts', dumps, '--out', collection, '--json'];
  const buildArgs = [astroCli, 'build', '--outDir', dist];
  const buildEnv = { ...env, ASTRO_CACHE_DIR: join(dir, 'cache') };

  say(`${papers} papers: ingest (${(dumpBytes / 1e6).toFixed(1)} MB of dumps)`);
  settleDisk();
  const ingest = await measure(NODE, ingestArgs, env, root);
  settleDisk();
  const rerun = await measure(NODE, ingestArgs, env, root);
  const rerunReport = JSON.parse(rerun.stdout) as { papers: { new: number; updated: number; removed: number } };

  say(`${papers} papers: astro build (the search index alongside)`);
  settleDisk();
  const astro = await measure(NODE, buildArgs, buildEnv, root);
  const pagefind = indexReport(astro.stdout);

  say(`${papers} papers: baseline (bare Astro)`);
  settleDisk();
  const baseline = await measure(
    NODE,
    [astroCli, 'build', '--root', join(root, 'bench', 'baseline'), '--outDir', baselineDist],
    { ...env, ASTRO_CACHE_DIR: join(dir, 'baseline-cache') },
    root,
  );

  // As the search page runs it: its first page of results.
  const search = await searchBuiltSite(dist, '/', BENCH_QUERY, { filters: {} }, 20);
  // Counted before the update, which adds a day's pages the full build did not render.
  const pages = htmlPages(dist);

  say(`${papers} papers: publishing one more day`);
  for (const { name, text } of nextDayDumps(papers)) writeFileSync(join(dumps, name), text);
  settleDisk();
  const update = await measureAll(
    [
      [NODE, ingestArgs, env],
      [NODE, buildArgs, buildEnv],
    ],
    root,
  );

  const files = listFiles(dist);
  const index = files.filter(({ path }) => path.startsWith('pagefind/'));
  const baselinePages = htmlPages(baselineDist);
  const totalSeconds = ingest.seconds + astro.seconds;
  const peak = Math.max(ingest.peakRssBytes, astro.peakRssBytes);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return {
    papers,
    dumps: generated.length,
    dumpBytes,
    ingest: { ...stage(ingest), mbPerSecond: dumpBytes / 1e6 / ingest.seconds },
    rerun: {
      ...stage(rerun),
      written: rerunReport.papers.new + rerunReport.papers.updated + rerunReport.papers.removed,
    },
    astro: { ...stage(astro), pages, pagesPerSecond: pages / astro.seconds },
    pagefind: { ...pagefind, pagesPerSecond: pagefind.pages / pagefind.seconds },
    total: { seconds: totalSeconds, peakRssBytes: peak },
    dist: { bytes: files.reduce((sum, { bytes }) => sum + bytes, 0), files: files.length },
    index: { bytes: index.reduce((sum, { bytes }) => sum + bytes, 0), files: index.length },
    query: { bytes: search.bytes, files: search.files },
    update: {
      ...stage(update),
      fraction: update.seconds / totalSeconds,
      ingestSeconds: update.steps[0] ?? 0,
      astroSeconds: update.steps[1] ?? 0,
      pagefindSeconds: indexReport(update.stdout).seconds,
    },
    baseline: { ...stage(baseline), pages: baselinePages },
    ratio: { time: totalSeconds / baseline.seconds, memory: peak / baseline.peakRssBytes },
  };
}
