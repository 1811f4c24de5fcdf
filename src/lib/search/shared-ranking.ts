/**
 * One ranking across the index's date shards. Pagefind scores a page with BM25 over its own
 * index: a word's rarity (IDF) is counted among the shard's papers alone, so a shard of a few
 * papers scores its matches far lower than a large one, and shard results cannot be compared.
 * The search counts each query word's papers in every shard (Pagefind's per-filter counts of a
 * one-word search), and weighs each shard's scores by the archive's IDF over the shard's own.
 *
 * Pagefind also answers a word no shard holds with the longest indexed word it starts with
 * ("x" for "xyzzy"): such a loose match is no match (see meaningfulMatch).
 */
import type { PagefindFilterCounts } from './query.ts';

/** Pagefind's IDF (pagefind_web/src/search.rs: calculate_idf). */
export function bm25Idf(totalPages: number, pagesWithTerm: number): number {
  return Math.log((totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5) + 1);
}

/**
 * A query's words as the index holds words: lower case, letters and digits only (a hyphenated
 * word is one word; a word of symbols, "+", is none), split at spaces, each once.
 */
export function queryTerms(query: string): string[] {
  const words = normalizedText(query)
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  return [...new Set(words)];
}

/** The marks that open or close a phrase: the typewriter's and the typographic double quotes. */
const QUOTE = /["\u201c\u201d\u201e\u201f]/g;

/**
 * A query's quoted phrases, each as its words (queryTerms), and the query with its quotes
 * blanked out. Pagefind reads a query that starts and ends with a quote as one phrase, from the
 * first quote to the last, so two phrases would be searched as one: each is searched on its own.
 * A quote left open opens no phrase.
 */
export function quotedPhrases(query: string): { phrases: string[][]; unquoted: string } {
  const parts = query.split(QUOTE);
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const phrases = parts
    .filter((_, index) => index % 2 === 1 && index < closed)
    .map(queryTerms)
    .filter((words) => words.length > 0);
  return { phrases, unquoted: query.replace(QUOTE, ' ') };
}

/** Text as Pagefind normalizes a query: lower case, no diacritics, no punctuation. */
function normalizedText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

/**
 * How many leading letters of a query word a paper's word must share for a loose match to count:
 * "transformerz" answered by "transformer" is a typo found, "xyzzy" answered by "x" is noise.
 */
const MEANINGFUL_PREFIX = 4;

/**
 * Whether a paper found for `term` holds a word that begins like it (its first few letters, all
 * of them for a short word). `text`: the paper's searchable text (title, abstract, authors).
 */
export function meaningfulMatch(term: string, text: string): boolean {
  const prefix = term.slice(0, MEANINGFUL_PREFIX);
  // Hyphenated words count whole and by their parts, as Pagefind indexes them.
  const words = text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .split(/[\s\p{Pd}]+/u);
  return words.some((word) => normalizedText(word).startsWith(prefix));
}

/** Papers with a word, by shard name: Pagefind's `totalFilters.shard` for a one-word search. */
export type ShardCounts = Readonly<Record<string, number | undefined>>;

/**
 * The factor each shard's scores are multiplied by: the archive's IDF of the query words over the
 * shard's (summed over the words, so exact for one word and a close weighting for several). A
 * shard none of whose words' IDF is positive keeps its scores.
 */
export function shardWeights(
  shards: readonly { name: string; papers: number }[],
  counts: readonly ShardCounts[],
): Map<string, number> {
  const total = shards.reduce((sum, { papers }) => sum + papers, 0);
  const archiveIdf = counts.reduce(
    (sum, perShard) =>
      sum +
      bm25Idf(
        total,
        shards.reduce((found, { name }) => found + (perShard[name] ?? 0), 0),
      ),
    0,
  );
  return new Map(
    shards.map(({ name, papers }) => {
      const shardIdf = counts.reduce((sum, perShard) => sum + bm25Idf(papers, perShard[name] ?? 0), 0);
      return [name, shardIdf > 0 ? archiveIdf / shardIdf : 1];
    }),
  );
}

/** Several searches' filter counts added up (each search covered other papers). */
export function addFilterCounts(all: readonly (PagefindFilterCounts | undefined)[]): PagefindFilterCounts {
  const sum: PagefindFilterCounts = {};
  for (const counts of all)
    for (const [filter, values] of Object.entries(counts ?? {})) {
      const into = (sum[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  return sum;
}
