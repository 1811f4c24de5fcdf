/**
 * The author a search asks for: a card names the first authors and counts the rest, so a paper
 * found by the name of its seventh author would not say why it was found.
 */
import { queryTerms } from './shared-ranking.ts';

/** Of `names`, the one with the most of the query's words (the first on a tie); none shares a word. */
export function askedAuthor(names: readonly string[], query: string): string | undefined {
  const terms = new Set(queryTerms(query));
  if (terms.size === 0) return undefined;
  let asked: string | undefined;
  let most = 0;
  for (const name of names) {
    const shared = queryTerms(name).filter((word) => terms.has(word)).length;
    if (shared > most) [asked, most] = [name, shared];
  }
  return asked;
}
