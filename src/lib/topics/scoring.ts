/**
 * Topic and area assignment: every paper gets the 1–3 research topics whose phrases its title and
 * abstract match best (content/topics.yaml), or `other`, and one research area, decided from the
 * whole paper: its topics' evidence and the area's own phrases. Hugging Face's keywords, when a
 * dump brings them, add to evidence the text already gives. Deterministic: the same text and
 * taxonomy always give the same topics and area.
 */
import type { Area, PhraseRule, Taxonomy, Topic } from '../../content.config.ts';
import { WordTable } from './word-table.ts';
import { isAcronym, stem, tokenize } from './words.ts';

/** The topic of papers that match nothing. */
export const OTHER_TOPIC = {
  slug: 'other',
  name: 'Other',
  description: 'Papers that fit none of the topics.',
} as const;

/** The area of papers that fit none. */
export const OTHER_AREA = {
  slug: 'other',
  name: 'Other',
  description: 'Papers that fit none of the research areas.',
} as const;

/**
 * The topics a paper can name, by slug: the taxonomy's, and `other`. Pages and the search index
 * name a paper's topics from it (a slug the taxonomy lost since the ingest is not named).
 */
export function topicsWithOther(taxonomy: Iterable<readonly [string, Topic]>): Map<string, Topic> {
  return new Map([
    ...taxonomy,
    [
      OTHER_TOPIC.slug,
      { name: OTHER_TOPIC.name, description: OTHER_TOPIC.description, area: OTHER_AREA.slug, phrases: {} },
    ],
  ]);
}

/** The areas a paper can name, by slug: the taxonomy's, and `other`. */
export function areasWithOther(areas: Iterable<readonly [string, Area]>): Map<string, Area> {
  return new Map([
    ...areas,
    [OTHER_AREA.slug, { name: OTHER_AREA.name, description: OTHER_AREA.description, phrases: {} }],
  ]);
}

/** The scoring rules, as data. */
export const SCORING = {
  /** A phrase in the title counts this many times one in the abstract. */
  titleFactor: 3,
  /** Abstract matches count 1, then +0.5 each, up to this many matches. */
  abstractMatchesCounted: 3,
  /** A phrase among Hugging Face's keywords counts this many times one abstract match, and only for a topic or area the text gives evidence of. */
  keywordFactor: 1,
  /** An area needs at least this score: its own phrases', its topics' and its joined areas' together, before its weight. */
  areaThreshold: 4,
  /** A topic needs at least this score… */
  threshold: 4,
  /** …and at least this share of the paper's best score. */
  relativeToBest: 0.4,
  /** …or this share, for a topic outside the paper's area (a vision paper that prompts a model is no LLM paper). */
  relativeToBestOutsideArea: 0.5,
  /**
   * An area keeps its substrate phrases when another area leads without them only if its other
   * evidence is at least this share of the leader's: an LLM paper on reasoning and RL stays one.
   */
  substrateShare: 0.5,
  maxTopicsPerPaper: 3,
  /** No topic may hold a larger share of the papers (a paper's last topic is never taken)… */
  maxShareOfPapers: 0.4,
  /** …in a collection of at least this many papers (in a handful, shares mean nothing). */
  capFromPapers: 20,
} as const;

/** What a phrase is evidence of: a topic, an area, or (a context phrase) only of its own presence. */
type GroupKind = 'topic' | 'area' | 'context';

interface Group {
  slug: string;
  kind: GroupKind;
}

/** An ambiguous phrase's context: it counts only with one of `with` in the paper, and none of `unless`. */
interface PhraseContext {
  with: readonly string[];
  unless: readonly string[];
}

interface CompiledPhrase {
  phrase: string;
  weight: number;
  acronym: boolean;
  /** Ids of its words: raw words (in rawIds) for acronyms, stems (in stemIds) otherwise. */
  ids: number[];
  /** The index of its topic, area or context phrase in `groups`. */
  group: number;
  /**
   * Where its matches are counted (an index into `counted`): its group's first phrase of the same
   * text — a phrase listed both as positive and as negative matches where the positive does,
   * and is always hidden by it.
   */
  counter: number;
  context: PhraseContext | undefined;
  /** The area whose substrate it is (see scoreEvidence), if any. */
  substrate: string | undefined;
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

/** Where a phrase matched: the title, the abstract, Hugging Face's keywords. */
const FIELDS = 3;
type Field = 0 | 1 | 2;

export interface CompiledTaxonomy {
  /** Topics, then areas, then context phrases: each a scope of its own for phrase matching. */
  groups: Group[];
  /** Each topic's area. */
  areaOf: Map<string, string>;
  /** The areas each area joins. */
  joins: Map<string, readonly string[]>;
  /** What each area's score is multiplied by. */
  areaWeights: Map<string, number>;
  /** The areas with substrate phrases. */
  substrateAreas: Set<string>;
  /** The stems of the words of the stemmed phrases, and the words of the acronyms, as ids. */
  stemIds: Map<string, number>;
  rawIds: Map<string, number>;
  /** Phrases by their first word (raw for acronyms, stem otherwise). */
  byFirstStem: Map<string, CompiledPhrase[]>;
  byFirstRaw: Map<string, CompiledPhrase[]>;
  /** The phrase each counter stands for. */
  counted: CompiledPhrase[];
  /** Scratch for scoreEvidence: each counter's matches per field, all 0 between papers. */
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
  const byRaw = [
    ...(compiled.byFirstRaw.get(word) ?? NO_PHRASES),
    ...((singular === undefined
      ? undefined
      : compiled.byFirstRaw.get(singular)?.filter(({ ids }) => ids.length === 1)) ?? NO_PHRASES),
  ];
  return {
    stem: compiled.stemIds.get(stemmed) ?? -1,
    raw: compiled.rawIds.get(word) ?? -1,
    plural: singular === undefined ? -1 : (compiled.rawIds.get(singular) ?? -1),
    starts: [...byStem, ...byRaw].sort((a, b) => b.ids.length - a.ids.length),
  };
}

function contextOf(rule: PhraseRule): PhraseContext | undefined {
  return typeof rule === 'number' ? undefined : { with: rule.with ?? [], unless: rule.unless ?? [] };
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const substrates = new Map(
    Object.entries(taxonomy.areas).flatMap(([slug, { substrate }]) => (substrate ? [[slug, new Set(substrate)]] : [])),
  );
  const compiled: CompiledTaxonomy = {
    groups: [],
    areaOf: new Map(Object.entries(taxonomy.topics).map(([slug, { area }]) => [slug, area])),
    joins: new Map(Object.entries(taxonomy.areas).flatMap(([slug, { joins }]) => (joins ? [[slug, joins]] : []))),
    areaWeights: new Map(Object.entries(taxonomy.areas).map(([slug, { weight = 1 }]) => [slug, weight])),
    substrateAreas: new Set(substrates.keys()),
    stemIds: new Map(),
    rawIds: new Map(),
    byFirstStem: new Map(),
    byFirstRaw: new Map(),
    counted: [],
    counts: new Int32Array(0),
    words: new WordTable((word) => describeWord(compiled, word)),
  };
  const addGroup = (slug: string, kind: GroupKind, rules: [string, number, PhraseContext | undefined][]) => {
    const group = compiled.groups.push({ slug, kind }) - 1;
    const area = kind === 'topic' ? compiled.areaOf.get(slug) : kind === 'area' ? slug : undefined;
    const substrate = area === undefined ? undefined : substrates.get(area);
    const counters = new Map<string, number>();
    for (const [phrase, weight, context] of rules) {
      const acronym = isAcronym(phrase);
      const tokens = tokenize(phrase);
      const words = acronym ? tokens.raw : tokens.stems;
      if (words.length === 0) continue;
      const ids = words.map((word) => idOf(acronym ? compiled.rawIds : compiled.stemIds, word));
      const entry = {
        phrase,
        weight,
        acronym,
        ids,
        group,
        counter: counters.get(phrase) ?? compiled.counted.length,
        context,
        substrate: substrate?.has(phrase) ? area : undefined,
      };
      if (entry.counter === compiled.counted.length) compiled.counted.push(entry);
      counters.set(phrase, entry.counter);
      addTo(acronym ? compiled.byFirstRaw : compiled.byFirstStem, words[0] as string, entry);
    }
  };
  const contextPhrases = new Set<string>();
  const addLabel = (slug: string, kind: 'topic' | 'area', { phrases, negative }: Area) => {
    const rules = Object.entries(phrases).map(([phrase, rule]) => {
      const context = contextOf(rule);
      for (const needed of [...(context?.with ?? []), ...(context?.unless ?? [])]) contextPhrases.add(needed);
      return [phrase, typeof rule === 'number' ? rule : rule.weight, context] as [
        string,
        number,
        PhraseContext | undefined,
      ];
    });
    for (const [phrase, weight] of Object.entries(negative ?? {})) rules.push([phrase, -weight, undefined]);
    addGroup(slug, kind, rules);
  };
  for (const [slug, topic] of Object.entries(taxonomy.topics)) addLabel(slug, 'topic', topic);
  for (const [slug, area] of Object.entries(taxonomy.areas)) addLabel(slug, 'area', area);
  // A context phrase is a scope of its own: no topic's longer phrase hides it.
  for (const phrase of contextPhrases) addGroup(phrase, 'context', [[phrase, 0, undefined]]);
  compiled.counts = new Int32Array(compiled.counted.length * FIELDS);
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
 * Counts each phrase's matches in the text (`counts[counter * FIELDS + field]`), adding the
 * counters it is the first to touch to `touched`. Within one group a longer phrase hides the
 * shorter ones inside it: "graph neural network" counts once, not again as "graph"; a negative
 * "generative adversarial network" hides "adversarial". Matches come by start, the longest first
 * at each start (`starts` is in that order), so a hidden match is one that ends within its
 * group's reach.
 */
function countMatches(compiled: CompiledTaxonomy, text: string, field: Field, touched: number[]): void {
  const { counts } = compiled;
  const words = compiled.words.scan(text);
  const infos = compiled.words.infos;
  const reach = new Int32Array(compiled.groups.length);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of (infos[words[i] as number] as WordInfo).starts) {
      const end = i + phrase.ids.length;
      if (end <= (reach[phrase.group] as number) || !matchesAt(phrase, infos, words, i)) continue;
      reach[phrase.group] = end;
      const at = phrase.counter * FIELDS;
      if ((counts[at] as number) + (counts[at + 1] as number) + (counts[at + 2] as number) === 0)
        touched.push(phrase.counter);
      (counts[at + field] as number)++;
    }
  }
}

export interface PhraseScore {
  phrase: string;
  inTitle: number;
  inAbstract: number;
  /** Keywords naming it. */
  inKeywords: number;
  points: number;
  /** Why an ambiguous phrase did not count: the context it lacked or had. */
  unmet?: string;
}

export interface TopicScore {
  topic: string;
  score: number;
  phrases: PhraseScore[];
}

export interface AreaScore {
  area: string;
  score: number;
  /** Its own phrases. */
  phrases: PhraseScore[];
  /** Its topics that scored, with their scores. */
  topics: { topic: string; score: number }[];
  /** What the areas it joins gave it (see addJoinedEvidence). */
  joined?: number;
  /** What its score was multiplied by (the taxonomy's `weight`). */
  weight: number;
}

/** A paper's evidence: every topic and area that scored, best first (ties by slug). */
export interface Evidence {
  topics: TopicScore[];
  areas: AreaScore[];
}

export interface PaperText {
  title: string;
  abstract: string;
  /** Hugging Face's keywords, when a JSON dump gave them. */
  keywords?: readonly string[] | undefined;
}

function abstractFactor(count: number): number {
  return count === 0 ? 0 : 1 + 0.5 * (Math.min(count, SCORING.abstractMatchesCounted) - 1);
}

const byPoints = (a: PhraseScore, b: PhraseScore) =>
  Math.abs(b.points) - Math.abs(a.points) || (a.phrase < b.phrase ? -1 : 1);
const byScore =
  <T extends { score: number }>(slugOf: (item: T) => string) =>
  (a: T, b: T) =>
    b.score - a.score || (slugOf(a) < slugOf(b) ? -1 : 1);

/** Why a phrase's context keeps it from counting, or undefined when it counts. */
function unmetContext(context: PhraseContext | undefined, present: ReadonlySet<string>): string | undefined {
  if (context === undefined) return undefined;
  const against = context.unless.find((phrase) => present.has(phrase));
  if (against !== undefined) return `not with ${JSON.stringify(against)}`;
  if (context.with.length > 0 && !context.with.some((phrase) => present.has(phrase)))
    return `needs one of ${context.with.map((phrase) => JSON.stringify(phrase)).join(', ')}`;
  return undefined;
}

/**
 * A group's score: its phrases' points from the text, and its keyword points only when the text
 * gives it evidence (keywords are never the only evidence).
 */
function groupScore(phrases: PhraseScore[], keywordPoints: number[]): number {
  const fromText = phrases.reduce((sum, { points }) => sum + points, 0);
  if (fromText <= 0) return fromText;
  phrases.forEach((phrase, i) => (phrase.points += keywordPoints[i] as number));
  return fromText + keywordPoints.reduce((sum, points) => sum + points, 0);
}

/**
 * An area that joins others (multimodal joins vision, language and audio) also scores the
 * evidence of every joined area but the strongest, when it has evidence of its own: a paper split
 * between modalities is about their meeting, one mostly about images with a caption or two is not.
 */
function addJoinedEvidence(
  compiled: CompiledTaxonomy,
  areas: Map<string, AreaScore>,
  base: ReadonlyMap<string, number>,
): void {
  for (const [slug, joined] of compiled.joins) {
    const scores = joined.map((area) => Math.max(0, base.get(area) ?? 0)).sort((a, b) => b - a);
    const points = scores.slice(1).reduce((sum, score) => sum + score, 0);
    const area = areas.get(slug);
    // As keywords: never the only evidence.
    if (points <= 0 || area === undefined || area.score <= 0) continue;
    area.joined = points;
    area.score += points;
  }
}

interface Match {
  scored: PhraseScore;
  keywordPoints: number;
  substrate: string | undefined;
}

const NO_AREAS: ReadonlySet<string> = new Set();

/**
 * Each topic's and area's score for a paper, with the phrases that made it. An area's substrate
 * phrases (a language model) count only when, without them, no other area leads the paper, or the
 * area's other evidence is at least `substrateShare` of the leader's: an LLM for molecules is a
 * science paper and no LLM paper; an LLM reasoning paper trained with RL stays a language paper.
 */
export function scoreEvidence(compiled: CompiledTaxonomy, { title, abstract, keywords = [] }: PaperText): Evidence {
  const { counts, groups } = compiled;
  const touched: number[] = [];
  countMatches(compiled, title, 0, touched);
  countMatches(compiled, abstract, 1, touched);
  // One keyword at a time: no phrase spans two keywords.
  for (const keyword of keywords) countMatches(compiled, keyword, 2, touched);

  // The context the title and abstract give: keywords are never the only evidence.
  const present = new Set<string>();
  for (const counter of touched) {
    const { group, phrase } = compiled.counted[counter] as CompiledPhrase;
    const inText = (counts[counter * FIELDS] as number) + (counts[counter * FIELDS + 1] as number) > 0;
    if ((groups[group] as Group).kind === 'context' && inText) present.add(phrase);
  }
  const byGroup = new Map<number, Match[]>();
  for (const counter of touched) {
    const { group, phrase, weight, context, substrate } = compiled.counted[counter] as CompiledPhrase;
    const at = counter * FIELDS;
    const [inTitle, inAbstract, inKeywords] = [counts[at], counts[at + 1], counts[at + 2]] as [number, number, number];
    counts[at] = counts[at + 1] = counts[at + 2] = 0;
    if ((groups[group] as Group).kind === 'context') continue;
    const unmet = unmetContext(context, present);
    const matched = { phrase, inTitle, inAbstract, inKeywords };
    const scored: PhraseScore =
      unmet === undefined
        ? { ...matched, points: weight * ((inTitle > 0 ? SCORING.titleFactor : 0) + abstractFactor(inAbstract)) }
        : { ...matched, points: 0, unmet };
    const keywordPoints = unmet === undefined && inKeywords > 0 ? weight * SCORING.keywordFactor : 0;
    const list = byGroup.get(group);
    if (list) list.push({ scored, keywordPoints, substrate });
    else byGroup.set(group, [{ scored, keywordPoints, substrate }]);
  }
  const full = weighEvidence(compiled, byGroup, NO_AREAS);
  // Without a substrate phrase among the matches, dropping substrates changes nothing.
  const matchesSubstrate = [...byGroup.values()].some((matches) =>
    matches.some(({ substrate }) => substrate !== undefined),
  );
  if (!matchesSubstrate) return full.evidence;
  const domain = weighEvidence(compiled, byGroup, compiled.substrateAreas, full.involved).evidence.areas;
  const own = primaryArea(domain);
  if (own === OTHER_AREA.slug) return full.evidence;
  const needed = (domain[0]?.score ?? 0) * SCORING.substrateShare;
  const dropped = new Set(
    [...compiled.substrateAreas].filter(
      (area) => area !== own && (domain.find((score) => score.area === area)?.score ?? 0) < needed,
    ),
  );
  return dropped.size === 0 ? full.evidence : weighEvidence(compiled, byGroup, dropped, full.involved).evidence;
}

/**
 * Topic and area scores from a paper's matches, without the substrate phrases of the `dropped`
 * areas; and how involved each area is (its score before joins and weights). A joining area scores
 * the areas it joins by how involved they are, substrate and all: a multimodal LLM is multimodal.
 */
function weighEvidence(
  compiled: CompiledTaxonomy,
  byGroup: ReadonlyMap<number, readonly Match[]>,
  dropped: ReadonlySet<string>,
  involvement?: ReadonlyMap<string, number>,
): { evidence: Evidence; involved: ReadonlyMap<string, number> } {
  const topics: TopicScore[] = [];
  const areas = new Map<string, AreaScore>();
  const areaNamed = (area: string) => {
    let score = areas.get(area);
    if (score === undefined) areas.set(area, (score = { area, score: 0, phrases: [], topics: [], weight: 1 }));
    return score;
  };
  for (const [group, matches] of byGroup) {
    const { slug, kind } = compiled.groups[group] as Group;
    const kept = matches.map(({ scored, keywordPoints, substrate }) =>
      substrate !== undefined && dropped.has(substrate) && scored.unmet === undefined
        ? {
            scored: { ...scored, points: 0, unmet: 'substrate, and another area has evidence of its own' },
            keywordPoints: 0,
          }
        : { scored: { ...scored }, keywordPoints },
    );
    const phrases = kept.map(({ scored }) => scored);
    const score = groupScore(
      phrases,
      kept.map(({ keywordPoints }) => keywordPoints),
    );
    phrases.sort(byPoints);
    if (kind === 'topic') topics.push({ topic: slug, score, phrases });
    else Object.assign(areaNamed(slug), { phrases }).score += score;
  }
  for (const { topic, score } of topics) {
    if (score <= 0) continue;
    const area = areaNamed(compiled.areaOf.get(topic) as string);
    area.topics.push({ topic, score });
    area.score += score;
  }
  for (const area of areas.values()) area.topics.sort(byScore(({ topic }) => topic));
  const involved = new Map([...areas].map(([slug, { score }]) => [slug, score]));
  addJoinedEvidence(compiled, areas, involvement ?? involved);
  for (const area of areas.values()) {
    area.weight = compiled.areaWeights.get(area.area) ?? 1;
    area.score *= area.weight;
  }
  return {
    evidence: {
      topics: topics.sort(byScore(({ topic }) => topic)),
      areas: [...areas.values()].sort(byScore(({ area }) => area)),
    },
    involved,
  };
}

/** Each topic's score for a paper, best first (ties by slug), with the phrases that made it. */
export function scorePaper(compiled: CompiledTaxonomy, paper: PaperText): TopicScore[] {
  return scoreEvidence(compiled, paper).topics;
}

/** The share of the best score a topic needs: more outside the paper's area. */
export function shareOfBestNeeded(outsideArea: boolean): number {
  return outsideArea ? SCORING.relativeToBestOutsideArea : SCORING.relativeToBest;
}

/** The topics a paper's scores qualify for, best first: over the threshold, near the best. */
export function qualifyingTopics(
  scores: readonly TopicScore[],
  outsideArea: (topic: string) => boolean = () => false,
): TopicScore[] {
  const best = scores[0]?.score ?? 0;
  return scores
    .filter(({ topic, score }) => score >= SCORING.threshold && score >= best * shareOfBestNeeded(outsideArea(topic)))
    .slice(0, SCORING.maxTopicsPerPaper);
}

/** A paper's area: the best-scoring one over the threshold, or `other`. */
export function primaryArea(areas: readonly AreaScore[]): string {
  const best = areas[0];
  return best !== undefined && areaEvidence(best) >= SCORING.areaThreshold ? best.area : OTHER_AREA.slug;
}

/** An area's score before its weight: what the threshold asks of (a weight ranks areas, it does not unplace a paper). */
export function areaEvidence({ score, weight }: AreaScore): number {
  return weight === 1 ? score : score / weight;
}

/** A paper's qualifying topics, best first, and their scores; and its area. */
export interface PaperTopics {
  topics: string[];
  scores: number[];
  area: string;
}

export function paperTopics(compiled: CompiledTaxonomy, paper: PaperText): PaperTopics {
  const evidence = scoreEvidence(compiled, paper);
  const area = primaryArea(evidence.areas);
  const topics = qualifyingTopics(evidence.topics, (topic) => compiled.areaOf.get(topic) !== area);
  return { topics: topics.map(({ topic }) => topic), scores: topics.map(({ score }) => score), area };
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
