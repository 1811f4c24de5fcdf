/**
 * Saved papers as one BibTeX file, each entry as its paper page cites it. Two papers whose keys
 * are the same (same first author, year and first word) get 2, 3, … after the key (the first keeps it), in order
 * of their slugs, so a bibliography never has two entries of one key.
 */
import { bibtexRecord } from '../site/bibtex-record.ts';
import type { SavedPaper } from './saved-paper.ts';

/** Each paper's key in the file, by slug. */
function uniqueKeys(papers: readonly SavedPaper[]): Map<string, string> {
  const bySlug = [...papers].sort((a, b) => a.slug.localeCompare(b.slug));
  const uses = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const { slug, key } of bySlug) {
    const used = uses.get(key) ?? 0;
    uses.set(key, used + 1);
    keys.set(slug, used === 0 ? key : `${key}${used + 1}`);
  }
  return keys;
}

/** `paperUrl`: a paper's page, as an absolute URL (cited for a paper without an arXiv id). */
export function savedBibtex(papers: readonly SavedPaper[], paperUrl: (slug: string) => string): string {
  const keys = uniqueKeys(papers);
  return papers
    .map((paper) => bibtexRecord(keys.get(paper.slug) ?? paper.key, { ...paper, url: paperUrl(paper.slug) }))
    .join('\n');
}
