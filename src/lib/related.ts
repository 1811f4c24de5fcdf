/**
 * Related papers by text similarity: TF-IDF over stemmed words (title words count double),
 * cosine similarity, computed once for the whole collection.
 *
 * Not O(n²): each paper keeps only its most distinctive terms, each term only its strongest
 * papers (an inverted index of bounded lists), and a paper is compared only with the papers
 * sharing such a term — cost about n × terms × postings.
 */
import { stem, tokenize } from './topics.ts';
import { WordTable } from './word-table.ts';

export interface RelatedInput {
  id: string;
  title: string;
  abstract: string;
}

export const RELATED = {
  /** Terms kept per paper, the most distinctive first. */
  termsPerPaper: 24,
  /** Papers kept per term, the ones where it weighs most. */
  papersPerTerm: 200,
  titleWeight: 2,
} as const;

// Words too common in any abstract to say what a paper is about.
const STOP_WORDS = new Set(`
a about above across after again against all also an and any are as at be because been before being between both but by can
could did do does doing down during each few for from further had has have having here how however i if in into is it its
itself just more most no nor not of off on once only or other our ours out over own same should so some such than that the
their them then there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your paper propos show method approach result work present use base new novel also existing
state art performance demonstrate achieve significantly improve study task via based first two one three across
`.trim().split(/\s+/).map((word) => tokenize(word).stems[0] ?? word));

/**
 * The terms of texts, as ids: a word's stem, once per distinct word (the word table finds the
 * words `tokenize` finds, without a new string per word), or -1 for words that are no terms.
 */
class TermTable {
  /** Each term's stem, by id. */
  readonly stems: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #words = new WordTable((word) => this.#termOf(stem(word)));
  /** Counts by term id for the paper being counted, zero between papers. */
  #counts = new Float64Array(1 << 16);

  #termOf(stemmed: string): number {
    if (stemmed.length < 3 || STOP_WORDS.has(stemmed) || /^\d+$/.test(stemmed)) return -1;
    let id = this.#ids.get(stemmed);
    if (id === undefined) {
      id = this.stems.push(stemmed) - 1;
      this.#ids.set(stemmed, id);
    }
    return id;
  }

  /** Each term of the paper with its count (title words count `RELATED.titleWeight`), in order of first use. */
  count({ title, abstract }: RelatedInput): { terms: Int32Array; counts: Float64Array } {
    const terms: number[] = [];
    const add = (text: string, weight: number) => {
      const { infos } = this.#words;
      for (const word of this.#words.scan(text)) {
        const term = infos[word] as number;
        if (term < 0) continue;
        if (term >= this.#counts.length) {
          const bigger = new Float64Array(Math.max(term + 1, this.#counts.length * 2));
          bigger.set(this.#counts);
          this.#counts = bigger;
        }
        const counts = this.#counts;
        if (counts[term] === 0) terms.push(term);
        counts[term] = (counts[term] as number) + weight;
      }
    };
    add(title, RELATED.titleWeight);
    add(abstract, 1);
    const counts = this.#counts;
    const result = { terms: Int32Array.from(terms), counts: Float64Array.from(terms, (term) => counts[term] as number) };
    for (const term of terms) counts[term] = 0;
    return result;
  }
}

/** For each paper id, up to `count` related paper ids, most similar first. */
export function relatedPapers(papers: readonly RelatedInput[], count = 5): Map<string, string[]> {
  const n = papers.length;
  const table = new TermTable();
  const termCounts = papers.map((paper) => table.count(paper));
  const documentFrequency = new Int32Array(table.stems.length);
  for (const { terms } of termCounts) for (const term of terms) documentFrequency[term] = (documentFrequency[term] as number) + 1;

  // Each paper: its strongest terms, TF-IDF weighted and normalized to unit length (ties: by stem).
  const { stems } = table;
  const vectors = termCounts.map(({ terms, counts: tf }) => {
    const weighted = Array.from(terms, (term, i) => [term, (1 + Math.log(tf[i] as number)) * Math.log(n / (documentFrequency[term] as number))] as const);
    weighted.sort((a, b) => b[1] - a[1] || ((stems[a[0]] as string) < (stems[b[0]] as string) ? -1 : 1));
    const kept = weighted.slice(0, RELATED.termsPerPaper).filter(([, weight]) => weight > 0);
    const norm = Math.hypot(...kept.map(([, weight]) => weight)) || 1;
    return kept.map(([term, weight]) => [term, weight / norm] as const);
  });

  const lists: { paper: number; weight: number }[][] = [];
  vectors.forEach((vector, paper) => {
    for (const [term, weight] of vector) (lists[term] ??= []).push({ paper, weight });
  });
  // Bounded postings in typed arrays, by term id: the hot loop below reads nothing else.
  const postings = lists.map((list) => {
    if (list.length > RELATED.papersPerTerm) list.sort((a, b) => b.weight - a.weight || a.paper - b.paper);
    const kept = list.slice(0, RELATED.papersPerTerm);
    return { papers: Int32Array.from(kept, ({ paper }) => paper), weights: Float64Array.from(kept, ({ weight }) => weight) };
  });

  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const related = new Map<string, string[]>();
  vectors.forEach((vector, paper) => {
    let touchedCount = 0;
    for (const [term, weight] of vector) {
      const posting = postings[term];
      if (!posting) continue;
      const { papers: others, weights } = posting;
      for (let i = 0; i < others.length; i++) {
        const other = others[i] as number;
        if (other === paper) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other] = (scores[other] as number) + weight * (weights[i] as number);
      }
    }
    related.set((papers[paper] as RelatedInput).id, best(touched, touchedCount, scores, count).map((other) => (papers[other] as RelatedInput).id));
    for (let i = 0; i < touchedCount; i++) scores[touched[i] as number] = 0;
  });
  return related;
}

/** The `count` best-scoring of the first `length` candidates (ties: lower index), best first. */
function best(candidates: Int32Array, length: number, scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && a < b);
  for (let i = 0; i < length; i++) {
    const candidate = candidates[i] as number;
    if (top.length === count && !better(candidate, top[count - 1] as number)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && better(candidate, top[at - 1] as number)) at--;
    top.splice(at, 0, candidate);
    if (top.length > count) top.pop();
  }
  return top;
}
