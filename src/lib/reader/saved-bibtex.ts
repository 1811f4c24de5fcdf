/**
 * Saved papers as one BibTeX file, each entry as its paper page cites it. Papers whose keys are
 * the same (same first author, year and first word) each take their own arXiv id, or their slug,
 * after the key: no key repeats, and saving another paper never hands a key already cited to a
 * different paper (a `\cite` of it fails loudly instead of citing the wrong one).
 */
import { bibtexRecord } from '../site/bibtex-record.ts';
import type { SavedPaper } from './saved-paper.ts';

const countsOf = (values: readonly string[]) =>
  values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>());

/** Each paper's key in the file, by slug. */
function uniqueKeys(papers: readonly SavedPaper[]): Map<string, string> {
  const keyCounts = countsOf(papers.map(({ key }) => key));
  const withArxiv = ({ key, arxiv }: SavedPaper) => `${key}-${arxiv}`;
  const arxivCounts = countsOf(papers.filter(({ arxiv }) => arxiv !== undefined).map(withArxiv));
  return new Map(
    papers.map((paper) => {
      if (keyCounts.get(paper.key) === 1) return [paper.slug, paper.key];
      // Slugs are unique; an arXiv id reads better, unless two saved papers claim the same one.
      const own = paper.arxiv !== undefined && arxivCounts.get(withArxiv(paper)) === 1;
      return [paper.slug, own ? withArxiv(paper) : `${paper.key}-${paper.slug}`];
    }),
  );
}

/** `paperUrl`: a paper's page, as an absolute URL (cited for a paper without an arXiv id). */
export function savedBibtex(papers: readonly SavedPaper[], paperUrl: (slug: string) => string): string {
  const keys = uniqueKeys(papers);
  return papers
    .map((paper) => bibtexRecord(keys.get(paper.slug) ?? paper.key, { ...paper, url: paperUrl(paper.slug) }))
    .join('\n');
}
