/**
 * What an ingest run saw and wrote, kept beside the collection, so a rerun with nothing changed
 * (same dumps, taxonomy, options, code and day, and the collection's files untouched since) can
 * answer from it in a fraction of a second instead of re-reading 50k papers. Any difference, a
 * paper file edited by hand included, makes the run do all its work.
 */
import type { IngestReport } from './ingest-report.ts';

export const MANIFEST_FILE = '.ingest-manifest.json';

export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface IngestFingerprint {
  /** Dump files read, with their sizes and modification times. */
  inputs: FileStamp[];
  /** Everything else the output depends on: options, taxonomy text hash, code hash, today. */
  settings: string;
}

export interface IngestManifest {
  fingerprint: IngestFingerprint;
  /** The collection's files as the run left them. */
  files: FileStamp[];
  report: IngestReport;
}

const sameStamps = (a: readonly FileStamp[], b: readonly FileStamp[]) =>
  a.length === b.length && a.every((stamp, i) => stamp.path === b[i]?.path && stamp.size === b[i]?.size && stamp.mtimeMs === b[i]?.mtimeMs);

/**
 * Whether a previous run's manifest still describes this run's inputs and the files on disk.
 * `files` is asked for only when the inputs are the same (at 50k papers it stats 50k files).
 */
export function manifestHolds(manifest: IngestManifest | undefined, fingerprint: IngestFingerprint, files: () => readonly FileStamp[]): manifest is IngestManifest {
  return manifest !== undefined && manifest.fingerprint.settings === fingerprint.settings &&
    sameStamps(manifest.fingerprint.inputs, fingerprint.inputs) && sameStamps(manifest.files, files());
}

/** The report of a run that found nothing to do: the last run's, with every paper unchanged. */
export function unchangedReport(previous: IngestReport): IngestReport {
  return { ...previous, written: true, removed: [], papers: { ...previous.papers, new: 0, updated: 0, unchanged: previous.papers.total, removed: 0 } };
}
