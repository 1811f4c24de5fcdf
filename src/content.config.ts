/**
 * The content collection's schema: the one definition of a paper's front matter. The ingest
 * script validates what it writes against it and the site reads through it; types come from it.
 * Imports come from plain `astro/*` modules (not `astro:content`) so Node scripts can load it.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseIsoDate } from './lib/dates.ts';

/** Where the ingest writes the collection, relative to the project root. */
export const PAPERS_DIRECTORY = 'content/papers';

/** A calendar day as an ISO string; quoted in YAML so no reader turns it into a Date. */
const isoDate = z.string().refine((text) => parseIsoDate(text) !== undefined, 'expected a real YYYY-MM-DD date');

export const sourceSchema = z.strictObject({
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

export type PaperSource = z.infer<typeof sourceSchema>;
export type PaperData = z.infer<typeof paperSchema>;

export const collections = {
  papers: defineCollection({
    loader: glob({ pattern: '*.md', base: `./${PAPERS_DIRECTORY}` }),
    schema: paperSchema,
  }),
};
