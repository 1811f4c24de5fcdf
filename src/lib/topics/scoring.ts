/**
 * Topic assignment: every paper gets the 1–3 research topics whose phrases its title and abstract
 * match best (content/topics.yaml), or `other`. Deterministic: the same text and taxonomy always
 * give the same topics.
 */
import type { Taxonomy, Topic } from '../../content.config.ts';
import { WordTable } from './word-table.ts';

/** The topic of papers that match nothing. */
export const OTHER_TOPIC = {
  slug: 'other',
  name: 'Other',
  description: 'Papers that fit none of the topics.',
} as const;

/**
 * The topics a paper can name, by slug: the taxonomy's, and `other`. Pages and the search index
 * name a paper's topics from it (a slug the taxonomy lost since the ingest is not named).
 */
export function topicsWithOther(taxonomy: Iterable<readonly [string, Topic]>): Map<string, Topic> {
  return new Map([
    ...taxonomy,
    [OTHER_TOPIC.slug, { name: OTHER_TOPIC.name, description: OTHER_TOPIC.description, phrases: {} }],
  ]);
}

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
  ['izations', 'iz'],
  ['ization', 'iz'],
  ['isations', 'iz'],
  ['isation', 'iz'],
  ['izing', 'iz'],
  ['ising', 'iz'],
  ['izer', 'iz'],
  ['ised', 'iz'],
  ['ized', 'iz'],
  ['ize', 'iz'],
  ['ise', 'iz'],
  ['ations', ''],
  ['ation', ''],
  ['tions', 't'],
  ['tion', 't'],
  ['tors', 't'],
  ['tor', 't'],
  ['ings', ''],
  ['ing', ''],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
];

/** Words whose endings look inflected but are not ("embed" is no past tense of "emb"). */
const UNSTEMMED = new Set([
  'embed',
  'bias',
  'lens',
  'news',
  'gas',
  'atlas',
  'canvas',
  'alias',
  'hundred',
  'shed',
  'bed',
  'red',
]);

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
  /** Ids of its words: raw words (in rawIds) for acronyms, stems (in stemIds) otherwise. */
  ids: number[];
  /** The index of its topic in `slugs`. */
  topicIndex: number;
  /**
   * Where its matches are counted (an index into `counted`): the topic's first phrase of the same
   * text — a phrase listed both as positive and as negative matches where the positive does,
   * and is always hidden by it.
   */
  counter: number;
}

/** What matching needs to know of a word of a text, worked out once per distinct word. */
interface WordInfo {
  /** The id of its stem in stemIds, or -1 when no phrase has that stem. */
  stem: number;
  /** Its id in rawIds (a word of an acronym), or -1. */
  raw: number;
  /** For a word ending in "s", the id of the word without it in rawIds (LLMs → LLM), or -1. */
  plural: number;
  /** The phrases whose first word it is, longest first, then stemmed phrases before acronyms. */
  starts: readonly CompiledPhrase[];
}

export interface CompiledTaxonomy {
  slugs: string[];
  /** The stems of the words of the stemmed phrases, and the words of the acronyms, as ids. */
  stemIds: Map<string, number>;
  rawIds: Map<string, number>;
  /** Phrases by their first word (raw for acronyms, stem otherwise). */
  byFirstStem: Map<string, CompiledPhrase[]>;
  byFirstRaw: Map<string, CompiledPhrase[]>;
  /** The phrase each counter stands for. */
  counted: CompiledPhrase[];
  /** Scratch for scorePaper: each counter's matches in the title and in the abstract, all 0 between papers. */
  counts: Int32Array;
  /** The words of the texts scored so far. */
  words: WordTable<WordInfo>;
}

function addTo(index: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = index.get(key);
  if (list) list.push(phrase);
  else index.set(key, [phrase]);
}

function idOf(ids: Map<string, number>, word: string): number {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
}

const NO_PHRASES: readonly CompiledPhrase[] = [];

/**
 * A word's phrases and ids. An acronym may start at a plural ("LLMs" for LLM) only when no
 * acronym starts with the word itself, and only as its last (here: only) word.
 */
function describeWord(compiled: CompiledTaxonomy, word: string): WordInfo {
  const stemmed = stem(word);
  const singular = word.endsWith('s') ? word.slice(0, -1) : undefined;
  const byStem = compiled.byFirstStem.get(stemmed) ?? NO_PHRASES;
  const byRaw =
    compiled.byFirstRaw.get(word) ??
    (singular === undefined ? undefined : compiled.byFirstRaw.get(singular)?.filter(({ ids }) => ids.length === 1)) ??
    NO_PHRASES;
  return {
    stem: compiled.stemIds.get(stemmed) ?? -1,
    raw: compiled.rawIds.get(word) ?? -1,
    plural: singular === undefined ? -1 : (compiled.rawIds.get(singular) ?? -1),
    starts: [...byStem, ...byRaw].sort((a, b) => b.ids.length - a.ids.length),
  };
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const compiled: CompiledTaxonomy = {
    slugs: Object.keys(taxonomy),
    stemIds: new Map(),
    rawIds: new Map(),
    byFirstStem: new Map(),
    byFirstRaw: new Map(),
    counted: [],
    counts: new Int32Array(0),
    words: new WordTable((word) => describeWord(compiled, word)),
  };
  for (const [topicIndex, [topic, { phrases, negative }]] of Object.entries(taxonomy).entries()) {
    const counters = new Map<string, number>();
    const rules = [
      ...Object.entries(phrases),
      ...Object.entries(negative ?? {}).map(([phrase, weight]) => [phrase, -weight] as const),
    ];
    for (const [phrase, weight] of rules) {
      const acronym = isAcronym(phrase);
      const tokens = tokenize(phrase);
      const words = acronym ? tokens.raw : tokens.stems;
      if (words.length === 0) continue;
      const ids = words.map((word) => idOf(acronym ? compiled.rawIds : compiled.stemIds, word));
      const entry = {
        topic,
        phrase,
        weight,
        acronym,
        ids,
        topicIndex,
        counter: counters.get(phrase) ?? compiled.counted.length,
      };
      if (entry.counter === compiled.counted.length) compiled.counted.push(entry);
      counters.set(phrase, entry.counter);
      addTo(acronym ? compiled.byFirstRaw : compiled.byFirstStem, words[0] as string, entry);
    }
  }
  compiled.counts = new Int32Array(compiled.counted.length * 2);
  return compiled;
}

/** Whether the phrase continues at `start` (its first word is there: the word's `starts`). */
function matchesAt(
  { acronym, ids }: CompiledPhrase,
  infos: readonly WordInfo[],
  words: Int32Array,
  start: number,
): boolean {
  const last = ids.length - 1;
  if (start + last >= words.length) return false;
  for (let k = 1; k <= last; k++) {
    const info = infos[words[start + k] as number] as WordInfo;
    const id = ids[k];
    if (acronym ? info.raw !== id && !(k === last && info.plural === id) : info.stem !== id) return false;
  }
  return true;
}

/**
 * Counts each phrase's matches in the text (`counts[counter * 2 + field]`), adding the counters
 * it is the first to touch to `touched`. Within one topic a longer phrase hides the shorter ones
 * inside it: "graph neural network" counts once, not again as "graph"; a negative "generative
 * adversarial network" hides "adversarial". Matches come by start, the longest first at each
 * start (`starts` is in that order), so a hidden match is one that ends within its topic's reach.
 */
function countMatches(
  compiled: CompiledTaxonomy,
  text: string,
  field: 0 | 1,
  counts: Int32Array,
  touched: number[],
): void {
  const words = compiled.words.scan(text);
  const infos = compiled.words.infos;
  const reach = compiled.slugs.map(() => 0);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of (infos[words[i] as number] as WordInfo).starts) {
      const end = i + phrase.ids.length;
      if (end <= (reach[phrase.topicIndex] as number) || !matchesAt(phrase, infos, words, i)) continue;
      reach[phrase.topicIndex] = end;
      const at = phrase.counter * 2;
      if ((counts[at] as number) + (counts[at + 1] as number) === 0) touched.push(phrase.counter);
      (counts[at + field] as number)++;
    }
  }
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

const byPoints = (a: PhraseScore, b: PhraseScore) =>
  Math.abs(b.points) - Math.abs(a.points) || (a.phrase < b.phrase ? -1 : 1);
const byScore = (a: TopicScore, b: TopicScore) => b.score - a.score || (a.topic < b.topic ? -1 : 1);

/** Each topic's score for a paper, best first (ties by slug), with the phrases that made it. */
export function scorePaper(compiled: CompiledTaxonomy, title: string, abstract: string): TopicScore[] {
  const { counts } = compiled;
  const touched: number[] = [];
  countMatches(compiled, title, 0, counts, touched);
  countMatches(compiled, abstract, 1, counts, touched);
  const byTopic = new Map<string, PhraseScore[]>();
  for (const counter of touched) {
    const { topic, phrase, weight } = compiled.counted[counter] as CompiledPhrase;
    const inTitle = counts[counter * 2] as number;
    const inAbstract = counts[counter * 2 + 1] as number;
    counts[counter * 2] = counts[counter * 2 + 1] = 0;
    const scored = {
      phrase,
      inTitle,
      inAbstract,
      points: weight * ((inTitle > 0 ? SCORING.titleFactor : 0) + abstractFactor(inAbstract)),
    };
    const list = byTopic.get(topic);
    if (list) list.push(scored);
    else byTopic.set(topic, [scored]);
  }
  const scores: TopicScore[] = [];
  for (const [topic, phrases] of byTopic) {
    phrases.sort(byPoints);
    scores.push({ topic, score: phrases.reduce((sum, { points }) => sum + points, 0), phrases });
  }
  return scores.sort(byScore);
}

/** The topics a paper's scores qualify for, best first: over the threshold, near the best. */
export function qualifyingTopics(scores: readonly TopicScore[]): string[] {
  const best = scores[0]?.score ?? 0;
  return scores
    .filter(({ score }) => score >= SCORING.threshold && score >= best * SCORING.relativeToBest)
    .slice(0, SCORING.maxTopicsPerPaper)
    .map(({ topic }) => topic);
}

/** A paper's qualifying topics, best first, and their scores. */
export interface PaperTopics {
  topics: string[];
  scores: number[];
}

export function paperTopics(compiled: CompiledTaxonomy, title: string, abstract: string): PaperTopics {
  const scores = scorePaper(compiled, title, abstract);
  const topics = qualifyingTopics(scores);
  return { topics, scores: scores.slice(0, topics.length).map(({ score }) => score) };
}

/**
 * The share cap over papers' qualifying topics: a topic over its share loses the papers where it
 * ranks lowest (and that have another topic) first.
 */
export function capTopics(papers: readonly (PaperTopics & { key: string })[]): Map<string, string[]> {
  const qualified = new Map<string, PaperTopics>();
  const assigned = new Map<string, string[]>();
  for (const paper of papers) {
    qualified.set(paper.key, paper);
    assigned.set(paper.key, paper.topics);
  }

  const cap =
    papers.length < SCORING.capFromPapers ? papers.length : Math.floor(papers.length * SCORING.maxShareOfPapers);
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
    const scoreOf = (key: string) => {
      const { topics, scores } = qualified.get(key) as PaperTopics;
      return scores[topics.indexOf(topic)] as number;
    };
    const weakestFirst = keys
      .filter((key) => (assigned.get(key) as string[]).length > 1)
      .sort((a, b) => rankOf(b) - rankOf(a) || scoreOf(a) - scoreOf(b) || (a < b ? -1 : 1));
    for (const key of weakestFirst) {
      if (excess-- <= 0) break;
      assigned.set(
        key,
        (assigned.get(key) as string[]).filter((slug) => slug !== topic),
      );
    }
  }
  for (const [key, topics] of assigned) if (topics.length === 0) assigned.set(key, [OTHER_TOPIC.slug]);
  return assigned;
}
