/**
 * From dated dump entries to the paper collection: one paper per (normalized title, date),
 * merged across dumps, each with a permanent slug, and how its file's text compares with the
 * one on disk — so the ingest only has to write what differs.
 */
import type { PaperData, PaperSource } from '../../content.config.ts';
import type { Capture, DatedEntry } from './dump-dates.ts';
import { toIsoDate } from '../common/dates.ts';
import { abstractToMarkdown } from './markdown-body.ts';
import { readTitleAndDate } from './paper-file.ts';
import { assignSlugs } from './slug.ts';
import { capTopics, paperTopics, type CompiledTaxonomy, type PaperTopics } from '../topics/scoring.ts';
import { titleKey } from '../common/text.ts';

export interface DumpEntries<Entry = DatedEntry> {
  /** The dump's path as recorded in `sources`. */
  file: string;
  capture: Capture;
  entries: Entry[];
}

/** A paper's identity: the same normalized title on the same day is the same paper. */
export function paperKey(title: string, date: string): string {
  return `${date} ${titleKey(title)}`;
}

function compareSources(a: PaperSource, b: PaperSource): number {
  if (a.captured !== b.captured) return a.captured < b.captured ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/** What merging needs of an entry: its facts, its paper's key and its qualifying topics. */
export type EntryFacts = Pick<DatedEntry, 'title' | 'date' | 'authors' | 'upvotes' | 'line'> & {
  key: string;
  topics: PaperTopics;
};

/**
 * An entry with what its paper needs from it alone: its key, its qualifying topics (before the
 * collection-wide share cap) and its body. Entries are prepared dump by dump, in any thread.
 */
export type PreparedEntry = DatedEntry & EntryFacts & { body: string };

/** An entry's facts alone, without its text: what a thread hands the main thread. */
export function entryFacts({ title, date, authors, upvotes, line, key, topics }: EntryFacts): EntryFacts {
  return { title, date, authors, upvotes, line, key, topics };
}

/** `known`: topics scored before, by the entry's title line (the most costly part of preparing an entry). */
export function prepareEntries(
  entries: readonly DatedEntry[],
  taxonomy: CompiledTaxonomy,
  known?: ReadonlyMap<number, PaperTopics>,
): PreparedEntry[] {
  return entries.map((entry) => ({
    ...entry,
    key: paperKey(entry.title, entry.date),
    topics: known?.get(entry.line) ?? paperTopics(taxonomy, entry.title, entry.abstract),
    body: abstractToMarkdown(entry.abstract),
  }));
}

/** A paper as merging leaves it: its front matter, and the entry its text comes from. */
export interface MergedPaper<Entry> {
  key: string;
  data: PaperData;
  newest: Entry;
}

interface Sighting<Entry> {
  entry: Entry;
  source: PaperSource;
}

/**
 * Merges every sighting of a paper: the newest capture's title, abstract, author count and
 * topics (the listing may have corrected them), the highest upvote count, and all sources. Then
 * caps the topics' shares, which depend on the whole collection (see capTopics). By key.
 */
export function mergeEntries<Entry extends EntryFacts>(dumps: readonly DumpEntries<Entry>[]): MergedPaper<Entry>[] {
  const sightings = new Map<string, Sighting<Entry>[]>();
  for (const dump of dumps) {
    const captured = toIsoDate(dump.capture.day);
    for (const entry of dump.entries) {
      const sighting = { entry, source: { file: dump.file, line: entry.line, captured } };
      const list = sightings.get(entry.key);
      if (list) list.push(sighting);
      else sightings.set(entry.key, [sighting]);
    }
  }
  const papers: MergedPaper<Entry>[] = [];
  for (const [key, list] of sightings) {
    list.sort((a, b) => compareSources(a.source, b.source));
    const newest = (list[list.length - 1] as Sighting<Entry>).entry;
    const upvotes = Math.max(...list.map(({ entry }) => entry.upvotes));
    papers.push({
      key,
      newest,
      data: {
        title: newest.title,
        date: newest.date,
        authors: newest.authors,
        upvotes,
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
}

/** The key of a paper file's paper, if the file is one of ours and readable. */
export function paperFileKey(text: string): string | undefined {
  try {
    const { title, date } = readTitleAndDate(text);
    return typeof title === 'string' && typeof date === 'string' ? paperKey(title, date) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The slug of every paper. `existing` maps each slug already on disk to its paper's key
 * (paperFileKey); those slugs are kept for their papers (permalinks are forever). Files that are
 * not paper files (undefined: a README, a hand-written note) are never removed or overwritten.
 */
export function layoutCollection(
  papers: readonly { key: string; data: PaperData }[],
  existing: ReadonlyMap<string, string | undefined>,
): CollectionLayout {
  const registry = new Map<string, string>();
  const ignored: string[] = [];
  for (const [slug, key] of existing) {
    if (key === undefined) ignored.push(slug);
    else if (!registry.has(key)) registry.set(key, slug);
  }
  const slugs = assignSlugs(
    papers.map(({ key, data }) => ({ key, title: data.title, date: data.date })),
    registry,
    new Set(ignored),
  );
  const kept = new Set(slugs.values());
  const foreign = new Set(ignored);
  const removed = [...existing.keys()].filter((slug) => !kept.has(slug) && !foreign.has(slug)).sort();
  return { slugs, removed, ignored: ignored.sort() };
}

/** How a file's new text (or its hash) differs from that of the file on disk (`before`), if there is one. */
export function fileStatus(current: string, before: string | undefined): FileStatus {
  return before === undefined ? 'new' : before === current ? 'unchanged' : 'updated';
}
