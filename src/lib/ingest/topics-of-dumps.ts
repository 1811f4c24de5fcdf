/**
 * The topics the ingest gives the papers of the dumps, and why one paper got its own: what
 * `npm run topics` reports. The dumps are read, merged and laid out by the ingest's own steps.
 */
import type { Taxonomy } from '../../content.config.ts';
import { dayOfInstant } from '../common/dates.ts';
import { mergeEntries, type MergedPaper } from './collection.ts';
import { surveyCollection } from './collection-folder.ts';
import { parseSlugRegistry, readRegistryText, slugRegistryFile } from './slug-registry.ts';
import { planCollection } from './collection-plan.ts';
import { dumpProgress, findDumps } from './read-dumps.ts';
import { readTaxonomy } from '../topics/taxonomy.ts';
import { helpersFor, Threads, type EntryRef } from './threads.ts';
import { displayPath, InputError } from '../common/files.ts';
import { matchesPaper, labelSizes, type Explanation, type LabelSize } from '../topics/report.ts';
import { compileTaxonomy, scoreEvidence } from '../topics/scoring.ts';

interface DumpsToRead {
  inputs: readonly string[];
  taxonomy: string;
  /** Draw a progress bar (on a terminal, when several dumps are read). */
  progress: boolean;
}

/** Runs `work` on the dumps' papers, with the threads that hold their entries. */
async function withPapers<T>(
  { inputs, taxonomy: taxonomyFile, progress }: DumpsToRead,
  work: (papers: MergedPaper<EntryRef>[], taxonomy: Taxonomy, threads: Threads) => Promise<T>,
): Promise<T> {
  const taxonomy = readTaxonomy(taxonomyFile);
  const files = findDumps(inputs);
  const threads = new Threads(helpersFor(files.length));
  try {
    const read = await threads.readDumps(files, {
      captured: undefined,
      today: dayOfInstant(new Date()),
      taxonomy,
      progress: dumpProgress(files.length, progress),
    });
    return await work(mergeEntries(read.map(({ dump }) => dump)), taxonomy, threads);
  } finally {
    threads.close();
  }
}

/** How many papers each area and each topic has. */
export function topicSizesOfDumps(
  dumps: DumpsToRead,
): Promise<{ papers: number; areas: LabelSize[]; topics: LabelSize[] }> {
  return withPapers(dumps, async (papers, taxonomy) => ({
    papers: papers.length,
    areas: labelSizes(
      taxonomy.areas,
      papers.map(({ data }) => [data.area]),
    ),
    topics: labelSizes(
      taxonomy.topics,
      papers.map(({ data }) => data.topics),
    ),
  }));
}

/** Why each paper `wanted` names (see matchesPaper) got its topics; slugs as in the collection folder `collection`. */
export function explainPapers(dumps: DumpsToRead, wanted: string, collection: string): Promise<Explanation[]> {
  return withPapers(dumps, async (papers, taxonomy, threads) => {
    const registry = slugRegistryFile(collection);
    const given = parseSlugRegistry(displayPath(registry), readRegistryText(registry));
    const plan = planCollection(papers, surveyCollection(collection, new Map()), given);
    const found = plan.papers.filter(({ slug, data }) => matchesPaper(wanted, slug, data.title));
    if (found.length === 0) throw new InputError(`no paper with the slug or title words ${JSON.stringify(wanted)}`);
    const abstracts = await threads.abstracts(found.map(({ newest }) => newest));
    const compiled = compileTaxonomy(taxonomy);
    return found.map(({ slug, data }, i) => {
      const evidence = scoreEvidence(compiled, {
        title: data.title,
        abstract: abstracts[i] as string,
        keywords: data.keywords,
      });
      return {
        slug,
        title: data.title,
        area: data.area,
        topics: data.topics,
        scores: evidence.topics,
        areas: evidence.areas,
      };
    });
  });
}
