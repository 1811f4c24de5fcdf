/**
 * The content collection's schema: the one definition of a paper's front matter. The ingest
 * script validates what it writes against it and the site reads through it; types come from it.
 * Imports come from plain `astro/*` modules (not `astro:content`) so Node scripts can load it.
 */
import { defineCollection } from 'astro/content/config';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseIsoDate } from './lib/common/dates.ts';
import { collectionToBuild, PAPERS_DIRECTORY } from './lib/ingest/paper-file.ts';
import { SLUG_PATTERN } from './lib/ingest/slug.ts';
import { paperLoader } from './loaders/papers.ts';

export { PAPERS_DIRECTORY };

/** The topic taxonomy, the site owner's to edit. */
export const TAXONOMY_FILE = 'content/topics.yaml';

/** A calendar day as an ISO string; quoted in YAML so no reader turns it into a Date. */
const isoDate = z.string().refine((text) => parseIsoDate(text) !== undefined, 'expected a real YYYY-MM-DD date');

const sourceSchema = z.strictObject({
  /** The dump file, relative to the directory ingest ran in. */
  file: z.string().min(1),
  /** 1-based line of the entry's title in that dump. */
  line: z.number().int().positive(),
  /** The day the dump's page was captured. */
  captured: isoDate,
});

export const paperSchema = z.strictObject({
  title: z.string().min(1),
  date: isoDate,
  /** The number of authors (the listing gives no names). */
  authors: z.number().int().nonnegative(),
  /** The highest upvote count seen in any dump. */
  upvotes: z.number().int().nonnegative(),
  /** Topic slugs from content/topics.yaml, best first. */
  topics: z.array(z.string().min(1)),
  /** Every dump entry this paper was seen in, oldest capture first. */
  sources: z.array(sourceSchema).min(1),
});

const phraseWeights = z.record(z.string().trim().min(1, 'a phrase may not be empty'), z.number().positive().max(10));

const topicSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** phrase → weight (1–5 by convention, at most 10). */
  phrases: phraseWeights.refine((phrases) => Object.keys(phrases).length > 0, 'a topic needs at least one phrase'),
  /** phrase → weight subtracted when it matches. */
  negative: phraseWeights.optional(),
});

/** Topics keyed by slug; `other` is reserved for papers that match no topic. */
export const taxonomySchema = z
  .record(
    z
      .string()
      .regex(SLUG_PATTERN, 'a topic slug is lowercase words joined by hyphens')
      .refine((slug) => slug !== 'other', '"other" is reserved'),
    topicSchema,
  )
  .refine((taxonomy) => Object.keys(taxonomy).length > 0, 'the taxonomy has no topics');

/**
 * A paper as the site stores it: its front matter and its related papers' ids. No text of its
 * abstract: pages read that from the file, so that the store every build serializes, bundles
 * into a module and loads holds no summaries either.
 */
const paperEntrySchema = paperSchema.extend({
  related: z.array(z.string()),
});

export type PaperSource = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type PaperData = z.infer<typeof paperSchema>;
export type PaperEntryData = z.infer<typeof paperEntrySchema>;

export const collections = {
  papers: defineCollection({
    loader: paperLoader(collectionToBuild()),
    schema: paperEntrySchema,
  }),
  topics: defineCollection({
    loader: file(TAXONOMY_FILE),
    schema: topicSchema,
  }),
};
