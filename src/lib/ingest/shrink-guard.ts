/**
 * The shrink guard: a run must not quietly remove papers because a dump that gave them now gives
 * none (emptied, or every entry rejected), because dumps of the collection were left off the
 * command line, or because more than half of the collection would go. A dump file deleted on
 * purpose (from a folder the run reads) takes its papers with it: that is allowed, and reported
 * first.
 */
import { posix } from 'node:path';
import { plural } from '../common/text.ts';

/** A paper the run would remove: the dump files its sources name. */
export interface RemovedPaper {
  dumps: readonly string[];
}

/** A dump this run read, with the entries it gave. */
export interface DumpGiven {
  file: string;
  entries: number;
}

/** A dump file gone from disk, and how many of the removed papers it gave. */
export interface DeletedDump {
  file: string;
  papers: number;
}

export interface ShrinkJudgement {
  /** Removals the user asked for by deleting dump files. */
  deleted: DeletedDump[];
  /** Why the run must stop before writing; undefined when it may go on. */
  refusal: string | undefined;
}

/**
 * `papers`: the collection's papers before the run; `exists`: whether a dump file is still on disk
 * (a source names it as the run that wrote it saw it, relative to the same working folder).
 */
export function judgeShrink(
  removed: readonly RemovedPaper[],
  papers: number,
  read: readonly DumpGiven[],
  exists: (file: string) => boolean,
): ShrinkJudgement {
  const given = new Map(read.map(({ file, entries }) => [file, entries]));
  // A dump gone from a folder this run reads was deleted there; one gone with its whole folder
  // (moved away, a temporary folder cleaned) is not a choice the run can see.
  const readFolders = new Set(read.map(({ file }) => posix.dirname(file)));
  const deletedHere = (file: string) => readFolders.has(posix.dirname(file));
  const deleted = new Map<string, number>();
  const emptied = new Map<string, number>();
  const unnamed = new Map<string, number>();
  const vanished = new Map<string, number>();
  let unasked = 0;
  for (const { dumps } of removed) {
    const sources = [...new Set(dumps)];
    const present = sources.filter(exists);
    const gone = sources.filter((file) => !exists(file));
    if (sources.length > 0 && present.length === 0 && gone.every(deletedHere)) {
      for (const file of gone) count(deleted, file);
      continue;
    }
    unasked++;
    for (const file of present) {
      const entries = given.get(file);
      if (entries === undefined) count(unnamed, file);
      else if (entries === 0) count(emptied, file);
    }
    for (const file of gone) if (!deletedHere(file)) count(vanished, file);
  }

  const reasons = [
    ...[...emptied].map(([file, n]) => `${file} gave ${n} of them and gives none now`),
    ...[...unnamed].map(([file, n]) => `${file} gave ${n} of them and was not named`),
    ...[...vanished].map(([file, n]) => `${file} gave ${n} of them and is gone, and no dump of its folder was read`),
  ];
  if (reasons.length === 0 && unasked * 2 > papers)
    reasons.push(`that is more than half of the collection, and no dump file was deleted for it`);
  return {
    deleted: [...deleted].map(([file, n]) => ({ file, papers: n })).sort((a, b) => (a.file < b.file ? -1 : 1)),
    refusal:
      reasons.length === 0
        ? undefined
        : `this run would remove ${removed.length} of ${plural(papers, 'paper')}: ${reasons.join('; ')}. Nothing was written; to remove them, run again with --allow-shrink`,
  };
}

function count(counts: Map<string, number>, file: string): void {
  counts.set(file, (counts.get(file) ?? 0) + 1);
}
