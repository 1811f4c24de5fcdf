/**
 * `npm run fetch`: each day fetched, checked against its dump already on disk, and written
 * atomically when it may be. A day that fails is reported and the next one goes on — unless no
 * try of it reached the server (offline, a name that does not resolve): the days after it would
 * wait out the same retries, so they fail at once.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { toIsoDate, type Day } from '../common/dates.ts';
import { decodeUtf8, displayPath, InputError, WriteError, writeFileAtomic, writing } from '../common/files.ts';
import { progressBar } from '../common/progress.ts';
import { decideDump, type DumpDecision } from './day-dump.ts';
import { pageUrl } from './api-pages.ts';
import { dumpFileName, fetchDay, type FetchedDay } from './fetch-day.ts';
import type { FetchOptions } from './fetch-options.ts';
import type { FetchSettings } from './fetch-settings.ts';
import type { DayReport, FetchReport } from './report.ts';
import type { Clock } from './retry.ts';

export interface FetchRun extends FetchOptions {
  settings: FetchSettings;
  /** The UTC day: no paper may be dated after it. */
  today: Day;
}

export interface FetchRunDependencies {
  fetch: typeof fetch;
  clock: Clock;
  /** Draw a progress bar (on standard error). */
  progress: boolean;
}

export const SYSTEM_CLOCK: Clock = { now: () => Date.now(), sleep: (ms) => sleep(ms) };

/** The dump at `path` as text; undefined when there is none. */
function readExisting(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file where a folder of the path should be; writing the dump then says so.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new InputError(`${displayPath(path)}: cannot read (${code ?? String(error)})`);
  }
  return decodeUtf8(path, bytes);
}

/** What to do with the day's items, and doing it; a file that cannot be read or written fails the day only. */
function saveDay(items: readonly unknown[], path: string, date: string, today: Day): DumpDecision {
  const file = displayPath(path);
  try {
    const decision = decideDump(items, readExisting(path), { file, fileName: dumpFileName(date), today });
    if (decision.text !== undefined) {
      writing(dirname(path), () => mkdirSync(dirname(path), { recursive: true }));
      writeFileAtomic(path, decision.text);
    }
    return decision;
  } catch (error) {
    if (error instanceof InputError || error instanceof WriteError)
      return { status: 'failed', papers: items.length, fileFailed: true, reason: error.message };
    throw error;
  }
}

export async function runFetch(run: FetchRun, { fetch, clock, progress }: FetchRunDependencies): Promise<FetchReport> {
  const report: FetchReport = { days: [] };
  const bar = progressBar(run.days.length, 'days', progress);
  let unreachedOn: string | undefined;
  try {
    for (const day of run.days) {
      const date = toIsoDate(day);
      bar.tick(date);
      const path = join(run.out, dumpFileName(date));
      const file = displayPath(path);
      const fetched: FetchedDay =
        unreachedOn === undefined
          ? await fetchDay(day, run.settings, { fetch, clock, today: run.today })
          : {
              failed: `not tried: no try for ${unreachedOn} reached the API`,
              url: pageUrl(run.settings.apiUrl, date, 0, run.settings.pageLimit),
              unreached: true,
            };
      if ('failed' in fetched && fetched.unreached) unreachedOn ??= date;
      const entry: DayReport =
        'failed' in fetched
          ? {
              date,
              url: fetched.url,
              file,
              status: 'failed',
              papers: null,
              kept: 0,
              failedAt: 'api',
              reason: fetched.failed,
            }
          : { date, url: fetched.url, file, ...decisionReport(saveDay(fetched.items, path, date, run.today)) };
      report.days.push(entry);
    }
  } finally {
    bar.done();
  }
  return report;
}

function decisionReport(decision: DumpDecision): Omit<DayReport, 'date' | 'url' | 'file'> {
  const { status, papers, kept = 0, fileFailed, reason } = decision;
  const failedAt = status !== 'failed' ? null : fileFailed ? 'file' : 'api';
  return { status, papers, kept, failedAt, reason: reason ?? null };
}
