/** The saved papers, newest saved first: saving, unsaving, and merging an imported export in. */
import { plural } from '../common/text.ts';
import type { SavedPaper } from './saved-paper.ts';

export const isSaved = (papers: readonly SavedPaper[], slug: string): boolean =>
  papers.some((paper) => paper.slug === slug);

/** A Save toggle's word on screen: its state, which its colour alone would not say to every sighted reader. */
export const saveToggleWord = (saved: boolean): string => (saved ? 'Saved' : 'Save');

const newestSavedFirst = (a: SavedPaper, b: SavedPaper) => b.savedAt - a.savedAt || a.slug.localeCompare(b.slug);

/** `paper` saved, first; a paper saved already keeps its place and time. */
export function withSaved(papers: readonly SavedPaper[], paper: SavedPaper): SavedPaper[] {
  return isSaved(papers, paper.slug) ? [...papers] : [paper, ...papers].sort(newestSavedFirst);
}

export function withoutSaved(papers: readonly SavedPaper[], slug: string): SavedPaper[] {
  return papers.filter((paper) => paper.slug !== slug);
}

/**
 * What is stored plus what an export adds, newest saved first. A paper in both keeps what is
 * stored: the reader's own browser knows best when it was saved there.
 */
export function mergeSaved(stored: readonly SavedPaper[], imported: readonly SavedPaper[]): SavedPaper[] {
  const merged = [...stored];
  for (const paper of imported) if (!isSaved(merged, paper.slug)) merged.push(paper);
  return merged.sort(newestSavedFirst);
}

/** What importing `imported` into `stored` does, as the page says it: a paper the file lists twice is one paper. */
export function importSummary(stored: readonly SavedPaper[], imported: readonly SavedPaper[]): string {
  const inFile = new Set(imported.map(({ slug }) => slug));
  const already = [...inFile].filter((slug) => isSaved(stored, slug)).length;
  const added = inFile.size - already;
  return `Imported ${plural(added, 'paper')}${already > 0 ? ` (${already} saved already)` : ''}.`;
}

/**
 * What /saved/ lists once another tab changed the saved papers from `before` (as this page last
 * read them) to `after`: what is saved now, and the papers it listed that were unsaved here and
 * are not saved again, kept with their toggles to save them back. Newest saved first.
 */
export function listedAfterChange(
  listed: readonly SavedPaper[],
  before: readonly SavedPaper[],
  after: readonly SavedPaper[],
): SavedPaper[] {
  const unsavedHere = listed.filter(({ slug }) => !isSaved(before, slug) && !isSaved(after, slug));
  return mergeSaved(after, unsavedHere);
}
