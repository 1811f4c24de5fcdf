/**
 * One dump file read into entries ready to merge, with what the report says of it: the work
 * `ingest` and `topics` do for every dump, in whichever thread reads it. Loads nothing of Astro.
 * The ingest reads through a cache of what each dump gave, so a day's run parses one dump.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { prepareEntries, type DumpEntries, type PreparedEntry } from '../../src/lib/collection.ts';
import { toIsoDate, type Day } from '../../src/lib/dates.ts';
import { dateDump, datingHolds, type DatingValidity } from '../../src/lib/dump-dates.ts';
import { parseDump } from '../../src/lib/dump-parser.ts';
import type { DumpSummary, InferredYear, RejectedEntry } from '../../src/lib/ingest-report.ts';
import type { CompiledTaxonomy } from '../../src/lib/topics.ts';
import { decodeUtf8, displayPath, readFileBytes, writeFileAtomic } from './files.ts';

export interface DumpFile<Entry = PreparedEntry> {
  dump: DumpEntries<Entry>;
  summary: DumpSummary;
  rejected: RejectedEntry[];
  inferredYear: InferredYear | undefined;
  /** The days reading the same dump gives the same result. */
  holds: DatingValidity;
}

export interface DumpFileOptions {
  captured: Day | undefined;
  /** No date may be later than this. */
  today: Day;
  taxonomy: CompiledTaxonomy;
}

export function readDumpFile(path: string, options: DumpFileOptions): DumpFile {
  return dumpFileOf(path, decodeUtf8(path, readFileBytes(path)), options);
}

function dumpFileOf(path: string, text: string, { captured, today, taxonomy }: DumpFileOptions): DumpFile {
  const file = displayPath(path);
  const dated = dateDump(parseDump(text), { fileName: basename(path), captured, today });
  const capturedOn = toIsoDate(dated.capture.day);
  return {
    dump: { file, capture: dated.capture, entries: prepareEntries(dated.entries, taxonomy) },
    summary: {
      file, entries: dated.entries.length, rejected: dated.rejected.length, captured: capturedOn,
      capturedFrom: dated.capture.source, yearlessEntries: dated.yearlessEntries,
    },
    rejected: dated.rejected.map(({ line, reason }) => ({ file, line, reason })),
    inferredYear: dated.capture.explanation !== undefined && dated.yearlessEntries > 0
      ? { file, captured: capturedOn, entries: dated.yearlessEntries, explanation: dated.capture.explanation }
      : undefined,
    holds: dated.holds,
  };
}

/** An entry as the ingest keeps it: its body is the text to write; its abstract is not needed again. */
export type KeptEntry = Omit<PreparedEntry, 'abstract'>;

/** The ingest's cache of read dumps, in the collection folder: one JSON file per dump. */
export const DUMP_CACHE_FOLDER = '.ingest-dumps';

export interface DumpCache {
  folder: string;
  /** A hash of what reading depends on besides a dump's bytes and path: the code, the taxonomy, --captured. */
  salt: string;
}

export interface CachedRead {
  file: DumpFile<KeptEntry>;
  /** The cache file's name. */
  key: string;
  /** Set when the dump was parsed, not found in the cache: to keep once the run has written the collection. */
  parsed: boolean;
}

/**
 * readDumpFile through the cache: a dump whose bytes, path and salt were read before is taken
 * from its cache file, as long as its dating holds today; any other is parsed. A cache file that
 * cannot be read or parsed is a miss.
 */
export function readDumpCached(path: string, options: DumpFileOptions, cache: DumpCache): CachedRead {
  const bytes = readFileBytes(path);
  const key = createHash('sha256').update(`${cache.salt}\u0000${displayPath(path)}\u0000`).update(bytes).digest('base64url');
  const cached = readCacheFile(join(cache.folder, `${key}.json`));
  if (cached !== undefined && datingHolds(cached.holds, options.today)) return { file: cached, key, parsed: false };
  const read = dumpFileOf(path, decodeUtf8(path, bytes), options);
  const entries = read.dump.entries.map(({ abstract: _abstract, ...kept }) => kept);
  return { file: { ...read, dump: { ...read.dump, entries } }, key, parsed: true };
}

function readCacheFile(path: string): DumpFile<KeptEntry> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as DumpFile<KeptEntry>;
  } catch {
    return undefined;
  }
}

export function writeCacheFile(folder: string, key: string, file: DumpFile<KeptEntry>): void {
  writeFileAtomic(join(folder, `${key}.json`), JSON.stringify(file));
}

/** Removes the cache files of dumps this run did not read (changed, or no longer given). */
export function pruneCache(folder: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true, recursive: true });
}
