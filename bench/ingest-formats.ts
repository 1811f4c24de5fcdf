/**
 * node bench/ingest-formats.ts [--papers 50000] [--runs 3]
 *
 * How fast the same papers ingest as text dumps and as JSON dumps (the Daily Papers API's
 * schema, with the authors' names and links only JSON carries): a cold ingest into an empty
 * folder, `runs` times each, alternating, and the median of each. Prints one line per format
 * and the JSON/text ratio. Work files go to bench/work/ingest-formats/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/lib/common/files.ts';
import { measure } from './lib/measure.ts';
import { generateDumps } from './lib/synthetic-dumps.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FORMATS = ['text', 'json'] as const;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { papers: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' } },
  });
  const papers = Number(values.papers);
  const runs = Number(values.runs);
  const work = join(ROOT, 'bench/work/ingest-formats');
  rmSync(work, { recursive: true, force: true });
  const bytes = new Map<string, number>();
  for (const format of FORMATS) {
    const dumps = join(work, format, 'dumps');
    mkdirSync(dumps, { recursive: true });
    for (const { name, text } of generateDumps(papers, { format })) writeFileSync(join(dumps, name), text);
    bytes.set(
      format,
      listFiles(dumps).reduce((sum, file) => sum + file.bytes, 0),
    );
  }
  const seconds = new Map<string, number[]>(FORMATS.map((format) => [format, []]));
  for (let run = 0; run < runs; run++) {
    for (const format of FORMATS) {
      const dir = join(work, format);
      rmSync(join(dir, 'papers'), { recursive: true, force: true });
      rmSync(join(dir, 'slugs.json'), { force: true });
      const measured = await measure(
        process.execPath,
        [join(ROOT, 'scripts/ingest.ts'), 'dumps', '--out', 'papers', '--taxonomy', join(ROOT, 'content/topics.yaml')],
        {},
        dir,
      );
      seconds.get(format)?.push(measured.seconds);
    }
  }
  for (const format of FORMATS) {
    const time = median(seconds.get(format) ?? []);
    const size = bytes.get(format) ?? 0;
    console.log(
      `${format}: ${papers} papers, ${(size / 1e6).toFixed(1)} MB of dumps, cold ingest ${time.toFixed(2)} s (median of ${runs}), ${(size / 1e6 / time).toFixed(1)} MB/s, ${Math.round(papers / time)} papers/s`,
    );
  }
  console.log(`json/text time: ${(median(seconds.get('json') ?? []) / median(seconds.get('text') ?? [])).toFixed(2)}`);
}

await main();
