/** Reading dumps and the taxonomy into papers: what `ingest` and `topics` both start from. */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mergeDumps, type DumpEntries, type Paper } from '../../src/lib/collection.ts';
import { dayOfInstant, toIsoDate, type Day } from '../../src/lib/dates.ts';
import { dateDump } from '../../src/lib/dump-dates.ts';
import { parseDump } from '../../src/lib/dump-parser.ts';
import type { DumpSummary, InferredYear, RejectedEntry } from '../../src/lib/ingest-report.ts';
import { parseTaxonomy, TaxonomyError } from '../../src/lib/taxonomy.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../../src/lib/topics.ts';
import { displayPath, InputError, listInputFiles, readUtf8 } from './files.ts';
import { progressBar } from './progress.ts';

export const DEFAULT_DUMPS = 'content/dumps';
const DUMP_EXTENSIONS = ['.txt'];

export function loadTaxonomy(file: string): CompiledTaxonomy {
  try {
    return compileTaxonomy(parseTaxonomy(readUtf8(file), displayPath(file)));
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

export function readDumps({ files, captured, taxonomy, progress: showProgress }: ReadOptions): ReadDumps {
  const today = dayOfInstant(new Date());
  const progress = progressBar(files.length, 'dumps', showProgress && files.length > 1 && Boolean(process.stderr.isTTY));
  const result: ReadDumps = { papers: [], dumps: [], entries: 0, rejected: [], inferredYears: [] };
  const dumps: DumpEntries[] = [];
  for (const path of files) {
    const file = displayPath(path);
    progress.tick(file);
    const dated = dateDump(parseDump(readUtf8(path)), { fileName: basename(path), captured, today });
    dumps.push({ file, capture: dated.capture, entries: dated.entries });
    const capturedOn = toIsoDate(dated.capture.day);
    result.dumps.push({
      file, entries: dated.entries.length, rejected: dated.rejected.length, captured: capturedOn,
      capturedFrom: dated.capture.source, yearlessEntries: dated.yearlessEntries,
    });
    result.entries += dated.entries.length;
    for (const { line, reason } of dated.rejected) result.rejected.push({ file, line, reason });
    if (dated.capture.explanation !== undefined && dated.yearlessEntries > 0) {
      result.inferredYears.push({ file, captured: capturedOn, entries: dated.yearlessEntries, explanation: dated.capture.explanation });
    }
  }
  progress.done();
  result.papers = mergeDumps(dumps, taxonomy);
  return result;
}

/** The collection on disk: slug → text, for the files that are papers. */
export function readCollection(out: string): Map<string, string> {
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

