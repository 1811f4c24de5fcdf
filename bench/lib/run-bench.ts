/**
 * The whole benchmark: each size in turn, then a results file and chart. A run leaves the
 * working tree as it found it: its files go under bench/work/ (ignored by git) unless it is
 * saved, which writes them to bench/results/ to be committed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BENCH_QUERY, benchSize } from './bench-size.ts';
import { benchChart, type SizeResult } from './report.ts';

export interface BenchOptions {
  /** The project's root. */
  root: string;
  /** Paper counts, one synthetic collection each. */
  sizes: readonly number[];
  /** Keep each size's work files (dumps, collection, sites) in bench/work/<size>/. */
  keep: boolean;
  /** Write the results to bench/results/ rather than to the ignored bench/work/results/. */
  save: boolean;
  say: (text: string) => void;
}

export interface BenchRun {
  results: SizeResult[];
  /** Paths relative to the root. */
  resultsFile: string;
  chartFile: string;
}

/** Where a run's results file and chart go, relative to the root: `stamp` names the run. */
export function resultPaths(save: boolean, stamp: string): { resultsFile: string; chartFile: string } {
  const dir = save ? 'bench/results' : 'bench/work/results';
  return { resultsFile: `${dir}/bench-${stamp}.json`, chartFile: `${dir}/chart.svg` };
}

export async function runBench({ root, sizes, keep, save, say }: BenchOptions): Promise<BenchRun> {
  const work = join(root, 'bench', 'work');
  const results: SizeResult[] = [];
  for (const papers of sizes) {
    const result = await benchSize(papers, { root, dir: join(work, String(papers)), keep, say });
    results.push(result);
    say(`${papers} papers: done in ${result.total.seconds.toFixed(1)} s`);
  }
  const date = new Date().toISOString();
  const paths = resultPaths(save, date.replace(/[:.]/g, '-'));
  mkdirSync(dirname(join(root, paths.resultsFile)), { recursive: true });
  writeFileSync(
    join(root, paths.resultsFile),
    `${JSON.stringify({ date, node: process.version, query: BENCH_QUERY, results }, null, 2)}\n`,
  );
  writeFileSync(join(root, paths.chartFile), benchChart(results));
  if (readdirSync(work).length === 0) rmSync(work, { recursive: true, force: true });
  return { results, ...paths };
}
