/**
 * Laying out the merged papers in the collection folder: each paper's file name (its slug kept
 * if it has one on disk), its front matter checked against the schema, and the hash of the file
 * it replaces. What the ingest writes, what `topics --explain` names papers by.
 */
import { paperSchema } from '../../content.config.ts';
import { layoutCollection, type CollectionLayout, type EntryFacts, type MergedPaper } from './collection.ts';
import type { SurveyedFile } from './collection-folder.ts';
import type { EntryRef, PaperToWrite } from './threads.ts';

/** A paper's file to write (see Threads.writePapers), with its paper's key and slug. */
export type PlannedPaper<Entry = EntryRef> = Omit<PaperToWrite, 'newest'> & {
  key: string;
  /** The keys of the sightings joined to it by title (MergedPaper). */
  joined: string[];
  slug: string;
  newest: Entry;
};

export type CollectionPlan<Entry = EntryRef> = Omit<CollectionLayout, 'slugs'> & { papers: PlannedPaper<Entry>[] };

/** `existing`: the collection on disk, by slug (surveyCollection); `given`: the slug registry (slug-registry.ts). */
export function planCollection<Entry extends EntryFacts>(
  merged: readonly MergedPaper<Entry>[],
  existing: ReadonlyMap<string, SurveyedFile>,
  given?: ReadonlyMap<string, readonly string[]>,
): CollectionPlan<Entry> {
  const { slugs, removed, ignored, repaired } = layoutCollection(
    merged,
    new Map([...existing].map(([slug, { key }]) => [slug, key])),
    given,
  );
  const papers = merged.map(({ key, joined, data, newest }) => {
    const slug = slugs.get(key) as string;
    const problems = paperSchema.safeParse(data);
    if (!problems.success)
      throw new Error(`internal error: paper ${slug} does not fit the schema: ${problems.error.message}`);
    return { key, joined, slug, name: `${slug}.md`, data, newest, before: existing.get(slug)?.hash };
  });
  return { papers, removed, ignored, repaired };
}

/**
 * The slugs given, as (key, slug) in the order the registry records them (extendRegistry): the
 * files on disk before the run first, so that a removed paper's slug stays recorded as its; then
 * each paper's under the keys of the sightings it joined, and last under its own.
 */
export function slugsGiven(
  existing: ReadonlyMap<string, SurveyedFile>,
  papers: readonly Pick<PlannedPaper<unknown>, 'key' | 'joined' | 'slug'>[],
): [string, string][] {
  return [
    ...[...existing].flatMap(([slug, { key }]): [string, string][] => (key === undefined ? [] : [[key, slug]])),
    ...papers.flatMap(({ key, joined, slug }) => [...joined, key].map((known): [string, string] => [known, slug])),
  ];
}
