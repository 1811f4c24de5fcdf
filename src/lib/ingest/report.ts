/** What an ingest run did, as data (for --json) and as the text summary people read. */
import type { CaptureSource } from './dump-dates.ts';
import { plural, terminalText } from '../common/text.ts';
import type { DeletedDump } from './shrink-guard.ts';

export interface DumpSummary {
  file: string;
  /** Entries accepted from this dump. */
  entries: number;
  rejected: number;
  captured: string;
  capturedFrom: CaptureSource;
  /** Entries printed without a year, dated with the capture year. */
  yearlessEntries: number;
}

/** A dump entry refused: a text dump's names its line; a JSON dump's its item, in the reason too. */
export type RejectedEntry = { file: string; reason: string } & ({ line: number } | { item: number });

/** A dump whose year-less dates got their year from a capture date that was inferred. */
export interface InferredYear {
  file: string;
  captured: string;
  entries: number;
  explanation: string;
}

export interface IngestReport {
  out: string;
  /** False with --check, or with --strict and rejected entries: nothing was written. */
  written: boolean;
  dumps: DumpSummary[];
  /** Accepted entries in all dumps (before merging duplicates). */
  entries: number;
  papers: { total: number; new: number; updated: number; unchanged: number; removed: number };
  /** Dump files deleted from disk since their papers were written: those papers are removed. */
  deletedDumps: DeletedDump[];
  removed: string[];
  /** .md files in the collection folder that are not paper files, left alone. */
  ignored: string[];
  /** Paper files whose front matter could not be read, written again under their slugs (counted as updated). */
  repaired: string[];
  rejected: RejectedEntry[];
  inferredYears: InferredYear[];
}

/**
 * Rejection reasons and titles are dump text: printed as JSON strings inside, and the whole
 * report made safe for a terminal (file names can hold anything too).
 */
export function formatReport(report: IngestReport): string {
  const { papers, written } = report;
  // Nothing written (--check, or a refused run): its removals are only what the run would do.
  const lines = [
    `${written ? 'Ingested' : 'Checked'} ${plural(report.dumps.length, 'dump')}: ${plural(report.entries, 'entry', 'entries')}, ${plural(papers.total, 'paper')} → ${report.out}${written ? '' : ' (nothing written)'}`,
    `  papers: ${papers.new} new, ${papers.updated} updated, ${papers.unchanged} unchanged, ${papers.removed} ${written ? 'removed' : 'to remove'}`,
  ];
  // A dump that gave nothing and refused nothing (an empty file, a copy of the wrong page) is named.
  for (const { file } of report.dumps.filter(({ entries, rejected }) => entries === 0 && rejected === 0))
    lines.push(`  no entries: ${file}`);
  for (const { file, papers: count } of report.deletedDumps)
    lines.push(`  deleted dump: ${file} (its ${plural(count, 'paper')} ${written ? 'removed' : 'to remove'})`);
  for (const slug of report.removed)
    lines.push(`  ${written ? 'removed' : 'would remove'}: ${slug} (no dump lists it any more)`);
  for (const name of report.repaired)
    lines.push(`  ${written ? 'repaired' : 'would repair'}: ${name}.md (its front matter could not be read)`);
  for (const name of report.ignored) lines.push(`  left alone: ${name}.md (not a paper file)`);
  for (const inferred of report.inferredYears) {
    lines.push(
      `  inferred year: ${inferred.file}: captured ${inferred.captured} (${inferred.explanation}); ${plural(inferred.entries, 'year-less date')} dated with it`,
    );
  }
  lines.push(`  rejected: ${report.rejected.length}`);
  for (const rejected of report.rejected)
    lines.push(`  ${rejected.file}${'line' in rejected ? `:${rejected.line}` : ''}: ${rejected.reason}`);
  return terminalText(lines.join('\n'));
}
