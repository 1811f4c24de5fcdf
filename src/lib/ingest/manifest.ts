/**
 * What an ingest run saw and wrote, kept beside the collection, so a rerun with nothing changed
 * (same dumps, taxonomy, options, code and day, and the collection's files untouched since) can
 * answer from it instead of reading every paper again. Any difference, a
 * paper file edited by hand included, makes the run do its work; even then, a file stat finds
 * as the manifest records it is known without reading it (its paper's key and its text's hash).
 */
import type { IngestReport } from './report.ts';

export const MANIFEST_FILE = '.ingest-manifest.json';

export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/** A collection file as the run left it: what stat said, and what its text was. */
export interface FileRecord extends FileStamp {
  /** Its paper's key (paperFileKey); none for a file that is not a paper. */
  key?: string;
  /** textHash of its text. */
  hash: string;
}

export interface IngestFingerprint {
  /** Dump files read, with their sizes and modification times. */
  inputs: FileStamp[];
  /** What else the output depends on: the options, the taxonomy's text, today, the working folder. */
  settings: string;
  /** The key of the code and Node's Unicode version (src/lib/build/dependencies.ts): what reading a file into a record depends on. */
  code: string;
}

export interface IngestManifest {
  fingerprint: IngestFingerprint;
  /** The collection's files as the run left them. */
  files: FileRecord[];
  report: IngestReport;
}

const sameStamps = (a: readonly FileStamp[], b: readonly FileStamp[]) =>
  a.length === b.length &&
  a.every((stamp, i) => stamp.path === b[i]?.path && stamp.size === b[i]?.size && stamp.mtimeMs === b[i]?.mtimeMs);

/**
 * Whether a previous run's manifest still describes this run's inputs and the files on disk.
 * `files` is asked for only when the inputs are the same (at 50k papers it stats 50k files).
 */
export function manifestHolds(
  manifest: IngestManifest | undefined,
  fingerprint: IngestFingerprint,
  files: () => readonly FileStamp[],
): manifest is IngestManifest {
  return (
    manifest !== undefined &&
    manifest.fingerprint.settings === fingerprint.settings &&
    manifest.fingerprint.code === fingerprint.code &&
    sameStamps(manifest.fingerprint.inputs, fingerprint.inputs) &&
    sameStamps(manifest.files, files())
  );
}

/**
 * The manifest's file records by path, for the run to trust each whose file stat still finds the
 * same (size and modification time, as the no-change check trusts the whole collection): none
 * when the code that made them differs.
 */
export function recordsToTrust(manifest: IngestManifest | undefined, code: string): Map<string, FileRecord> {
  if (manifest === undefined || manifest.fingerprint.code !== code) return new Map();
  return new Map(manifest.files.map((record) => [record.path, record]));
}

/** The record of a file if stat finds it as recorded. */
export function trustedRecord(records: ReadonlyMap<string, FileRecord>, stamp: FileStamp): FileRecord | undefined {
  const record = records.get(stamp.path);
  return record !== undefined && record.size === stamp.size && record.mtimeMs === stamp.mtimeMs ? record : undefined;
}

/** The report of a run that found nothing to do: the last run's, with every paper unchanged. */
export function unchangedReport(previous: IngestReport): IngestReport {
  return {
    ...previous,
    written: true,
    removed: [],
    repaired: [],
    papers: { ...previous.papers, new: 0, updated: 0, unchanged: previous.papers.total, removed: 0 },
  };
}
