/** Bringing the collection folder, and the cache of topic scores beside it, up to date. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionPlan } from './collection-plan.ts';
import { applyJournal, stagedName, writeJournal, type Journal } from './journal.ts';
import { pruneCache } from './dump-file.ts';
import type { ReadDump, RenderedFile, Threads } from './threads.ts';
import { terminalText } from '../common/text.ts';
import { displayPath, removeStaleStaging, syncWritten, writeFolderAtomic, writing } from '../common/files.ts';

/** Writes the files that changed and removes the papers no dump lists; returns each paper's file as rendered. */
export async function writeCollection(
  out: string,
  { papers, removed }: CollectionPlan,
  threads: Threads,
): Promise<RenderedFile[]> {
  removeStaleStaging(out);
  const isFirstBuild = papers.every(({ before }) => before === undefined) && removed.length === 0;
  if (isFirstBuild) {
    const rendered = await writeFolderAtomic(out, (staging) =>
      threads.writePapers(papers, { folder: staging, final: out }),
    );
    if (rendered) return rendered;
  }
  // A run stopped before its journal left temporary files: finishUpdate, at the start of the run, dropped them.
  writing(out, () => mkdirSync(out, { recursive: true }));
  const run = randomBytes(6).toString('hex');
  let rendered: RenderedFile[];
  let journal: Journal;
  try {
    rendered = await threads.writePapers(papers, { folder: out, staged: run });
    const renames = papers.flatMap(({ name }, i): [string, string][] =>
      rendered[i]?.written ? [[stagedName(name, run), name]] : [],
    );
    journal = { renames, removals: removed.map((slug) => `${slug}.md`) };
    // Nothing changed: no journal, so no build or index starting now is refused for nothing.
    if (renames.length === 0 && removed.length === 0) return rendered;
    syncWritten(
      out,
      renames.map(([temporary]) => temporary),
    );
    writeJournal(out, journal);
  } catch (error) {
    // Nothing published yet: give the space back (a full disk, say) and leave the collection as it was.
    for (const name of readdirSync(out)) if (name.endsWith(`.${run}.tmp`)) rmSync(join(out, name), { force: true });
    throw error;
  }
  // From here on the update will be finished, by this run or the next.
  applyJournal(out, journal);
  return rendered;
}

/**
 * Brings the cache of topic scores up to date once the collection is written: the dumps scored
 * this run are kept, those no longer read removed. A cache that cannot be written only costs the
 * next run time, so it is a warning: returned, ready for a terminal.
 */
export async function updateTopicCache(
  folder: string,
  read: readonly ReadDump[],
  threads: Threads,
): Promise<string | undefined> {
  try {
    mkdirSync(folder, { recursive: true });
    await threads.keepScored(folder);
    pruneCache(folder, new Set(read.flatMap(({ cacheKey }) => cacheKey ?? [])));
    return undefined;
  } catch (error) {
    return `the cache of topic scores (${terminalText(displayPath(folder))}) was not updated: ${terminalText((error as Error).message)}`;
  }
}
