/**
 * From dated dump entries to the paper collection: one paper per (normalized title, date),
 * merged across dumps, each with a permanent slug and the exact text of its file — so the
 * script only has to write what differs.
 */
import type { PaperData, PaperSource } from '../content.config.ts';
import type { Capture, DatedEntry } from './dump-dates.ts';
import { toIsoDate } from './dates.ts';
import { readTitleAndDate, renderPaperFile } from './paper-file.ts';
import { assignSlugs } from './slug.ts';
import { assignTopics, type CompiledTaxonomy } from './topics.ts';
import { titleKey } from './text.ts';

export interface DumpEntries {
  /** The dump's path as recorded in `sources`. */
  file: string;
  capture: Capture;
  entries: DatedEntry[];
}

export interface Paper {
  key: string;
  data: PaperData;
  abstract: string;
}

/** A paper's identity: the same normalized title on the same day is the same paper. */
export function paperKey(title: string, date: string): string {
  return `${date} ${titleKey(title)}`;
}

interface Sighting {
  entry: DatedEntry;
  source: PaperSource;
}

function compareSources(a: PaperSource, b: PaperSource): number {
  if (a.captured !== b.captured) return a.captured < b.captured ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/**
 * Merges every sighting of a paper: the newest capture's title, abstract and author count (the
 * listing may have corrected them), the highest upvote count, and all sources. Then gives every
 * paper its topics (which depend on the whole collection: see assignTopics).
 */
export function mergeDumps(dumps: readonly DumpEntries[], taxonomy: CompiledTaxonomy): Paper[] {
  const sightings = new Map<string, Sighting[]>();
  for (const dump of dumps) {
    const captured = toIsoDate(dump.capture.day);
    for (const entry of dump.entries) {
      const key = paperKey(entry.title, entry.date);
      const sighting = { entry, source: { file: dump.file, line: entry.line, captured } };
      const list = sightings.get(key);
      if (list) list.push(sighting);
      else sightings.set(key, [sighting]);
    }
  }
  const papers: Paper[] = [];
  for (const [key, list] of sightings) {
    list.sort((a, b) => compareSources(a.source, b.source));
    const newest = (list[list.length - 1] as Sighting).entry;
    const upvotes = Math.max(...list.map(({ entry }) => entry.upvotes));
    papers.push({
      key,
      abstract: newest.abstract,
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
  const topics = assignTopics(taxonomy, papers.map(({ key, data, abstract }) => ({ key, title: data.title, abstract })));
  for (const paper of papers) paper.data.topics = topics.get(paper.key) ?? [];
  return papers;
}

export type FileStatus = 'new' | 'updated' | 'unchanged';

export interface PlannedFile {
  slug: string;
  paper: Paper;
  text: string;
  status: FileStatus;
}

export interface CollectionPlan {
  files: PlannedFile[];
  /** Slugs of existing paper files whose paper no dump has any more. */
  removed: string[];
  /** Names of .md files in the folder that are not paper files: left alone, never overwritten. */
  ignored: string[];
}

/** The key of an existing paper file, if it is one of ours and readable. */
function existingKey(text: string): string | undefined {
  try {
    const { title, date } = readTitleAndDate(text);
    return typeof title === 'string' && typeof date === 'string' ? paperKey(title, date) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the collection directory must hold. `existing` maps each slug already on disk to its
 * text; those slugs are kept for their papers (permalinks are forever). Files that are not paper
 * files (a README, a hand-written note) are never removed or overwritten.
 */
export function planCollection(papers: readonly Paper[], existing: ReadonlyMap<string, string>): CollectionPlan {
  const registry = new Map<string, string>();
  const ignored: string[] = [];
  for (const [slug, text] of existing) {
    const key = existingKey(text);
    if (key === undefined) ignored.push(slug);
    else if (!registry.has(key)) registry.set(key, slug);
  }
  const slugs = assignSlugs(
    papers.map(({ key, data }) => ({ key, title: data.title, date: data.date })),
    registry,
    new Set(ignored),
  );
  const files: PlannedFile[] = [];
  const kept = new Set<string>();
  for (const paper of papers) {
    const slug = slugs.get(paper.key) as string;
    const text = renderPaperFile(paper.data, paper.abstract);
    const before = existing.get(slug);
    kept.add(slug);
    files.push({ slug, paper, text, status: before === undefined ? 'new' : before === text ? 'unchanged' : 'updated' });
  }
  const foreign = new Set(ignored);
  const removed = [...existing.keys()].filter((slug) => !kept.has(slug) && !foreign.has(slug)).sort();
  return { files, removed, ignored: ignored.sort() };
}
