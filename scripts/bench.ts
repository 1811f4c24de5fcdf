/**
 * npm run bench -- [--papers 1000,10000,50000] [--keep]
 *
 * For each size: generate synthetic dumps, then measure ingest, a no-change ingest rerun,
 * `astro build` with the Pagefind index made alongside (its own time read from its summary),
 * the built site's size, what one cold search reads (as the search page runs it, and over
 * every year), then publishing one more day's dump onto the built site (ingest + build
 * again) — and, in the same run, a bare Astro project building one minimal page per paper from the same
 * markdown, so the overhead is a ratio that holds on a noisy machine. Prints a table, writes
 * bench/results/bench-<time>.json and bench/results/chart.svg. Work files go to bench/work/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchChart, benchTable, type SizeResult } from '../bench/lib/report.ts';
import { generateDumps, nextDayDumps } from '../bench/lib/synthetic-dumps.ts';
import { listFiles } from '../src/lib/common/files.ts';
import { measure, type Measured } from '../bench/lib/measure.ts';
import { searchBuiltSite } from '../src/lib/search/pagefind-node.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench', 'work');
const RESULTS = join(ROOT, 'bench', 'results');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const QUERY = 'graph neural networks message passing';

const { values } = parseArgs({ options: { papers: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.papers.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--papers takes whole numbers separated by commas, e.g. 1000,10000');

const stage = ({ seconds, peakRssBytes }: Measured) => ({ seconds, peakRssBytes });
const say = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const htmlPages = (dir: string) => listFiles(dir).filter(({ path }) => path.endsWith('.html')).length;

/**
 * Before each stage: the files the last one wrote go to disk first (untimed), so that a stage
 * does not pay for the writes of the one before it (a 50k build writes 640 MB).
 */
const settleDisk = () => spawnSync('sync', { stdio: 'ignore' });

/** The search index's own line in the build's output: papers indexed, and its time. */
function indexReport(buildOutput: string): { pages: number; seconds: number } {
  const line = /Search index: (\d+) papers .* in ([\d.]+)s\n/.exec(buildOutput);
  if (!line) throw new Error(`the build printed no search index summary:\n${buildOutput.slice(-2000)}`);
  return { pages: Number(line[1]), seconds: Number(line[2]) };
}

/** Commands run one after the other as one stage: summed time, largest peak, each one's time. */
async function measureAll(commands: [string, string[], Record<string, string>][]): Promise<Measured & { steps: number[] }> {
  const steps: Measured[] = [];
  for (const [command, args, env] of commands) steps.push(await measure(command, args, env, ROOT));
  return {
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    peakRssBytes: Math.max(...steps.map((step) => step.peakRssBytes)),
    stdout: steps.map((step) => step.stdout).join(''),
    steps: steps.map((step) => step.seconds),
  };
}

async function benchSize(papers: number): Promise<SizeResult> {
  const dir = join(WORK, String(papers));
  rmSync(dir, { recursive: true, force: true });
  const [dumps, collection, dist, baselineDist] = ['dumps', 'papers', 'dist', 'baseline-dist'].map((name) => join(dir, name)) as [string, string, string, string];
  mkdirSync(dumps, { recursive: true });
  say(`${papers} papers: generating dumps`);
  let dumpBytes = 0;
  const generated = generateDumps(papers);
  for (const { name, text } of generated) {
    writeFileSync(join(dumps, name), text);
    dumpBytes += Buffer.byteLength(text);
  }
  const env = { PAPERS_DIR: collection, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://bench.example.org' };

  say(`${papers} papers: ingest (${(dumpBytes / 1e6).toFixed(1)} MB of dumps)`);
  settleDisk();
  const ingest = await measure(NODE, ['scripts/ingest.ts', dumps, '--out', collection, '--json'], env, ROOT);
  settleDisk();
  const rerun = await measure(NODE, ['scripts/ingest.ts', dumps, '--out', collection, '--json'], env, ROOT);
  const rerunReport = JSON.parse(rerun.stdout) as { papers: { new: number; updated: number; removed: number } };

  say(`${papers} papers: astro build (the search index alongside)`);
  settleDisk();
  const astro = await measure(NODE, [ASTRO, 'build', '--outDir', dist], { ...env, ASTRO_CACHE_DIR: join(dir, 'cache') }, ROOT);
  const pagefind = indexReport(astro.stdout);

  say(`${papers} papers: baseline (bare Astro)`);
  settleDisk();
  const baseline = await measure(NODE, [ASTRO, 'build', '--root', join(ROOT, 'bench', 'baseline'), '--outDir', baselineDist], { ...env, ASTRO_CACHE_DIR: join(dir, 'baseline-cache') }, ROOT);

  // As the search page runs it (the newest papers first), and over every year.
  const search = await searchBuiltSite(dist, '/', QUERY, { filters: {} }, 20, true);
  const searchAllYears = await searchBuiltSite(dist, '/', QUERY, { filters: {} }, 20);
  // Counted before the update, which adds a day's pages the full build did not render.
  const pages = htmlPages(dist);

  say(`${papers} papers: publishing one more day`);
  for (const { name, text } of nextDayDumps(papers)) writeFileSync(join(dumps, name), text);
  settleDisk();
  const update = await measureAll([
    [NODE, ['scripts/ingest.ts', dumps, '--out', collection, '--json'], env],
    [NODE, [ASTRO, 'build', '--outDir', dist], { ...env, ASTRO_CACHE_DIR: join(dir, 'cache') }],
  ]);

  const files = listFiles(dist);
  const index = files.filter(({ path }) => path.startsWith('pagefind/'));
  const baselinePages = htmlPages(baselineDist);
  const totalSeconds = ingest.seconds + astro.seconds;
  const peak = Math.max(ingest.peakRssBytes, astro.peakRssBytes);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return {
    papers,
    dumps: generated.length,
    dumpBytes,
    ingest: { ...stage(ingest), mbPerSecond: dumpBytes / 1e6 / ingest.seconds },
    rerun: { ...stage(rerun), written: rerunReport.papers.new + rerunReport.papers.updated + rerunReport.papers.removed },
    astro: { ...stage(astro), pages, pagesPerSecond: pages / astro.seconds },
    pagefind: { ...pagefind, pagesPerSecond: pagefind.pages / pagefind.seconds },
    total: { seconds: totalSeconds, peakRssBytes: peak },
    dist: { bytes: files.reduce((sum, { bytes }) => sum + bytes, 0), files: files.length },
    index: { bytes: index.reduce((sum, { bytes }) => sum + bytes, 0), files: index.length },
    query: { bytes: search.bytes, files: search.files, since: search.since ?? 'all' },
    queryAllYears: { bytes: searchAllYears.bytes, files: searchAllYears.files },
    update: { ...stage(update), fraction: update.seconds / totalSeconds, ingestSeconds: update.steps[0] ?? 0, astroSeconds: update.steps[1] ?? 0, pagefindSeconds: indexReport(update.stdout).seconds },
    baseline: { ...stage(baseline), pages: baselinePages },
    ratio: { time: totalSeconds / baseline.seconds, memory: peak / baseline.peakRssBytes },
  };
}

const results: SizeResult[] = [];
for (const papers of sizes) {
  results.push(await benchSize(papers));
  say(`${papers} papers: done in ${results.at(-1)?.total.seconds.toFixed(1)} s`);
}
mkdirSync(RESULTS, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(RESULTS, `bench-${stamp}.json`), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, query: QUERY, results }, null, 2)}\n`);
writeFileSync(join(RESULTS, 'chart.svg'), benchChart(results));
process.stdout.write(`${benchTable(results)}\n\nResults: bench/results/bench-${stamp}.json, chart: bench/results/chart.svg\n`);
if (readdirSync(WORK).length === 0) rmSync(WORK, { recursive: true, force: true });
