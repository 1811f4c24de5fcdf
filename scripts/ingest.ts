/**
 * npm run ingest -- [dump files or folders…] [--out DIR] [--captured YYYY-MM-DD] [--check] [--strict] [--json]
 *
 * Reads Daily Papers dumps and brings the markdown collection up to date, writing only what
 * changed. Everything is parsed and checked before the first write.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { paperSchema, PAPERS_DIRECTORY } from '../src/content.config.ts';
import { mergeDumps, planCollection, type DumpEntries } from '../src/lib/collection.ts';
import { dayOfInstant, parseIsoDate, toIsoDate, type Day } from '../src/lib/dates.ts';
import { dateDump } from '../src/lib/dump-dates.ts';
import { parseDump } from '../src/lib/dump-parser.ts';
import { formatReport, type DumpSummary, type IngestReport } from '../src/lib/ingest-report.ts';
import {
  displayPath, InputError, listInputFiles, readUtf8, removeStaleStaging, TEMPORARY_FILE, writeFileAtomic, writeFolderAtomic,
} from './lib/files.ts';
import { progressBar } from './lib/progress.ts';

const DEFAULT_DUMPS = 'content/dumps';
const DUMP_EXTENSIONS = ['.txt'];

const HELP = `Usage: npm run ingest -- [dump files or folders…] [options]

Turns Hugging Face Daily Papers dumps (plain-text copies of the listing) into one markdown
file per paper. Folders are searched for *.txt files. Default input: ${DEFAULT_DUMPS}/.

Options:
  --out DIR               write the collection here (default: ${PAPERS_DIRECTORY}/)
  --captured YYYY-MM-DD   the day the dumps were captured: dates printed without a year
                          ("Jan 3") take this year. Without it: a YYYY-MM-DD in the file
                          name, else the header date in the year after the latest year
                          the dump prints (never after today).
  --check                 parse and report, write nothing
  --strict                exit 1 if any entry is rejected (and write nothing)
  --json                  print the report as JSON
  --help                  show this help

The collection mirrors the dumps given: a paper seen again is merged (highest upvotes,
every source kept), files are written only when their text changes (atomically), and
papers no dump lists any more are removed. Rejected entries (impossible dates, no date
line, cut off, empty title) are listed as file:line: reason and never written.

Exit status: 0 done (rejections are reported), 1 rejected entries with --strict,
2 bad usage or unreadable input.`;

interface Options {
  inputs: string[];
  out: string;
  captured: Day | undefined;
  check: boolean;
  strict: boolean;
  json: boolean;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      captured: { type: 'string' },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const captured = values.captured === undefined ? undefined : parseIsoDate(values.captured);
  if (values.captured !== undefined && !captured) {
    throw new InputError(`--captured ${JSON.stringify(values.captured)}: expected a real date as YYYY-MM-DD`);
  }
  return {
    inputs: positionals.length > 0 ? positionals : [DEFAULT_DUMPS],
    out: values.out ?? PAPERS_DIRECTORY,
    captured,
    check: values.check,
    strict: values.strict,
    json: values.json,
  };
}

/** The collection on disk: slug → text, for the files that are papers. */
function readCollection(out: string): Map<string, string> {
  const existing = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return existing; // not created yet
  }
  for (const name of names) {
    if (name.endsWith('.md') && !name.startsWith('.')) existing.set(name.slice(0, -3), readUtf8(join(out, name)));
  }
  return existing;
}

function run(options: Options): { report: IngestReport; exitCode: number } {
  const today = dayOfInstant(new Date());
  const files = listInputFiles(options.inputs, DUMP_EXTENSIONS);
  if (files.length === 0) throw new InputError(`no dump files (*.txt) in ${options.inputs.join(', ')}`);

  const progress = progressBar(files.length, 'dumps', files.length > 1 && !options.json && Boolean(process.stderr.isTTY));
  const dumps: DumpEntries[] = [];
  const summaries: DumpSummary[] = [];
  const report: IngestReport = {
    out: displayPath(options.out), written: false, dumps: summaries, entries: 0,
    papers: { total: 0, new: 0, updated: 0, unchanged: 0, removed: 0 }, removed: [], rejected: [], inferredYears: [],
  };
  for (const path of files) {
    const file = displayPath(path);
    progress.tick(file);
    const dated = dateDump(parseDump(readUtf8(path)), { fileName: basename(path), captured: options.captured, today });
    dumps.push({ file, capture: dated.capture, entries: dated.entries });
    const captured = toIsoDate(dated.capture.day);
    summaries.push({
      file, entries: dated.entries.length, rejected: dated.rejected.length, captured,
      capturedFrom: dated.capture.source, yearlessEntries: dated.yearlessEntries,
    });
    report.entries += dated.entries.length;
    for (const { line, reason } of dated.rejected) report.rejected.push({ file, line, reason });
    if (dated.capture.explanation !== undefined && dated.yearlessEntries > 0) {
      report.inferredYears.push({ file, captured, entries: dated.yearlessEntries, explanation: dated.capture.explanation });
    }
  }
  progress.done();

  // Topics are assigned by the topics step; until then every paper has none.
  const papers = mergeDumps(dumps, () => []);
  const plan = planCollection(papers, readCollection(options.out));
  for (const { slug, paper } of plan.files) {
    const problems = paperSchema.safeParse(paper.data);
    if (!problems.success) throw new Error(`internal error: paper ${slug} does not fit the schema: ${problems.error.message}`);
  }
  const counts = report.papers;
  counts.total = plan.files.length;
  for (const { status } of plan.files) counts[status]++;
  counts.removed = plan.removed.length;
  report.removed = plan.removed;

  const refused = options.strict && report.rejected.length > 0;
  if (!options.check && !refused) {
    writeCollection(options.out, plan);
    report.written = true;
  }
  return { report, exitCode: refused ? 1 : 0 };
}

function writeCollection(out: string, plan: ReturnType<typeof planCollection>): void {
  removeStaleStaging(out);
  const isFirstBuild = plan.files.every(({ status }) => status === 'new') && plan.removed.length === 0;
  if (isFirstBuild && writeFolderAtomic(out, plan.files.map(({ slug, text }) => [`${slug}.md`, text]))) return;
  mkdirSync(out, { recursive: true });
  // Leftovers of an interrupted run: never a paper, always safe to drop.
  for (const name of readdirSync(out)) if (TEMPORARY_FILE.test(name)) rmSync(join(out, name), { force: true });
  for (const { slug, text, status } of plan.files) if (status !== 'unchanged') writeFileAtomic(join(out, `${slug}.md`), text);
  for (const slug of plan.removed) rmSync(join(out, `${slug}.md`), { force: true });
}

function main(argv: string[]): number {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const { report, exitCode } = run(options);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    if (exitCode !== 0) process.stderr.write(`ingest: ${report.rejected.length} rejected entries with --strict; nothing written\n`);
    return exitCode;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`ingest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
