/**
 * Fixture cases: tests/fixtures/<case>/input.txt (+ options.json) → expected.json (capture,
 * entries, rejections) and expected/<slug>.md (the files the collection gets). Expected output
 * is regenerated only on purpose: `npm run fixtures:update`, then review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeDumps, planCollection } from '../../src/lib/ingest/collection.ts';
import { parseIsoDate, type Day } from '../../src/lib/common/dates.ts';
import { dateDump } from '../../src/lib/ingest/dump-dates.ts';
import { parseDump } from '../../src/lib/ingest/dump-parser.ts';
import { compileTaxonomy } from '../../src/lib/topics/scoring.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Dump fixtures test parsing, not topics: with no taxonomy every paper is `other`. */
const NO_TOPICS = compileTaxonomy({});

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

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.txt'))).sort();
}

/** Runs the ingest pipeline (no I/O but reading the input) on one case. */
export function runFixture(name: string): FixtureOutput {
  const dir = join(FIXTURES, name);
  const optionsPath = join(dir, 'options.json');
  const options: FixtureOptions = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
  const dated = dateDump(parseDump(readFileSync(join(dir, 'input.txt'), 'utf8')), {
    fileName: options.fileName ?? 'input.txt',
    captured: options.captured === undefined ? undefined : parseIsoDate(options.captured),
    today: FIXTURE_TODAY,
  });
  const papers = mergeDumps([{ file: 'input.txt', capture: dated.capture, entries: dated.entries }], NO_TOPICS);
  const plan = planCollection(papers, new Map());
  return {
    result: { capture: dated.capture, yearlessEntries: dated.yearlessEntries, entries: dated.entries, rejected: dated.rejected },
    files: new Map(plan.files.map(({ slug, text }) => [`${slug}.md`, text])),
  };
}

export function readExpected(name: string): FixtureOutput {
  const dir = join(FIXTURES, name);
  const filesDir = join(dir, 'expected');
  const files = new Map<string, string>();
  if (existsSync(filesDir)) for (const file of readdirSync(filesDir).sort()) files.set(file, readFileSync(join(filesDir, file), 'utf8'));
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
