/**
 * One dump file read into entries ready to merge, with what the report says of it: the work
 * `ingest` and `topics` do for every dump, in whichever thread reads it. Loads nothing of Astro.
 * The ingest keeps each dump's topic scores (most of the work) to read it faster next time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { prepareEntries, type DumpEntries, type PreparedEntry } from './collection.ts';
import { toIsoDate, type Day } from '../common/dates.ts';
import { dateDump } from './dump-dates.ts';
import { parseDump } from './dump-parser.ts';
import type { DumpSummary, InferredYear, RejectedEntry } from './report.ts';
import type { CompiledTaxonomy, PaperTopics } from '../topics/scoring.ts';
import {
  decodeUtf8,
  displayPath,
  InputError,
  readFileBytes,
  TEMPORARY_FILE,
  writeFileAtomic,
} from '../common/files.ts';
import { parseJsonDump } from './json-dump.ts';

export interface DumpFile<Entry = PreparedEntry> {
  dump: DumpEntries<Entry>;
  summary: DumpSummary;
  rejected: RejectedEntry[];
  inferredYear: InferredYear | undefined;
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

/** Whether a dump is a JSON dump (by its name); any other is a text dump. */
export function isJsonDump(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}

/** A dump's entries, dated, and the rejections the report names: a text or a JSON dump, by its name. */
export function datedDump(path: string, text: string, { captured, today }: Omit<DumpFileOptions, 'taxonomy'>) {
  const fileName = basename(path);
  try {
    if (!isJsonDump(path)) {
      const dated = dateDump(parseDump(text), { fileName, captured, today });
      return {
        format: 'text' as const,
        ...dated,
        rejected: dated.rejected.map(({ line, reason }) => ({ line, reason })),
      };
    }
    return { format: 'json' as const, ...parseJsonDump(text, { fileName, captured, today }), yearlessEntries: 0 };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${displayPath(path)}: ${error.message}`);
    throw error;
  }
}

function dumpFileOf(
  path: string,
  text: string,
  options: DumpFileOptions,
  knownTopics?: ReadonlyMap<number, PaperTopics>,
): DumpFile {
  const file = displayPath(path);
  const dated = datedDump(path, text, options);
  const capturedOn = toIsoDate(dated.capture.day);
  return {
    dump: {
      file,
      format: dated.format,
      capture: dated.capture,
      entries: prepareEntries(dated.entries, options.taxonomy, knownTopics),
    },
    summary: {
      file,
      entries: dated.entries.length,
      rejected: dated.rejected.length,
      captured: capturedOn,
      capturedFrom: dated.capture.source,
      yearlessEntries: dated.yearlessEntries,
    },
    rejected: dated.rejected.map((rejection) => ({ file, ...rejection })),
    inferredYear:
      dated.capture.explanation !== undefined && dated.yearlessEntries > 0
        ? { file, captured: capturedOn, entries: dated.yearlessEntries, explanation: dated.capture.explanation }
        : undefined,
  };
}

/**
 * The ingest's cache of topic scores, in the collection folder: one JSON file per dump, its
 * entries' qualifying topics by title line. Scores depend only on an entry's text, the taxonomy
 * and the code, so a dump's scores hold whatever day it is read on and whatever its name.
 */
export const TOPIC_CACHE_FOLDER = '.ingest-topics';

export interface TopicCache {
  folder: string;
  /** The key (src/lib/build/dependencies.ts) of what scores depend on besides a dump's bytes: the code, Node's Unicode version and the taxonomy. */
  salt: string;
}

/** A dump's entries' topics by title line. */
export type DumpTopics = [line: number, topics: PaperTopics][];

export interface CachedRead {
  file: DumpFile;
  /** The dump's cache file's name. */
  key: string;
  /** What the cache file should hold, when this read scored an entry it lacked: to keep once the collection is written. */
  scored: DumpTopics | undefined;
}

/**
 * readDumpFile with the topics the cache has for a dump of these bytes (its path and dating
 * make no difference); scores the entries it lacks (all, when its file is missing, unreadable or
 * not a list of topics by line).
 */
export function readDumpCached(path: string, options: DumpFileOptions, cache: TopicCache): CachedRead {
  const bytes = readFileBytes(path);
  const key = createHash('sha256').update(`${cache.salt}\u0000`).update(bytes).digest('base64url');
  const known = readCacheFile(join(cache.folder, `${key}.json`)) ?? new Map<number, PaperTopics>();
  const file = dumpFileOf(path, decodeUtf8(path, bytes), options, known);
  if (file.dump.entries.every(({ line }) => known.has(line))) return { file, key, scored: undefined };
  // An entry the file lacks (one dated after today when it was written, say) is added to it.
  const scored = new Map(known);
  for (const { line, topics } of file.dump.entries) scored.set(line, topics);
  return { file, key, scored: [...scored] };
}

function readCacheFile(path: string): Map<number, PaperTopics> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  return Array.isArray(parsed) && parsed.every(isTopicsByLine) ? new Map(parsed) : undefined;
}

function isTopicsByLine(pair: unknown): pair is DumpTopics[number] {
  if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0])) return false;
  const { topics, scores, area } = (pair[1] ?? {}) as Partial<PaperTopics>;
  return (
    typeof area === 'string' &&
    Array.isArray(topics) &&
    Array.isArray(scores) &&
    topics.length === scores.length &&
    topics.every((topic) => typeof topic === 'string') &&
    scores.every((score) => typeof score === 'number')
  );
}

export function writeCacheFile(folder: string, key: string, topics: DumpTopics): void {
  writeFileAtomic(join(folder, `${key}.json`), JSON.stringify(topics));
}

/** A cache file's name: the base64url SHA-256 of its key. */
const CACHE_FILE = /^([\w-]{43})\.json$/;

/** Removes the cache files of dumps this run did not read (changed, or no longer given), and temporary files left behind. */
export function pruneCache(folder: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) {
    const key = CACHE_FILE.exec(name)?.[1];
    if ((key !== undefined && !used.has(key)) || TEMPORARY_FILE.test(name)) rmSync(join(folder, name), { force: true });
  }
}
