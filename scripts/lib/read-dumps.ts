/** Reading dumps and the taxonomy into papers: what `ingest` and `topics` both start from. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Taxonomy } from '../../src/content.config.ts';
import { mergePrepared, type Paper } from '../../src/lib/collection.ts';
import { dayOfInstant, type Day } from '../../src/lib/dates.ts';
import type { DumpSummary, InferredYear, RejectedEntry } from '../../src/lib/ingest-report.ts';
import { parseTaxonomy, TaxonomyError } from '../../src/lib/taxonomy.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../../src/lib/topics.ts';
import { readDumpFile, type DumpFile } from './dump-file.ts';
import { displayPath, InputError, listInputFiles, readUtf8, readUtf8WithStat, type FileStat } from './files.ts';
import { progressBar, type Progress } from './progress.ts';

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

/** The collection on disk: slug → text, for the files that are papers; `stats` gets what stat says of each, by file name. */
export function readCollection(out: string, stats?: Map<string, FileStat>): Map<string, string> {
  const existing = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return existing; // not created yet
  }
  for (const name of names) {
    if (!name.endsWith('.md') || name.startsWith('.')) continue;
    const { text, stat } = readUtf8WithStat(join(out, name));
    existing.set(name.slice(0, -3), text);
    stats?.set(name, stat);
  }
  return existing;
}

