/** Reading dumps and the taxonomy into papers: what `ingest` and `topics` both start from. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Taxonomy } from '../../content.config.ts';
import { mergePrepared, paperFileKey, type Paper } from './collection.ts';
import { dayOfInstant, type Day } from '../common/dates.ts';
import { trustedRecord, type FileRecord } from './manifest.ts';
import type { DumpSummary, InferredYear, RejectedEntry } from './report.ts';
import { parseTaxonomy, TaxonomyError } from '../topics/taxonomy.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../topics/scoring.ts';
import { readDumpFile, type DumpFile } from './dump-file.ts';
import { displayPath, InputError, listInputFiles, readUtf8, readUtf8WithStat, textHash, type FileStat } from '../common/files.ts';
import { progressBar, type Progress } from '../common/progress.ts';

export const DEFAULT_DUMPS = 'content/dumps';
const DUMP_EXTENSIONS = ['.txt'];

export function loadTaxonomy(file: string): CompiledTaxonomy {
  return compileTaxonomy(readTaxonomy(file));
}

/** The taxonomy file, checked: a mistake in it is the user's to fix. */
export function readTaxonomy(file: string): Taxonomy {
  try {
    return parseTaxonomy(readUtf8(file), displayPath(file));
  } catch (error) {
    if (error instanceof TaxonomyError) throw new InputError(error.message);
    throw error;
  }
}

export interface ReadDumps {
  papers: Paper[];
  dumps: DumpSummary[];
  /** Accepted entries in all dumps, before merging. */
  entries: number;
  rejected: RejectedEntry[];
  inferredYears: InferredYear[];
}

/** The dump files under the inputs (files, or folders searched for *.txt); none is an error. */
export function findDumps(inputs: readonly string[]): string[] {
  const files = listInputFiles(inputs, DUMP_EXTENSIONS);
  if (files.length === 0) throw new InputError(`no dump files (*.txt) in ${inputs.join(', ')}`);
  return files;
}

export interface ReadOptions {
  /** Dump files, from findDumps. */
  files: readonly string[];
  captured: Day | undefined;
  taxonomy: CompiledTaxonomy;
  /** Draw a progress bar (on a terminal, when several dumps are read). */
  progress: boolean;
}

/** The progress bar of reading `count` dumps. */
export function dumpProgress(count: number, show: boolean): Progress {
  return progressBar(count, 'dumps', show && count > 1 && Boolean(process.stderr.isTTY));
}

export function readDumps({ files, captured, taxonomy, progress: showProgress }: ReadOptions): ReadDumps {
  const today = dayOfInstant(new Date());
  const progress = dumpProgress(files.length, showProgress);
  const read = files.map((path) => {
    progress.tick(displayPath(path));
    return readDumpFile(path, { captured, today, taxonomy });
  });
  progress.done();
  return { papers: mergePrepared(read.map(({ dump }) => dump)), ...summarizeDumps(read) };
}

/** What the report says of the dump files read, in order. */
export function summarizeDumps(read: readonly DumpFile<unknown>[]): Omit<ReadDumps, 'papers'> {
  return {
    dumps: read.map(({ summary }) => summary),
    entries: read.reduce((sum, { summary }) => sum + summary.entries, 0),
    rejected: read.flatMap(({ rejected }) => rejected),
    inferredYears: read.flatMap(({ inferredYear }) => (inferredYear === undefined ? [] : [inferredYear])),
  };
}

/** The names of the collection's markdown files (none if the folder is not there yet). */
export function markdownFiles(out: string): string[] {
  try {
    return readdirSync(out).filter((name) => name.endsWith('.md') && !name.startsWith('.'));
  } catch {
    return [];
  }
}

/** How the ingest manifest records the paths of the collection's files, by name. */
export function recordedPaths(out: string): (name: string) => string {
  const folder = displayPath(out);
  return folder === '.' ? (name) => name : (name) => `${folder}/${name}`;
}

/** The collection on disk: slug → text of each markdown file. */
export function readCollection(out: string): Map<string, string> {
  return new Map(markdownFiles(out).map((name) => [name.slice(0, -3), readUtf8(join(out, name))]));
}

/** A collection file as the ingest lays out and compares with it. */
export interface SurveyedFile {
  /** Its paper's key; undefined for a file that is not a paper. */
  key: string | undefined;
  hash: string;
  stat: FileStat;
}

/**
 * The collection on disk by slug, each file known from its manifest record while stat finds it
 * as recorded, else read: a day's ingest at 50k papers reads only the files that changed.
 */
export function surveyCollection(out: string, records: ReadonlyMap<string, FileRecord>): Map<string, SurveyedFile> {
  const files = new Map<string, SurveyedFile>();
  const recordedPath = recordedPaths(out);
  for (const name of markdownFiles(out)) {
    const path = join(out, name);
    const found = statSync(path, { throwIfNoEntry: false });
    const record = found && trustedRecord(records, { path: recordedPath(name), size: found.size, mtimeMs: found.mtimeMs });
    if (record) {
      files.set(name.slice(0, -3), { key: record.key, hash: record.hash, stat: { size: record.size, mtimeMs: record.mtimeMs } });
    } else {
      const { text, stat } = readUtf8WithStat(path);
      files.set(name.slice(0, -3), { key: paperFileKey(text), hash: textHash(text), stat });
    }
  }
  return files;
}

