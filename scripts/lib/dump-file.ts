/**
 * One dump file read into entries ready to merge, with what the report says of it: the work
 * `ingest` and `topics` do for every dump, in whichever thread reads it. Loads nothing of Astro.
 */
import { basename } from 'node:path';
import { prepareEntries, type DumpEntries, type PreparedEntry } from '../../src/lib/collection.ts';
import { toIsoDate, type Day } from '../../src/lib/dates.ts';
import { dateDump } from '../../src/lib/dump-dates.ts';
import { parseDump } from '../../src/lib/dump-parser.ts';
import type { DumpSummary, InferredYear, RejectedEntry } from '../../src/lib/ingest-report.ts';
import type { CompiledTaxonomy } from '../../src/lib/topics.ts';
import { displayPath, readUtf8 } from './files.ts';

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

export function readDumpFile(path: string, { captured, today, taxonomy }: DumpFileOptions): DumpFile {
  const file = displayPath(path);
  const dated = dateDump(parseDump(readUtf8(path)), { fileName: basename(path), captured, today });
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
  };
}
