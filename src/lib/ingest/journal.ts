/**
 * Updates of the collection, all or nothing for its readers. The changed papers are first written
 * under temporary names; then a journal listing the renames and removals still to do is written
 * (from then on the update will be finished, whatever stops it); then they are done and the
 * journal removed. An ingest that finds a journal finishes that update before reading anything;
 * the build and the index refuse a collection with one. Temporary files without a journal are
 * an update that never reached its journal: the ingest removes them.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  displayPath,
  InputError,
  readUtf8,
  syncFolder,
  TEMPORARY_FILE,
  writeFileAtomic,
  writing,
} from '../common/files.ts';

export const JOURNAL_FILE = '.ingest-journal.json';

/** What an update still has to do: temporary file → paper file; paper files to remove. */
export interface Journal {
  renames: [from: string, to: string][];
  removals: string[];
}

/** The temporary name a paper file is written under during update `run`. */
export function stagedName(name: string, run: string): string {
  return `.${name}.${run}.tmp`;
}

/** Records what an update whose files are durable under their temporary names still has to do: its commit point. */
export function writeJournal(out: string, journal: Journal): void {
  writeFileAtomic(join(out, JOURNAL_FILE), JSON.stringify(journal));
}

/** Whether an update of the collection `out` was stopped before it was finished. */
export function unfinishedUpdate(out: string): boolean {
  return existsSync(join(out, JOURNAL_FILE));
}

/** What the build and the index say of a collection with an unfinished update. */
export function unfinishedUpdateMessage(out: string): string {
  return `${displayPath(out)}: an ingest was stopped while it updated this collection; run \`npm run ingest\` to finish the update`;
}

/**
 * Finishes the update a stopped run left, if any, then drops the temporary files of a run
 * stopped before its journal. The number of files the update renamed or removed (undefined:
 * none was left).
 */
export function finishUpdate(out: string): number | undefined {
  // A journal that cannot be read is an error, not an absence: its temporary files must stay.
  const text = unfinishedUpdate(out) ? readUtf8(join(out, JOURNAL_FILE)) : undefined;
  const done = text === undefined ? undefined : applyJournal(out, parseJournal(out, text));
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return done;
  }
  for (const name of names)
    if (TEMPORARY_FILE.test(name)) writing(join(out, name), () => rmSync(join(out, name), { force: true }));
  return done;
}

/** Written atomically, a journal that is there is whole; one that is not a journal was not written by the ingest. */
function parseJournal(out: string, text: string): Journal {
  try {
    const journal = JSON.parse(text) as Journal;
    const names = (list: unknown) => Array.isArray(list) && list.every((name) => typeof name === 'string');
    if (
      Array.isArray(journal.renames) &&
      journal.renames.every((pair) => names(pair) && pair.length === 2) &&
      names(journal.removals)
    )
      return journal;
  } catch {
    // Not JSON: said below.
  }
  throw new InputError(
    `${displayPath(join(out, JOURNAL_FILE))}: not a journal the ingest wrote; move it away and run \`npm run ingest\` again`,
  );
}

/** Does the renames and removals of a journal (those not done yet), then removes it; the number done. */
export function applyJournal(out: string, { renames, removals }: Journal): number {
  let done = 0;
  for (const [from, to] of renames) {
    // Renamed already, by the run that wrote the journal.
    if (!existsSync(join(out, from))) continue;
    writing(join(out, to), () => renameSync(join(out, from), join(out, to)));
    done++;
  }
  for (const name of removals) {
    if (!existsSync(join(out, name))) continue;
    writing(join(out, name), () => rmSync(join(out, name), { force: true }));
    done++;
  }
  syncFolder(out);
  writing(join(out, JOURNAL_FILE), () => rmSync(join(out, JOURNAL_FILE), { force: true }));
  syncFolder(out);
  return done;
}
