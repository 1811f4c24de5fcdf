/** What a fetch run did, as data (for --json), as the lines people read, and its exit status. */
import { plural, terminalText } from '../common/text.ts';
import type { DayStatus } from './day-dump.ts';

export interface DayReport {
  /** YYYY-MM-DD. */
  date: string;
  /** The day's URL, its first page: for a failed day, the page that failed. */
  url: string;
  /** The day's dump file, whether or not it was written. */
  file: string;
  status: DayStatus;
  /** Papers the API listed for the day; null when the day failed before they were known. */
  papers: number | null;
  /** Papers of the dump there that the API no longer lists, kept in it after the answer's. */
  kept: number;
  /** For a failed day, what failed: the API (at `url`) or the dump file (`file`, named by the reason). */
  failedAt: 'api' | 'file' | null;
  /** Why the day failed, or what was kept or replaced; null when there is nothing to add. */
  reason: string | null;
}

export interface FetchReport {
  days: DayReport[];
}

/** 0 when every day was fetched (written, unchanged or empty), 1 when some day failed. */
export function exitStatus(report: FetchReport): 0 | 1 {
  return report.days.some((day) => day.status === 'failed') ? 1 : 0;
}

/** A day's line; a listed day counts the papers its dump holds, kept ones included. */
function dayLine({ date, file, status, papers, kept, reason }: DayReport): string {
  const listed = status === 'written' || status === 'unchanged';
  const detail = listed ? ` ${plural((papers ?? 0) + kept, 'paper')} → ${file}` : '';
  return `  ${date} ${status}${detail}${reason === null ? '' : `: ${reason}`}`;
}

/** The report as text: a summary line, then a line per day. The API's text and paths are made safe for a terminal. */
export function formatFetchReport(report: FetchReport): string {
  const counts = (['written', 'unchanged', 'empty', 'failed'] as const)
    .map((status) => [status, report.days.filter((day) => day.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  const lines = [
    `Fetched ${plural(report.days.length, 'day')}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`,
    ...report.days.map(dayLine),
  ];
  return terminalText(lines.join('\n'));
}

/**
 * One line per failed day, for standard error: the day, its URL and why; when its dump file is
 * what failed, the reason (which names the file) first, then the URL it was fetched from.
 */
export function failureLines(report: FetchReport): string[] {
  return report.days
    .filter((day) => day.status === 'failed')
    .map(({ date, url, reason, failedAt }) =>
      terminalText(
        failedAt === 'file' ? `${date}: ${reason}; fetched from ${url}` : `${date}: ${url}: ${reason ?? 'failed'}`,
      ).replace(/\n/g, ' '),
    );
}
