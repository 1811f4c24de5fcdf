/**
 * Topic assignment: every paper gets the 1–3 research topics whose phrases its title and abstract
 * match best (content/topics.yaml), or `other`. Deterministic: the same text and taxonomy always
 * give the same topics.
 */
import type { Taxonomy } from '../content.config.ts';

/** The topic of papers that match nothing. */
export const OTHER_TOPIC = { slug: 'other', name: 'Other', description: 'Papers that fit none of the topics.' } as const;

/** The scoring rules, as data. */
export const SCORING = {
  /** A phrase in the title counts this many times one in the abstract. */
  titleFactor: 3,
  /** Abstract matches count 1, then +0.5 each, up to this many matches. */
  abstractMatchesCounted: 3,
  /** A topic needs at least this score… */
  threshold: 4,
  /** …and at least this share of the paper's best score. */
  relativeToBest: 0.4,
  maxTopicsPerPaper: 3,
  /** No topic may hold a larger share of the papers (a paper's last topic is never taken)… */
  maxShareOfPapers: 0.4,
  /** …in a collection of at least this many papers (in a handful, shares mean nothing). */
  capFromPapers: 20,
} as const;

// Light stemming, same on both sides: phrases and text meet at these stems. Only one
// derivational suffix is removed, longest first, keeping a stem of at least three letters.
const DERIVATIONAL_SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['izations', 'iz'], ['ization', 'iz'], ['isations', 'iz'], ['isation', 'iz'], ['izing', 'iz'], ['ising', 'iz'], ['izer', 'iz'],
  ['ised', 'iz'], ['ized', 'iz'], ['ize', 'iz'], ['ise', 'iz'],
  ['ations', ''], ['ation', ''], ['tions', 't'], ['tion', 't'], ['tors', 't'], ['tor', 't'],
  ['ings', ''], ['ing', ''], ['ers', ''], ['er', ''], ['ed', ''],
];

/** Words whose endings look inflected but are not ("embed" is no past tense of "emb"). */
const UNSTEMMED = new Set(['embed', 'bias', 'lens', 'news', 'gas', 'atlas', 'canvas', 'alias', 'hundred', 'shed', 'bed', 'red']);

// Words repeat across papers: each is stemmed once (the cache stays small, a language's words).
const stems = new Map<string, string>();

/** quantize, quantized, quantizing, quantization → quantiz; models → model; pruning, pruned → prun. */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = stemWord(word);
    if (stems.size < 500_000) stems.set(word, cached);
  }
  return cached;
}

function stemWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || UNSTEMMED.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, replacement] of DERIVATIONAL_SUFFIXES) {
    // "-eed" (speed, need, exceed) is a root, not a past tense.
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 'ed' && w.endsWith('eed'))) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (/([bcdgklmnprt])\1$/.test(w)) w = w.slice(0, -1); // embedded → embed, labelling → label; -ss stays
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words as written (for acronyms) and their stems (for phrases). */
export interface Tokens {
  raw: string[];
  stems: string[];
}

export function tokenize(text: string): Tokens {
  const raw = text.normalize('NFKC').match(WORD) ?? [];
  return { raw, stems: raw.map(stem) };
}

/** A phrase with two or more capitals and no spaces (LLM, LoRA, Grad-CAM) is an acronym. */
export function isAcronym(phrase: string): boolean {
  return !/\s/.test(phrase) && (phrase.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

interface CompiledPhrase {
  topic: string;
  phrase: string;
  weight: number;
  acronym: boolean;
  /** Raw words for acronyms, stems otherwise. */
  words: string[];
}

export interface CompiledTaxonomy {
  slugs: string[];
  /** Phrases by their first word (raw for acronyms, stem otherwise). */
  byFirstStem: Map<string, CompiledPhrase[]>;
  byFirstRaw: Map<string, CompiledPhrase[]>;
}

function addTo(index: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = index.get(key);
  if (list) list.push(phrase);
  else index.set(key, [phrase]);
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const compiled: CompiledTaxonomy = { slugs: Object.keys(taxonomy), byFirstStem: new Map(), byFirstRaw: new Map() };
  for (const [topic, { phrases, negative }] of Object.entries(taxonomy)) {
    const rules = [
      ...Object.entries(phrases),
      ...Object.entries(negative ?? {}).map(([phrase, weight]) => [phrase, -weight] as const),
    ];
    for (const [phrase, weight] of rules) {
      const acronym = isAcronym(phrase);
      const tokens = tokenize(phrase);
      const words = acronym ? tokens.raw : tokens.stems;
      if (words.length === 0) continue;
      const entry = { topic, phrase, weight, acronym, words };
      addTo(acronym ? compiled.byFirstRaw : compiled.byFirstStem, words[0] as string, entry);
    }
  }
  return compiled;
}

interface Match {
  phrase: CompiledPhrase;
  start: number;
  end: number;
}

function rawWordMatches(token: string | undefined, word: string, last: boolean): boolean {
  return token === word || (last && token === `${word}s`);
}

/** Every occurrence of every phrase in the tokens. */
function findMatches(compiled: CompiledTaxonomy, { raw, stems }: Tokens): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < raw.length; i++) {
    for (const phrase of compiled.byFirstStem.get(stems[i] as string) ?? []) {
      if (phrase.words.every((word, k) => stems[i + k] === word)) matches.push({ phrase, start: i, end: i + phrase.words.length });
    }
    const token = raw[i] as string;
    const candidates = compiled.byFirstRaw.get(token) ?? (token.endsWith('s') ? compiled.byFirstRaw.get(token.slice(0, -1)) : undefined);
    for (const phrase of candidates ?? []) {
      const n = phrase.words.length;
      if (phrase.words.every((word, k) => rawWordMatches(raw[i + k], word, k === n - 1))) matches.push({ phrase, start: i, end: i + n });
    }
  }
  return matches;
}

/**
 * Within one topic a longer phrase hides the shorter ones inside it: "graph neural network"
 * counts once, not again as "graph"; a negative "generative adversarial network" hides
 * "adversarial".
 */
function longestPerTopic(matches: Match[]): Match[] {
  const byTopic = new Map<string, Match[]>();
  for (const match of matches) {
    const list = byTopic.get(match.phrase.topic);
    if (list) list.push(match);
    else byTopic.set(match.phrase.topic, [match]);
  }
  const kept: Match[] = [];
  for (const list of byTopic.values()) {
    // By start, longest first: a match inside an earlier, longer one is hidden. One sweep.
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const match of list) {
      if (match.end <= reach) continue;
      kept.push(match);
      reach = Math.max(reach, match.end);
    }
  }
  return kept;
}

export interface PhraseScore {
  phrase: string;
  inTitle: number;
  inAbstract: number;
  points: number;
}

export interface TopicScore {
  topic: string;
  score: number;
  phrases: PhraseScore[];
}

function abstractFactor(count: number): number {
  return count === 0 ? 0 : 1 + 0.5 * (Math.min(count, SCORING.abstractMatchesCounted) - 1);
}

/** Each topic's score for a paper, best first (ties by slug), with the phrases that made it. */
export function scorePaper(compiled: CompiledTaxonomy, title: string, abstract: string): TopicScore[] {
  const counts = new Map<string, Map<string, { phrase: CompiledPhrase; inTitle: number; inAbstract: number }>>();
  const count = (matches: Match[], field: 'inTitle' | 'inAbstract') => {
    for (const { phrase } of longestPerTopic(matches)) {
      let topic = counts.get(phrase.topic);
      if (!topic) counts.set(phrase.topic, (topic = new Map()));
      const entry = topic.get(phrase.phrase) ?? { phrase, inTitle: 0, inAbstract: 0 };
      entry[field]++;
      topic.set(phrase.phrase, entry);
    }
  };
  count(findMatches(compiled, tokenize(title)), 'inTitle');
  count(findMatches(compiled, tokenize(abstract)), 'inAbstract');

  const scores: TopicScore[] = [];
  for (const [topic, phrases] of counts) {
    const scored = [...phrases.values()].map(({ phrase, inTitle, inAbstract }) => ({
      phrase: phrase.phrase,
      inTitle,
      inAbstract,
      points: phrase.weight * ((inTitle > 0 ? SCORING.titleFactor : 0) + abstractFactor(inAbstract)),
    }));
    scored.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.phrase < b.phrase ? -1 : 1));
    scores.push({ topic, score: scored.reduce((sum, { points }) => sum + points, 0), phrases: scored });
  }
  return scores.sort((a, b) => b.score - a.score || (a.topic < b.topic ? -1 : 1));
}

/** The topics a paper's scores qualify for, best first: over the threshold, near the best. */
export function qualifyingTopics(scores: readonly TopicScore[]): string[] {
  const best = scores[0]?.score ?? 0;
  return scores
    .filter(({ score }) => score >= SCORING.threshold && score >= best * SCORING.relativeToBest)
    .slice(0, SCORING.maxTopicsPerPaper)
    .map(({ topic }) => topic);
}

export interface TopicInput {
  key: string;
  title: string;
  abstract: string;
}

/**
 * Topics for a whole collection: each paper's qualifying topics, then the share cap — a topic
 * over its share loses the papers where it ranks lowest (and that have another topic) first.
 */
export function assignTopics(compiled: CompiledTaxonomy, papers: readonly TopicInput[]): Map<string, string[]> {
  const scores = new Map<string, Map<string, number>>();
  const assigned = new Map<string, string[]>();
  for (const { key, title, abstract } of papers) {
    const paperScores = scorePaper(compiled, title, abstract);
    const topics = qualifyingTopics(paperScores);
    assigned.set(key, topics);
    scores.set(key, new Map(paperScores.filter(({ topic }) => topics.includes(topic)).map(({ topic, score }) => [topic, score])));
  }

  const cap = papers.length < SCORING.capFromPapers ? papers.length : Math.floor(papers.length * SCORING.maxShareOfPapers);
  const holders = new Map<string, string[]>();
  for (const [key, topics] of assigned) {
    for (const topic of topics) {
      const list = holders.get(topic);
      if (list) list.push(key);
      else holders.set(topic, [key]);
    }
  }
  for (const [topic, keys] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let excess = keys.length - cap;
    if (excess <= 0) continue;
    const rankOf = (key: string) => (assigned.get(key) as string[]).indexOf(topic);
    const scoreOf = (key: string) => scores.get(key)?.get(topic) ?? 0;
    const weakestFirst = keys
      .filter((key) => (assigned.get(key) as string[]).length > 1)
      .sort((a, b) => rankOf(b) - rankOf(a) || scoreOf(a) - scoreOf(b) || (a < b ? -1 : 1));
    for (const key of weakestFirst) {
      if (excess-- <= 0) break;
      assigned.set(key, (assigned.get(key) as string[]).filter((slug) => slug !== topic));
    }
  }
  for (const [key, topics] of assigned) if (topics.length === 0) assigned.set(key, [OTHER_TOPIC.slug]);
  return assigned;
}
