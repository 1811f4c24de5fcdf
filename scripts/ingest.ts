/**
 * npm run ingest -- [dump files or folders…] [--out DIR] [--captured YYYY-MM-DD] [--check] [--strict] [--json]
 *
 * Reads Daily Papers dumps and brings the markdown collection up to date, writing only what
 * changed. Everything is parsed and checked before the first write.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { paperSchema, PAPERS_DIRECTORY, TAXONOMY_FILE } from '../src/content.config.ts';
import { layoutCollection, mergeEntries } from '../src/lib/ingest/collection.ts';
import { dayOfInstant, parseIsoDate, type Day } from '../src/lib/common/dates.ts';
import {
  MANIFEST_FILE, manifestHolds, recordsToTrust, unchangedReport, type FileRecord, type FileStamp, type IngestFingerprint, type IngestManifest,
} from '../src/lib/ingest/manifest.ts';
import { formatReport, type IngestReport } from '../src/lib/ingest/report.ts';
import { terminalText } from '../src/lib/common/text.ts';
import {
  displayPath, InputError, readUtf8, removeStaleStaging, TEMPORARY_FILE, writeFileAtomic, writeFolderAtomic,
} from '../src/lib/common/files.ts';
import { dependencyKey } from '../src/lib/build/dependencies.ts';
import {
  DEFAULT_DUMPS, dumpProgress, findDumps, markdownFiles, readTaxonomy, recordedPaths, summarizeDumps, surveyCollection, type SurveyedFile,
} from '../src/lib/ingest/read-dumps.ts';
import { pruneCache, TOPIC_CACHE_FOLDER } from '../src/lib/ingest/dump-file.ts';
import { Threads, type PaperToWrite, type ReadDump, type RenderedFile } from '../src/lib/ingest/threads.ts';

const HELP = `Usage: npm run ingest -- [dump files or folders…] [options]

Turns Hugging Face Daily Papers dumps (plain-text copies of the listing) into one markdown
file per paper. Folders are searched for *.txt files. Default input: ${DEFAULT_DUMPS}/.

Options:
  --out DIR               write the collection here (default: ${PAPERS_DIRECTORY}/)
  --captured YYYY-MM-DD   the day the dumps were captured: dates printed without a year
                          ("Jan 3") take this year. Without it: a YYYY-MM-DD in the file
                          name, else the header date in the year after the latest year
                          the dump prints (never after today).
  --taxonomy FILE         the topic taxonomy (default: ${TAXONOMY_FILE})
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
  taxonomy: string;
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
      taxonomy: { type: 'string' },
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
    taxonomy: values.taxonomy ?? TAXONOMY_FILE,
    check: values.check,
    strict: values.strict,
    json: values.json,
  };
}

async function run(options: Options): Promise<{ report: IngestReport; exitCode: number }> {
  const files = findDumps(options.inputs);
  const print = fingerprint(files, options);
  const manifest = readManifest(options.out);
  if (!options.check && manifestHolds(manifest, print, () => stampCollection(options.out))) {
    const report = unchangedReport(manifest.report);
    return { report, exitCode: options.strict && report.rejected.length > 0 ? 1 : 0 };
  }
  const threads = new Threads();
  try {
    const taxonomy = readTaxonomy(options.taxonomy);
    const cache = { folder: join(options.out, TOPIC_CACHE_FOLDER), salt: ingestKey(taxonomy) };
    const read = await threads.readDumps(files, {
      captured: options.captured, today: dayOfInstant(new Date()), taxonomy, progress: dumpProgress(files.length, !options.json), cache,
    });
    const merged = mergeEntries(read.map(({ dump }) => dump));
    const existing = surveyCollection(options.out, recordsToTrust(manifest, print.code));
    const { slugs, removed, ignored } = layoutCollection(merged, new Map([...existing].map(([slug, { key }]) => [slug, key])));
    const planned = merged.map(({ key, data, newest }) => {
      const slug = slugs.get(key) as string;
      const problems = paperSchema.safeParse(data);
      if (!problems.success) throw new Error(`internal error: paper ${slug} does not fit the schema: ${problems.error.message}`);
      return { key, slug, name: `${slug}.md`, data, newest, before: existing.get(slug)?.hash };
    });
    const { dumps, entries, rejected, inferredYears } = summarizeDumps(read);
    const refused = options.strict && rejected.length > 0;
    const writing = !options.check && !refused;
    const rendered = writing ? await writeCollection(options.out, planned, removed, threads) : await threads.writePapers(planned, undefined);
    const papers = { total: rendered.length, new: 0, updated: 0, unchanged: 0, removed: removed.length };
    for (const { status } of rendered) papers[status]++;
    const report: IngestReport = { out: displayPath(options.out), written: writing, dumps, entries, papers, removed, ignored, rejected, inferredYears };
    if (writing) {
      // The papers' files as written or as surveyed, and the other files as surveyed: a file
      // that appeared or went during the run differs from these, so the next run looks at it.
      const recordedPath = recordedPaths(options.out);
      const files: FileRecord[] = planned.map(({ key, slug, name }, i) => {
        const { hash, written } = rendered[i] as RenderedFile;
        const { size, mtimeMs } = written ?? (existing.get(slug) as SurveyedFile).stat;
        return { path: recordedPath(name), size, mtimeMs, key, hash };
      });
      for (const slug of ignored) {
        const { stat, hash } = existing.get(slug) as SurveyedFile;
        files.push({ path: recordedPath(`${slug}.md`), ...stat, hash });
      }
      files.sort((a, b) => (a.path < b.path ? -1 : 1));
      writeFileAtomic(join(options.out, MANIFEST_FILE), JSON.stringify({ fingerprint: print, files, report }));
      await updateTopicCache(cache.folder, read, threads);
    }
    return { report, exitCode: refused ? 1 : 0 };
  } finally {
    threads.close();
  }
}

/** What this run's output depends on besides the dumps' contents (see ingest-manifest.ts). */
function fingerprint(files: readonly string[], options: Options): IngestFingerprint {
  const settings = createHash('sha256');
  settings.update(JSON.stringify({ captured: options.captured ?? null, today: dayOfInstant(new Date()), cwd: process.cwd() }));
  settings.update(readUtf8(options.taxonomy));
  return { inputs: files.map((file) => stamp(file)), settings: settings.digest('hex'), code: ingestKey() };
}

/**
 * The key (src/lib/build/dependencies.ts) of what the ingest makes with `settings`: made by this
 * script and what it loads (with the packages: slugs, YAML and front matter come from them), and
 * by Node's Unicode tables, with which topics and title keys fold text.
 */
function ingestKey(settings: unknown = null): string {
  return dependencyKey(ROOT, { code: ['scripts/ingest.ts'], settings: { unicode: process.versions.unicode, settings } });
}

/** The project folder, where the ingest's code is. */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

function stamp(path: string, recordedPath = displayPath(path)): FileStamp {
  const { size, mtimeMs } = statSync(path);
  return { path: recordedPath, size, mtimeMs };
}

/** The collection folder's markdown files as stat finds them, in the manifest's order. */
function stampCollection(out: string): FileStamp[] {
  const recordedPath = recordedPaths(out);
  return markdownFiles(out).map((name) => stamp(join(out, name), recordedPath(name))).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The last run's manifest; none if it is missing or not one (an older version's is read, and its records not trusted). */
function readManifest(out: string): IngestManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as IngestManifest | null;
    return typeof manifest?.fingerprint === 'object' && Array.isArray(manifest.files) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Brings the cache of topic scores up to date once the collection is written: the dumps scored
 * this run are kept, those no longer read removed. A cache that cannot be written only costs the
 * next run time, so it is a warning.
 */
async function updateTopicCache(folder: string, read: readonly ReadDump[], threads: Threads): Promise<void> {
  try {
    mkdirSync(folder, { recursive: true });
    await threads.keepScored(folder);
    pruneCache(folder, new Set(read.flatMap(({ cacheKey }) => cacheKey ?? [])));
  } catch (error) {
    process.stderr.write(`ingest: warning: the cache of topic scores (${terminalText(displayPath(folder))}) was not updated: ${terminalText((error as Error).message)}\n`);
  }
}

/** Writes the files that changed and removes the papers no dump lists; returns each paper's file as rendered. */
async function writeCollection(out: string, papers: readonly PaperToWrite[], removed: readonly string[], threads: Threads): Promise<RenderedFile[]> {
  removeStaleStaging(out);
  const isFirstBuild = papers.every(({ before }) => before === undefined) && removed.length === 0;
  if (isFirstBuild) {
    const rendered = await writeFolderAtomic(out, (staging) => threads.writePapers(papers, { folder: staging, atomic: false }));
    if (rendered) return rendered;
  }
  mkdirSync(out, { recursive: true });
  // Leftovers of an interrupted run: never a paper, always safe to drop.
  for (const name of readdirSync(out)) if (TEMPORARY_FILE.test(name)) rmSync(join(out, name), { force: true });
  const rendered = await threads.writePapers(papers, { folder: out, atomic: true });
  for (const slug of removed) rmSync(join(out, `${slug}.md`), { force: true });
  return rendered;
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`ingest: ${terminalText((error as Error).message)}\n\n${HELP}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const { report, exitCode } = await run(options);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    if (exitCode !== 0) process.stderr.write(`ingest: ${report.rejected.length} rejected entries with --strict; nothing written\n`);
    return exitCode;
  } catch (error) {
    if (error instanceof InputError) {
      // Messages name files: a file name is the user's text, shown safely.
      process.stderr.write(`ingest: ${terminalText(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
