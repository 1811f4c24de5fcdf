/**
 * Related papers by text similarity: TF-IDF over stemmed words (title words count double),
 * cosine similarity, computed once for the whole collection.
 *
 * Stable as the archive grows: a term's rarity (IDF) is taken from the papers first listed
 * before the newest listing year, so a day moves no paper's weights (the weights move once a
 * year), and within a month an older paper's list changes only when a new paper enters it.
 * Rarity counted over every paper would drift with each day and reshuffle near-ties, changing
 * many lists that no new paper entered (each change is a page to render again); counted over
 * the months before the newest, it reshuffled a quarter of a 50k archive's lists on every
 * month's first day. (On that day the month before joins the reference papers below, and where
 * its papers are among a term's strongest they push others out of the term's bounded list:
 * some older lists still change.) The year is the listing's, not the paper's date: a paper from
 * 2022 first listed today is new. An archive with less than half its papers before the newest
 * year takes rarity from the months before the newest, and a younger one (less than half
 * before the newest month) from every paper; a day that moves an archive across either half
 * moves every weight. Either way the lists are a function of the papers alone, the same in an
 * incremental build and a fresh one.
 *
 * Incremental: what depends on the reference papers alone (their terms, postings and best
 * matches among themselves) is returned as a `RelatedReference`, which the next call reuses if
 * its reference papers, and those of them that count for rarity, are the same. A day within
 * the month then reads only the newest month's texts, and each reference paper's list is its
 * kept best matches merged with the newest month's papers that share its terms, instead of
 * comparing every paper again. The result is the same as computed afresh: the best of a union
 * is the best of the best of each part.
 *
 * Not O(n²): each paper keeps only its most distinctive terms, each term only its strongest
 * papers (an inverted index of bounded lists), and a paper is compared only with the papers
 * sharing such a term — cost about n × terms × postings. Vectors and postings are flat typed
 * arrays, and a paper's strongest terms and best matches are kept by insertion, not a sort of
 * all.
 */
import { createHash } from 'node:crypto';
import { stem, tokenize } from './words.ts';
import { WordTable } from './word-table.ts';

export interface RelatedInput {
  /** Unique among the papers. */
  id: string;
  title: string;
  abstract: string;
  /** YYYY-MM-DD the paper was first listed (its oldest dump's capture day): see the top of this file. */
  listed: string;
}

export const RELATED = {
  /** Terms kept per paper, the most distinctive first. */
  termsPerPaper: 24,
  /** Papers kept per term, the ones where it weighs most. */
  papersPerTerm: 200,
  titleWeight: 2,
} as const;

// Words too common in any abstract to say what a paper is about.
const STOP_WORDS = new Set(
  `
a about above across after again against all also an and any are as at be because been before being between both but by can
could did do does doing down during each few for from further had has have having here how however i if in into is it its
itself just more most no nor not of off on once only or other our ours out over own same should so some such than that the
their them then there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your paper propos show method approach result work present use base new novel also existing
state art performance demonstrate achieve significantly improve study task via based first two one three across
`
    .trim()
    .split(/\s+/)
    .map((word) => tokenize(word).stems[0] ?? word),
);

/**
 * The terms of texts, as ids: a word's stem, once per distinct word (the word table finds the
 * words `tokenize` finds, without a new string per word), or -1 for words that are no terms.
 */
class TermTable {
  /** Each term's stem, by id. */
  readonly stems: string[];
  readonly #ids: Map<string, number>;
  readonly #words = new WordTable((word) => this.#termOf(stem(word)));
  /** Counts by term id for the paper being counted, zero between papers. */
  #counts = new Float64Array(1 << 16);

  /** `stems`: the terms known already, by id (a reused reference's). */
  constructor(stems: readonly string[] = []) {
    this.stems = [...stems];
    this.#ids = new Map(stems.map((stemmed, id) => [stemmed, id]));
  }

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
    const result = {
      terms: Int32Array.from(terms),
      counts: Float64Array.from(terms, (term) => counts[term] as number),
    };
    for (const term of terms) counts[term] = 0;
    return result;
  }
}

/**
 * What depends on the reference papers alone, in their order: a later call whose reference
 * papers are the same (same `key`) starts from it. Paper numbers in it count reference papers.
 */
export interface RelatedReference {
  /** Hash of the settings and of the reference papers' ids and texts, in order. */
  key: string;
  /** Each term's stem, by id. */
  stems: string[];
  /** How many of the papers that count for rarity have each term, by id. */
  documentFrequency: Int32Array;
  vectors: Vectors;
  postings: Postings;
  /** Each paper's best matches among the reference papers, `count` slots a paper (-1: none), and their scores. */
  best: Int32Array;
  bestScores: Float64Array;
}

export interface RelatedPapers {
  /** For each paper id, up to `count` related paper ids, most similar first. */
  related: Map<string, string[]>;
  /** For the next call. */
  reference: RelatedReference;
  /** Whether the `previous` reference given was reused. */
  reused: boolean;
}

/** Each paper's related papers; `previous`: the reference an earlier call returned, reused if it still holds. */
export function relatedPapers(papers: readonly RelatedInput[], count = 5, previous?: RelatedReference): RelatedPapers {
  const recent = newestMonthPapers(papers);
  const referencePapers = papers.filter((_, paper) => recent[paper] === 0);
  const rarity = rarityPapers(papers, referencePapers);
  const raritySize = flagged(rarity);
  const key = referenceKey(referencePapers, rarity, count);
  const reused = previous?.key === key;
  const table = new TermTable(reused ? previous.stems : []);
  const reference = reused ? previous : referenceOf(referencePapers, rarity, count, key, table);

  // The newest month's papers, weighed by the same term rarity.
  const newest = papers.filter((_, paper) => recent[paper] === 1);
  const termCounts = newest.map((paper) => table.count(paper));
  const documentFrequency = new Int32Array(table.stems.length);
  documentFrequency.set(reference.documentFrequency);
  const vectors = strongestTerms(termCounts, documentFrequency, raritySize, table.stems);
  const postings = postingLists(vectors, table.stems.length, lastKept(reference.postings));

  // Paper numbers: reference papers, then the newest month's — their order in `papers`, which
  // breaks ties between equal scores.
  const referenceCount = referencePapers.length;
  const order = new Int32Array(papers.length);
  let [nextReference, nextNewest] = [0, referenceCount];
  recent.forEach((flag, paper) => (order[flag === 0 ? nextReference++ : nextNewest++] = paper));
  const scores = new Float64Array(papers.length);
  const touched = new Int32Array(papers.length);
  const related = new Map<string, string[]>();
  const idsOf = (top: readonly number[]) => top.map((other) => (papers[order[other] as number] as RelatedInput).id);

  // A reference paper: its best among the reference papers, then the newest month's that beat them.
  const better = higherScoreFirst(scores, (paper) => order[paper] as number);
  referencePapers.forEach(({ id }, paper) => {
    const cached = [...reference.best.subarray(paper * count, (paper + 1) * count)].filter((other) => other >= 0);
    cached.forEach((other, k) => (scores[other] = reference.bestScores[paper * count + k] as number));
    const top = [...cached];
    const touchedCount = scoreAgainst(
      reference.vectors,
      paper,
      [{ postings, first: referenceCount }],
      -1,
      scores,
      touched,
    );
    for (let i = 0; i < touchedCount; i++) keepInOrder(top, count, touched[i] as number, better);
    related.set(id, idsOf(top));
    for (const other of cached) scores[other] = 0;
    for (let i = 0; i < touchedCount; i++) scores[touched[i] as number] = 0;
  });
  // A paper of the newest month: against every paper.
  newest.forEach(({ id }, paper) => {
    const parts = [
      { postings: reference.postings, first: 0 },
      { postings, first: referenceCount },
    ];
    const touchedCount = scoreAgainst(vectors, paper, parts, referenceCount + paper, scores, touched);
    related.set(id, idsOf(best(touched, touchedCount, scores, count, better)));
    for (let i = 0; i < touchedCount; i++) scores[touched[i] as number] = 0;
  });
  return { related, reference, reused };
}

const TERMS = RELATED.termsPerPaper;

/** The reference papers' terms, vectors, postings and best matches among themselves; `rarity` flags those that count for rarity. */
function referenceOf(
  papers: readonly RelatedInput[],
  rarity: Uint8Array,
  count: number,
  key: string,
  table: TermTable,
): RelatedReference {
  const termCounts = papers.map((paper) => table.count(paper));
  const documentFrequency = new Int32Array(table.stems.length);
  termCounts.forEach(({ terms }, paper) => {
    if (rarity[paper] === 0) return;
    for (const term of terms) documentFrequency[term] = (documentFrequency[term] as number) + 1;
  });
  const vectors = strongestTerms(termCounts, documentFrequency, flagged(rarity), table.stems);
  const postings = boundedPostings(vectors, table.stems.length);
  const bestMatches = new Int32Array(papers.length * count).fill(-1);
  const bestScores = new Float64Array(papers.length * count);
  const scores = new Float64Array(papers.length);
  const touched = new Int32Array(papers.length);
  const better = higherScoreFirst(scores, (paper) => paper);
  for (let paper = 0; paper < papers.length; paper++) {
    const touchedCount = scoreAgainst(vectors, paper, [{ postings, first: 0 }], paper, scores, touched);
    best(touched, touchedCount, scores, count, better).forEach((other, k) => {
      bestMatches[paper * count + k] = other;
      bestScores[paper * count + k] = scores[other] as number;
    });
    for (let i = 0; i < touchedCount; i++) scores[touched[i] as number] = 0;
  }
  return { key, stems: [...table.stems], documentFrequency, vectors, postings, best: bestMatches, bestScores };
}

/**
 * Hashes what a reference's content depends on besides this code (whose key the stored reference
 * carries, see related-file.ts): the count, the reference papers, in order, and which of them
 * count for rarity.
 */
function referenceKey(papers: readonly RelatedInput[], rarity: Uint8Array, count: number): string {
  const hash = createHash('sha256').update(JSON.stringify({ count }));
  for (const { id, title, abstract } of papers) hash.update(JSON.stringify([id, title, abstract]));
  return hash.update(rarity).digest('base64url');
}

/** The newest listing month or year (`listed` cut to the length of `period`'s pattern). */
function newestListed(papers: readonly RelatedInput[], period: 'YYYY' | 'YYYY-MM'): string {
  let newest = '';
  for (const { listed } of papers) if (listed.slice(0, period.length) > newest) newest = listed.slice(0, period.length);
  return newest;
}

/** How many of `flags` are 1. */
const flagged = (flags: Uint8Array) => flags.reduce((sum, flag) => sum + flag, 0);

/**
 * 1 for each paper first listed in the newest listing month, 0 for the reference papers (see
 * the top of this file). A young archive has no newest month's papers: every paper counts.
 */
function newestMonthPapers(papers: readonly RelatedInput[]): Uint8Array {
  const newestMonth = newestListed(papers, 'YYYY-MM');
  const recent = Uint8Array.from(papers, ({ listed }) => (listed.slice(0, 7) === newestMonth ? 1 : 0));
  const older = papers.length - flagged(recent);
  return older * 2 >= papers.length ? recent : recent.fill(0);
}

/**
 * 1 for each of the reference papers that counts for term rarity: those first listed before the
 * newest listing year, when they are half of all the papers or more; otherwise every one (see
 * the top of this file).
 */
function rarityPapers(papers: readonly RelatedInput[], references: readonly RelatedInput[]): Uint8Array {
  const newestYear = newestListed(papers, 'YYYY');
  const older = Uint8Array.from(references, ({ listed }) => (listed.slice(0, 4) < newestYear ? 1 : 0));
  return flagged(older) * 2 >= papers.length ? older : older.fill(1);
}

/** Each paper's kept terms and unit-length weights, the strongest first: `TERMS` slots a paper, `lengths` used. */
export interface Vectors {
  terms: Int32Array;
  weights: Float64Array;
  lengths: Uint8Array;
}

/**
 * Each paper's strongest terms, TF-IDF weighted and normalized to unit length (ties: by stem):
 * the first `TERMS` of its terms in that order, without those of weight 0 (in every paper that
 * counts for rarity). Rarity is counted over those `raritySize` papers; a term none of them has
 * counts as in one.
 */
function strongestTerms(
  termCounts: readonly { terms: Int32Array; counts: Float64Array }[],
  documentFrequency: Int32Array,
  raritySize: number,
  stems: readonly string[],
): Vectors {
  const n = termCounts.length;
  const vectors: Vectors = {
    terms: new Int32Array(n * TERMS),
    weights: new Float64Array(n * TERMS),
    lengths: new Uint8Array(n),
  };
  let weighted = new Float64Array(256);
  const top: number[] = [];
  termCounts.forEach(({ terms, counts: tf }, paper) => {
    if (weighted.length < terms.length) weighted = new Float64Array(terms.length * 2);
    for (let i = 0; i < terms.length; i++) {
      weighted[i] =
        (1 + Math.log(tf[i] as number)) *
        Math.log(raritySize / Math.max(documentFrequency[terms[i] as number] as number, 1));
    }
    // The first TERMS in order, by insertion into a sorted list: a paper has ~100 terms.
    const before = (a: number, b: number) =>
      (weighted[a] as number) > (weighted[b] as number) ||
      (weighted[a] === weighted[b] && (stems[terms[a] as number] as string) < (stems[terms[b] as number] as string));
    top.length = 0;
    for (let i = 0; i < terms.length; i++) keepInOrder(top, TERMS, i, before);
    while (top.length > 0 && !((weighted[top[top.length - 1] as number] as number) > 0)) top.pop();
    const norm = Math.hypot(...top.map((i) => weighted[i] as number)) || 1;
    top.forEach((i, k) => {
      vectors.terms[paper * TERMS + k] = terms[i] as number;
      vectors.weights[paper * TERMS + k] = (weighted[i] as number) / norm;
    });
    vectors.lengths[paper] = top.length;
  });
  return vectors;
}

/**
 * Each term's papers and their weights, `papers[starts[term]..ends[term]]`. Terms from
 * `starts.length` on have none (the reference's postings know only the reference's terms).
 */
export interface Postings {
  starts: Int32Array;
  ends: Int32Array;
  papers: Int32Array;
  weights: Float64Array;
}

/** The postings of the papers' terms whose weight is above `floor[term]` (none: all), in paper order. */
function postingLists({ terms, weights, lengths }: Vectors, termCount: number, floor?: Float64Array): Postings {
  const kept = (k: number) =>
    floor === undefined ||
    (terms[k] as number) >= floor.length ||
    (weights[k] as number) > (floor[terms[k] as number] as number);
  const starts = new Int32Array(termCount);
  const ends = new Int32Array(termCount);
  for (let paper = 0; paper < lengths.length; paper++) {
    for (let k = paper * TERMS, last = k + (lengths[paper] as number); k < last; k++) {
      if (kept(k)) ends[terms[k] as number] = (ends[terms[k] as number] as number) + 1;
    }
  }
  let offset = 0;
  for (let term = 0; term < termCount; term++) {
    starts[term] = offset;
    offset += ends[term] as number;
    ends[term] = starts[term] as number;
  }
  const papers = new Int32Array(offset);
  const postingWeights = new Float64Array(offset);
  for (let paper = 0; paper < lengths.length; paper++) {
    for (let k = paper * TERMS, last = k + (lengths[paper] as number); k < last; k++) {
      if (!kept(k)) continue;
      const term = terms[k] as number;
      const at = ends[term] as number;
      ends[term] = at + 1;
      papers[at] = paper;
      postingWeights[at] = weights[k] as number;
    }
  }
  return { starts, ends, papers, weights: postingWeights };
}

/** The reference papers' postings: each term's `RELATED.papersPerTerm` papers where it weighs most (ties: the first papers). */
function boundedPostings(vectors: Vectors, termCount: number): Postings {
  const { starts, ends, papers, weights } = postingLists(vectors, termCount);
  // A long list keeps its strongest papers, moved to its start in order.
  for (let term = 0; term < termCount; term++) {
    const start = starts[term] as number;
    if ((ends[term] as number) - start <= RELATED.papersPerTerm) continue;
    const order = Array.from({ length: (ends[term] as number) - start }, (_, i) => start + i);
    order.sort(
      (a, b) => (weights[b] as number) - (weights[a] as number) || (papers[a] as number) - (papers[b] as number),
    );
    const kept = order.slice(0, RELATED.papersPerTerm);
    const keptPapers = kept.map((i) => papers[i] as number);
    const keptWeights = kept.map((i) => weights[i] as number);
    papers.set(keptPapers, start);
    weights.set(keptWeights, start);
    ends[term] = start + kept.length;
  }
  return { starts, ends, papers, weights };
}

/**
 * For each term, the weight a newest-month paper must exceed to join its postings: the last of a
 * full list's reference papers (so a new paper never pushes one out, which would change the
 * scores between reference papers), or -Infinity.
 */
function lastKept({ starts, ends, weights }: Postings): Float64Array {
  return Float64Array.from(starts, (start, term) =>
    (ends[term] as number) - start < RELATED.papersPerTerm
      ? -Infinity
      : Math.min(...weights.subarray(start, ends[term] as number)),
  );
}

/** Postings whose paper numbers start at `first`. */
interface PostingsPart {
  postings: Postings;
  first: number;
}

/**
 * Adds paper `paper`'s similarity to each paper its terms' postings list into `scores`, and
 * puts each paper scored first into `touched`; returns how many. `self` is not scored. A pair's
 * score sums over the paper's terms in order, whichever part lists the other: the same sum as a
 * single list would give, to the last bit.
 */
function scoreAgainst(
  vectors: Vectors,
  paper: number,
  parts: readonly PostingsPart[],
  self: number,
  scores: Float64Array,
  touched: Int32Array,
): number {
  let touchedCount = 0;
  for (let k = paper * TERMS, last = k + (vectors.lengths[paper] as number); k < last; k++) {
    const term = vectors.terms[k] as number;
    const weight = vectors.weights[k] as number;
    for (const {
      postings: { starts, ends, papers, weights },
      first,
    } of parts) {
      if (term >= starts.length) continue;
      for (let i = starts[term] as number, end = ends[term] as number; i < end; i++) {
        const other = first + (papers[i] as number);
        if (other === self) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other] = (scores[other] as number) + weight * (weights[i] as number);
      }
    }
  }
  return touchedCount;
}

/** Whether paper `a` goes before `b`: the higher score first, then the earlier `position`. */
function higherScoreFirst(
  scores: Float64Array,
  position: (paper: number) => number,
): (a: number, b: number) => boolean {
  return (a, b) =>
    (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && position(a) < position(b));
}

/** The `count` best of the first `length` candidates in the order `better`, best first. */
function best(
  candidates: Int32Array,
  length: number,
  scores: Float64Array,
  count: number,
  better: (a: number, b: number) => boolean,
): number[] {
  const top: number[] = [];
  // The score of the last of a full list: most candidates score below it.
  let floor = -Infinity;
  for (let i = 0; i < length; i++) {
    const candidate = candidates[i] as number;
    if ((scores[candidate] as number) < floor) continue;
    keepInOrder(top, count, candidate, better);
    if (top.length === count) floor = scores[top[count - 1] as number] as number;
  }
  return top;
}

/** Puts `candidate` into `top` — the first `count` in the order `before` — if it belongs there. */
function keepInOrder(top: number[], count: number, candidate: number, before: (a: number, b: number) => boolean): void {
  if (top.length === count && !before(candidate, top[count - 1] as number)) return;
  let at = top.length === count ? count - 1 : top.length;
  while (at > 0 && before(candidate, top[at - 1] as number)) at--;
  top.splice(at, 0, candidate);
  if (top.length > count) top.pop();
}
