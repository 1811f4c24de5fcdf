/** Finding the dumps to read, and what the report says of the dumps read: where `ingest` and `topics` both start. */
import type { DumpSummary, InferredYear, RejectedEntry } from './report.ts';
import type { DumpFile } from './dump-file.ts';
import { InputError, listInputFiles } from '../common/files.ts';
import { progressBar, type Progress } from '../common/progress.ts';

export const DEFAULT_DUMPS = 'content/dumps';
const DUMP_EXTENSIONS = ['.txt', '.json'];

/** The dump files under the inputs (files, or folders searched for *.txt and *.json); none is an error. */
export function findDumps(inputs: readonly string[]): string[] {
  const files = listInputFiles(inputs, DUMP_EXTENSIONS);
  if (files.length === 0) throw new InputError(`no dump files (*.txt, *.json) in ${inputs.join(', ')}`);
  return files;
}

/** The progress bar of reading `count` dumps (on a terminal, when several dumps are read). */
export function dumpProgress(count: number, show: boolean): Progress {
  return progressBar(count, 'dumps', show && count > 1 && Boolean(process.stderr.isTTY));
}

export interface DumpsRead {
  dumps: DumpSummary[];
  /** Accepted entries in all dumps, before merging. */
  entries: number;
  rejected: RejectedEntry[];
  inferredYears: InferredYear[];
}

/** What the report says of the dump files read, in order. */
export function summarizeDumps(read: readonly DumpFile<unknown>[]): DumpsRead {
  return {
    dumps: read.map(({ summary }) => summary),
    entries: read.reduce((sum, { summary }) => sum + summary.entries, 0),
    rejected: read.flatMap(({ rejected }) => rejected),
    inferredYears: read.flatMap(({ inferredYear }) => (inferredYear === undefined ? [] : [inferredYear])),
  };
}
