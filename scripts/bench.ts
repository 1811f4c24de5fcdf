/**
 * npm run bench -- [--papers 1000,10000,50000] [--keep] [--save]
 *
 * Measures ingest, build, search and publishing one more day on synthetic collections of each
 * size, against a bare Astro baseline (bench/lib/bench-size.ts), and prints a table.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchTable } from '../bench/lib/report.ts';
import { runBench } from '../bench/lib/run-bench.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';
import { InputError } from '../src/lib/common/files.ts';

const HELP = `Usage: npm run bench -- [--papers 1000,10000,50000] [--keep] [--save]

For each size: synthetic dumps, then ingest, a no-change ingest rerun, astro build with its
search index, a cold search, publishing one more day, and a bare Astro baseline. Prints a table
and writes the results (JSON) and a chart to bench/work/results/.

Options:
  --papers N,N…   paper counts to measure (default 1000)
  --keep          keep each size's dumps, collection and sites in bench/work/<size>/
  --save          write the results and chart to bench/results/, to commit them
  --help          show this help`;

const OPTIONS = {
  papers: { type: 'string', default: '1000' },
  keep: { type: 'boolean', default: false },
  save: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS }));
  } catch (error) {
    return commandFailed('bench', error);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const sizes = values.papers.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    return commandFailed('bench', new InputError('--papers takes whole numbers separated by commas, e.g. 1000,10000'));
  const say = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
  const run = await runBench({
    root: resolve(import.meta.dirname, '..'),
    sizes,
    keep: values.keep,
    save: values.save,
    say,
  });
  process.stdout.write(`${benchTable(run.results)}\n\nResults: ${run.resultsFile}, chart: ${run.chartFile}\n`);
  return 0;
}

if (import.meta.main) {
  dropOutputToClosedPipes();
  process.exitCode = await main(process.argv.slice(2));
}
