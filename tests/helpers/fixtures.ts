/**
 * Fixture cases: tests/fixtures/<case>/input.txt or input.json (a text or a JSON dump, +
 * options.json) → expected.json (capture, entries, rejections) and expected/<slug>.md (the files
 * the collection gets). Expected output is regenerated only on purpose: `npm run
 * fixtures:update`, then review the diff.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mergeEntries } from '../../src/lib/ingest/collection.ts';
import { readCollection } from '../../src/lib/ingest/collection-folder.ts';
import { planCollection } from '../../src/lib/ingest/collection-plan.ts';
import { parseIsoDate, type Day } from '../../src/lib/common/dates.ts';
import { datedDump } from '../../src/lib/ingest/dump-file.ts';
import { dumpProgress } from '../../src/lib/ingest/read-dumps.ts';
import { Threads } from '../../src/lib/ingest/threads.ts';
import { writeCollection } from '../../src/lib/ingest/write-collection.ts';
import { makeTemporaryFolder, removeFolder } from './cli.ts';
import { NO_TAXONOMY } from './taxonomy.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Dump fixtures test parsing, not topics: with no taxonomy every paper is `other`. */

/** Fixtures run on a fixed day, so a real clock never changes their output. */
export const FIXTURE_TODAY: Day = { year: 2026, month: 11, day: 24 };

interface FixtureOptions {
  fileName?: string;
  captured?: string;
}

export interface FixtureOutput {
  result: unknown;
  files: Map<string, string>;
}

/** The case's dump: input.txt or input.json. */
function fixtureInput(name: string): string | undefined {
  return ['input.txt', 'input.json'].find((file) => existsSync(join(FIXTURES, name, file)));
}

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => fixtureInput(name) !== undefined)
    .sort();
}

/** The case's dump as parsed and dated, and the collection the ingest makes of it. */
export async function runFixture(name: string): Promise<FixtureOutput> {
  const dir = join(FIXTURES, name);
  const optionsPath = join(dir, 'options.json');
  const options: FixtureOptions = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
  const input = fixtureInput(name) as string;
  const fileName = options.fileName ?? input;
  const captured = options.captured === undefined ? undefined : parseIsoDate(options.captured);
  const dated = datedDump(fileName, readFileSync(join(dir, input), 'utf8'), { captured, today: FIXTURE_TODAY });
  return {
    result: {
      capture: dated.capture,
      yearlessEntries: dated.yearlessEntries,
      entries: dated.entries,
      rejected: dated.rejected,
    },
    files: await collectionFiles(join(dir, input), fileName, captured),
  };
}

/**
 * The files the ingest's own steps write for one dump, by name: the dump is read under the file
 * name the case gives it (a capture day may come from it) and recorded in the papers' sources as
 * `input.txt` (or `input.json`), wherever it was read from.
 */
async function collectionFiles(
  input: string,
  fileName: string,
  captured: Day | undefined,
): Promise<Map<string, string>> {
  const work = makeTemporaryFolder();
  // No helper thread: one small dump.
  const threads = new Threads(0);
  try {
    const dump = join(work, fileName);
    copyFileSync(input, dump);
    const read = await threads.readDumps([dump], {
      captured,
      today: FIXTURE_TODAY,
      taxonomy: NO_TAXONOMY,
      progress: dumpProgress(1, false),
    });
    const merged = mergeEntries(read.map((file) => ({ ...file.dump, file: basename(input) })));
    const out = join(work, 'papers');
    await writeCollection(out, planCollection(merged, new Map()), threads);
    return new Map([...readCollection(out)].map(([slug, text]) => [`${slug}.md`, text]));
  } finally {
    threads.close();
    removeFolder(work);
  }
}

export function readExpected(name: string): FixtureOutput {
  const dir = join(FIXTURES, name);
  const filesDir = join(dir, 'expected');
  const files = new Map<string, string>();
  if (existsSync(filesDir))
    for (const file of readdirSync(filesDir).sort()) files.set(file, readFileSync(join(filesDir, file), 'utf8'));
  return { result: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')), files };
}

export function writeExpected(name: string, output: FixtureOutput): void {
  const dir = join(FIXTURES, name);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(output.result, null, 2)}\n`);
  const filesDir = join(dir, 'expected');
  rmSync(filesDir, { recursive: true, force: true });
  mkdirSync(filesDir);
  for (const [file, text] of output.files) writeFileSync(join(filesDir, file), text);
}
