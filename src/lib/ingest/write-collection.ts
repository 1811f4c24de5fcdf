/** Bringing the collection folder, and the cache of topic scores beside it, up to date. */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionPlan } from './collection-plan.ts';
import { pruneCache } from './dump-file.ts';
import type { ReadDump, RenderedFile, Threads } from './threads.ts';
import { terminalText } from '../common/text.ts';
import { displayPath, removeStaleStaging, TEMPORARY_FILE, writeFolderAtomic, writing } from '../common/files.ts';

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
      threads.writePapers(papers, { folder: staging, atomic: false }),
    );
    if (rendered) return rendered;
  }
  writing(out, () => mkdirSync(out, { recursive: true }));
  // Leftovers of an interrupted run: never a paper, always safe to drop.
  for (const name of readdirSync(out))
    if (TEMPORARY_FILE.test(name)) writing(join(out, name), () => rmSync(join(out, name), { force: true }));
  const rendered = await threads.writePapers(papers, { folder: out, atomic: true });
  for (const slug of removed) writing(join(out, `${slug}.md`), () => rmSync(join(out, `${slug}.md`), { force: true }));
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
