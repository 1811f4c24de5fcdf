/**
 * From dated dump entries to the paper collection: one paper per arXiv id, or per (normalized
 * title, date) for entries without one, merged across dumps, each with a permanent slug, and how
 * its file's text compares with the one on disk — so the ingest only has to write what differs.
 */
import type { PaperData, PaperDetails, PaperSource } from '../../content.config.ts';
import type { Capture, DatedEntry } from './dump-dates.ts';
import { parseIsoDate, toIsoDate } from '../common/dates.ts';
import { abstractToMarkdown } from './markdown-body.ts';
import { readPaperIdentity } from './paper-file.ts';
import { assignSlugs } from './slug.ts';
import { capTopics, paperTopics, type CompiledTaxonomy, type PaperTopics } from '../topics/scoring.ts';
import { titleKey } from '../common/text.ts';

export interface DumpEntries<Entry = DatedEntry> {
  /** The dump's path as recorded in `sources`. */
  file: string;
  /** Whether its entries are lines of text or items of a JSON array: how `sources` name them. */
  format: 'text' | 'json';
  capture: Capture;
  entries: Entry[];
}

/** A paper's identity without an arXiv id: the same normalized title on the same day is the same paper. */
export function paperKey(title: string, date: string): string {
  return `${date} ${titleKey(title)}`;
}

/** A paper's identity with one: the id, whatever its title (the listing may edit it). */
function arxivKey(id: string): string {
  return `arxiv:${id}`;
}

/** The identity of the paper an entry (or a paper file) is of. */
export function identityKey({
  title,
  date,
  arxiv,
}: {
  title: string;
  date: string;
  arxiv?: string | undefined;
}): string {
  return arxiv === undefined ? paperKey(title, date) : arxivKey(arxiv);
}

/** A source's place in its dump: its line or item number. */
function place(source: PaperSource): number {
  return 'line' in source ? source.line : source.item;
}

function compareSources(a: PaperSource, b: PaperSource): number {
  if (a.captured !== b.captured) return a.captured < b.captured ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return place(a) - place(b);
}

/** What merging needs of an entry: its facts, its paper's key and its qualifying topics. */
export type EntryFacts = Pick<
  DatedEntry,
  'title' | 'date' | 'authors' | 'upvotes' | 'line' | 'captured' | 'details'
> & {
  key: string;
  topics: PaperTopics;
};

/**
 * An entry with what its paper needs from it alone: its key, its qualifying topics (before the
 * collection-wide share cap) and its body. Entries are prepared dump by dump, in any thread.
 */
export type PreparedEntry = DatedEntry & EntryFacts & { body: string };

/** An entry's facts alone, without its text: what a thread hands the main thread. */
export function entryFacts({
  title,
  date,
  authors,
  upvotes,
  line,
  captured,
  details,
  key,
  topics,
}: EntryFacts): EntryFacts {
  return { title, date, authors, upvotes, line, captured, details, key, topics };
}

/** `known`: topics scored before, by the entry's title line (the most costly part of preparing an entry). */
export function prepareEntries(
  entries: readonly DatedEntry[],
  taxonomy: CompiledTaxonomy,
  known?: ReadonlyMap<number, PaperTopics>,
): PreparedEntry[] {
  return entries.map((entry) => ({
    ...entry,
    key: identityKey({ title: entry.title, date: entry.date, arxiv: entry.details?.arxiv }),
    topics:
      known?.get(entry.line) ??
      paperTopics(taxonomy, { title: entry.title, abstract: entry.abstract, keywords: entry.details?.keywords }),
    body: abstractToMarkdown(entry.abstract),
  }));
}

/** A paper as merging leaves it: its front matter, and the entry its text comes from. */
export interface MergedPaper<Entry> {
  key: string;
  /** Other keys its file may have been written under: the title-and-date keys of its sightings (see layoutCollection). */
  aliases: string[];
  /** The keys of the sightings joined to it by title (joinByTitle): its slug is theirs too, should they part again. */
  joined: string[];
  data: PaperData;
  newest: Entry;
}

interface Sighting<Entry> {
  entry: Entry;
  source: PaperSource;
}

const DAY = 86_400_000;

/** Days between two ISO dates. */
function daysApart(a: string, b: string): number {
  const [x, y] = [parseIsoDate(a), parseIsoDate(b)];
  if (!x || !y) return Infinity;
  return Math.abs(Date.UTC(x.year, x.month - 1, x.day) - Date.UTC(y.year, y.month - 1, y.day)) / DAY;
}

/**
 * Folds the sightings of a paper without an arXiv id into the paper with one that has the same
 * normalized title at most a day apart: a text dump prints the day in the listing's time zone,
 * a JSON dump gives the instant.
 */
function joinByTitle<Entry extends EntryFacts>(groups: Map<string, Sighting<Entry>[]>): void {
  const withId = new Map<string, { key: string; dates: string[] }[]>();
  for (const [key, list] of groups) {
    if (!key.startsWith('arxiv:')) continue;
    for (const { entry } of list) {
      const title = titleKey(entry.title);
      const known = withId.get(title) ?? [];
      const paper = known.find((candidate) => candidate.key === key);
      if (paper) paper.dates.push(entry.date);
      else known.push({ key, dates: [entry.date] });
      withId.set(title, known);
    }
  }
  for (const [key, list] of [...groups]) {
    if (key.startsWith('arxiv:')) continue;
    const first = list[0] as Sighting<Entry>;
    const target = withId
      .get(titleKey(first.entry.title))
      ?.filter(({ dates }) => dates.some((date) => daysApart(date, first.entry.date) <= 1))
      .sort((a, b) => (a.key < b.key ? -1 : 1))[0];
    if (target === undefined) continue;
    groups.get(target.key)?.push(...list);
    groups.delete(key);
  }
}

/** The title-and-date keys an earlier file of the paper may have: a day either side, for the listing's time zone. */
function titleAliases(key: string, sightings: readonly Sighting<EntryFacts>[]): string[] {
  const aliases = new Set<string>();
  for (const { entry } of sightings) {
    const day = parseIsoDate(entry.date);
    if (!day) continue;
    const noon = Date.UTC(day.year, day.month - 1, day.day, 12);
    for (const shift of [0, -1, 1])
      aliases.add(paperKey(entry.title, new Date(noon + shift * DAY).toISOString().slice(0, 10)));
  }
  aliases.delete(key);
  return [...aliases];
}

/**
 * Merges every sighting of a paper: the newest capture's title, abstract, author count and
 * topics (the listing may have corrected them), the highest upvote count, each detail of JSON
 * dumps (arXiv id, authors' names, repository…) as the newest that gives it, and all sources.
 * Then caps the topics' shares, which depend on the whole collection (see capTopics). By key.
 */
export function mergeEntries<Entry extends EntryFacts>(dumps: readonly DumpEntries<Entry>[]): MergedPaper<Entry>[] {
  const sightings = new Map<string, Sighting<Entry>[]>();
  for (const dump of dumps) {
    const dumpCaptured = toIsoDate(dump.capture.day);
    for (const entry of dump.entries) {
      const captured = entry.captured ?? dumpCaptured;
      const source: PaperSource =
        dump.format === 'json'
          ? { file: dump.file, item: entry.line, captured }
          : { file: dump.file, line: entry.line, captured };
      const list = sightings.get(entry.key);
      if (list) list.push({ entry, source });
      else sightings.set(entry.key, [{ entry, source }]);
    }
  }
  joinByTitle(sightings);
  const papers: MergedPaper<Entry>[] = [];
  for (const [key, list] of sightings) {
    list.sort((a, b) => compareSources(a.source, b.source));
    const newest = (list[list.length - 1] as Sighting<Entry>).entry;
    // Field by field, the newest sighting that has one: an item without an arXiv id or a
    // repository does not take those from the paper.
    const details = Object.assign({}, ...list.map(({ entry }) => entry.details ?? {})) as PaperDetails;
    const upvotes = Math.max(...list.map(({ entry }) => entry.upvotes));
    papers.push({
      key,
      aliases: key.startsWith('arxiv:') ? titleAliases(key, list) : [],
      joined: [...new Set(list.map(({ entry }) => entry.key))].filter((known) => known !== key),
      newest,
      data: {
        title: newest.title,
        date: newest.date,
        authors: newest.authors,
        upvotes,
        ...details,
        area: newest.topics.area,
        topics: [],
        sources: list.map(({ source }) => source),
      },
    });
  }
  papers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const topics = capTopics(papers.map(({ key, newest }) => ({ key, ...newest.topics })));
  for (const paper of papers) paper.data.topics = topics.get(paper.key) ?? [];
  return papers;
}

export type FileStatus = 'new' | 'updated' | 'unchanged';

/** Where the papers go: what laying out the collection decides before any file is rendered. */
export interface CollectionLayout {
  /** Each paper's slug, by key. */
  slugs: Map<string, string>;
  /** Slugs of existing paper files whose paper no dump has any more. */
  removed: string[];
  /** Names of .md files in the folder that are not paper files: left alone, never overwritten. */
  ignored: string[];
  /**
   * Slugs of files whose front matter names no paper (damaged by hand) that the registry gives
   * to a paper still listed: that paper's files, written again under their slugs.
   */
  repaired: string[];
}

/** The key of a paper file's paper, if the file is one of ours and readable (see layoutCollection for one that is not). */
export function paperFileKey(text: string): string | undefined {
  try {
    const { title, date, arxiv } = readPaperIdentity(text);
    if (typeof title !== 'string' || typeof date !== 'string') return undefined;
    return identityKey({ title, date, arxiv: typeof arxiv === 'string' ? arxiv : undefined });
  } catch {
    return undefined;
  }
}

/** A paper as laying out the collection sees it (see MergedPaper). */
interface PaperToLay {
  key: string;
  aliases?: readonly string[];
  joined?: readonly string[];
  data: PaperData;
}

/**
 * How strongly a paper claims a slug through one of its keys, strongest first ([own, age], to
 * compare in order); undefined for not at all. The paper's own keys before its title aliases,
 * then the slug's newer keys before its older ones (the paper that holds it now before those
 * that had it, the latest first); an arXiv paper never takes one that another arXiv paper had.
 */
function claimRank({ key, joined = [] }: PaperToLay, through: string, keys: readonly string[]): number[] | undefined {
  if (key.startsWith('arxiv:') && keys.some((known) => known.startsWith('arxiv:') && known !== key)) return undefined;
  const own = through === key || joined.includes(through);
  return [own ? 0 : 1, keys.length - 1 - keys.lastIndexOf(through)];
}

const byRank = (a: { rank: number[] }, b: { rank: number[] }) =>
  (a.rank[0] as number) - (b.rank[0] as number) || (a.rank[1] as number) - (b.rank[1] as number);

/**
 * The slug of every paper. `existing` maps each slug already on disk to its paper's key
 * (paperFileKey), `given` each slug of the registry to its paper's keys, newest last
 * (slug-registry.ts); those slugs are kept for their papers (permalinks are forever). A file
 * whose front matter names no paper (undefined) at a slug the registry gives is that paper's
 * file, damaged by hand: written again under its slug (`repaired`), or removed with its paper,
 * never left beside a second copy under another slug. Other files that are not paper files (a
 * README, a hand-written note) are never removed or overwritten.
 */
export function layoutCollection(
  papers: readonly PaperToLay[],
  existing: ReadonlyMap<string, string | undefined>,
  given: ReadonlyMap<string, readonly string[]> = new Map(),
): CollectionLayout {
  // Each slug's keys, newest last: the registry's, then its file's (what a run left, or a
  // collection older than the registry).
  const keysOf = new Map(given);
  const ignored: string[] = [];
  const damaged: string[] = [];
  for (const [slug, key] of existing) {
    // A damaged file's slug keeps the registry's keys: its paper claims it as if the file were whole.
    if (key === undefined) (given.has(slug) ? damaged : ignored).push(slug);
    else keysOf.set(slug, [...(keysOf.get(slug) ?? []).filter((known) => known !== key), key]);
  }
  const slugsOf = new Map<string, string[]>();
  for (const [slug, keys] of keysOf) for (const key of keys) slugsOf.set(key, [...(slugsOf.get(key) ?? []), slug]);
  // A paper first written without its arXiv id keeps the slug its title and date gave it, and
  // the other way round; the strongest claims first, each paper and each slug taken once.
  const claims = papers.flatMap((paper) =>
    [...new Set([paper.key, ...(paper.joined ?? []), ...(paper.aliases ?? [])])].flatMap((through) =>
      (slugsOf.get(through) ?? []).flatMap((slug) => {
        const rank = claimRank(paper, through, keysOf.get(slug) ?? []);
        return rank === undefined ? [] : [{ key: paper.key, slug, rank }];
      }),
    ),
  );
  const registry = new Map<string, string>();
  const kept = new Set<string>();
  for (const { key, slug } of claims.sort(byRank)) {
    if (registry.has(key) || kept.has(slug)) continue;
    registry.set(key, slug);
    kept.add(slug);
  }
  // A slug once given never goes to another paper, even once its own paper is gone (on disk
  // still, being removed by this run, or only in the registry).
  const reserved = new Set([...ignored, ...[...existing.keys(), ...given.keys()].filter((slug) => !kept.has(slug))]);
  const slugs = assignSlugs(
    papers.map(({ key, data }) => ({ key, title: data.title, date: data.date })),
    registry,
    reserved,
  );
  const assigned = new Set(slugs.values());
  const foreign = new Set(ignored);
  const removed = [...existing.keys()].filter((slug) => !assigned.has(slug) && !foreign.has(slug)).sort();
  const repaired = damaged.filter((slug) => assigned.has(slug)).sort();
  return { slugs, removed, ignored: ignored.sort(), repaired };
}

/** How a file's new text (or its hash) differs from that of the file on disk (`before`), if there is one. */
export function fileStatus(current: string, before: string | undefined): FileStatus {
  return before === undefined ? 'new' : before === current ? 'unchanged' : 'updated';
}
