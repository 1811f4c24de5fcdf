/**
 * The content collection's schema: the one definition of a paper's front matter. The ingest
 * script validates what it writes against it and the site reads through it; types come from it.
 * Imports come from plain `astro/*` modules (not `astro:content`) so Node scripts can load it.
 */
import { defineCollection } from 'astro/content/config';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { parseIsoDate } from './lib/common/dates.ts';
import { titleKey } from './lib/common/text.ts';
import { collectionToBuild, PAPERS_DIRECTORY } from './lib/ingest/paper-file.ts';
import { SLUG_PATTERN } from './lib/ingest/slug.ts';
import { ARXIV_ID } from './lib/ingest/arxiv.ts';
import { paperLoader } from './loaders/papers.ts';

export { PAPERS_DIRECTORY };

/** The topic taxonomy, the site owner's to edit. */
export const TAXONOMY_FILE = 'content/topics.yaml';

/** A calendar day as an ISO string; quoted in YAML so no reader turns it into a Date. */
const isoDate = z.string().refine((text) => parseIsoDate(text) !== undefined, 'expected a real YYYY-MM-DD date');

const capturedDay = {
  /** The day the dump's page was captured (a JSON dump: the day the item was listed). */
  captured: isoDate,
};

/** An entry of a text dump: the 1-based line of its title. */
const textSourceSchema = z.strictObject({
  /** The dump file, relative to the directory ingest ran in (absolute for one outside it). */
  file: z.string().min(1),
  line: z.number().int().positive(),
  ...capturedDay,
});

/** An item of a JSON dump: its 1-based place in the array. */
const jsonSourceSchema = z.strictObject({
  file: z.string().min(1),
  item: z.number().int().positive(),
  ...capturedDay,
});

const sourceSchema = z.union([textSourceSchema, jsonSourceSchema]);

/** An absolute http(s) URL: the only kind a page links to. */
const webUrl = z.url({ protocol: /^https?$/ });

/** What only a JSON dump gives, each written only when known. */
const paperDetailsSchema = z.strictObject({
  /** The arXiv id, without a version: "2410.17243". */
  arxiv: z.string().regex(ARXIV_ID).optional(),
  /** The authors' names, in order. */
  authorNames: z.array(z.string().min(1)).optional(),
  /** Comments on the paper's Hugging Face page. */
  comments: z.number().int().nonnegative().optional(),
  /** The code repository. */
  github: webUrl.optional(),
  githubStars: z.number().int().nonnegative().optional(),
  projectPage: webUrl.optional(),
  /** The full name of the organization the paper was submitted for. */
  organization: z.string().min(1).optional(),
  /** Hugging Face's AI-extracted keywords. */
  keywords: z.array(z.string().min(1)).optional(),
  /** Hugging Face's AI-written one-paragraph summary. */
  aiSummary: z.string().min(1).optional(),
});

export const paperSchema = z.strictObject({
  title: z.string().min(1),
  date: isoDate,
  /** The number of authors (a text dump gives no names). */
  authors: z.number().int().nonnegative(),
  /** The highest upvote count seen in any dump. */
  upvotes: z.number().int().nonnegative(),
  ...paperDetailsSchema.shape,
  /** The paper's research area: a slug of content/topics.yaml's `areas`, or `other`. */
  area: z.string().min(1),
  /** Topic slugs from content/topics.yaml, best first. */
  topics: z.array(z.string().min(1)),
  /** Every dump entry this paper was seen in, oldest capture first. */
  sources: z.array(sourceSchema).min(1),
});

const phrase = z.string().trim().min(1, 'a phrase may not be empty');
const weight = z.number().positive().max(10);
const phraseWeights = z.record(phrase, weight);

/**
 * A phrase's weight, or its weight and the context it needs: an ambiguous phrase ("activation",
 * "agent") counts only when one of `with` is in the paper too, and none of `unless`.
 */
const phraseRule = z.union(
  [
    weight,
    z
      .strictObject({
        weight,
        with: z.array(phrase).min(1).optional(),
        unless: z.array(phrase).min(1).optional(),
      })
      .refine(
        (rule) => rule.with !== undefined || rule.unless !== undefined,
        'a phrase with context needs with or unless',
      ),
  ],
  'expected a weight (a number, at most 10) or { weight, with: [phrases], unless: [phrases] }',
);

const phraseRules = z
  .record(phrase, phraseRule)
  .refine((phrases) => Object.keys(phrases).length > 0, 'needs at least one phrase');

/** A research area; topics share its fields (a name, a line of description, the phrases that are its evidence). */
const areaSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** phrase → weight (1–5 by convention, at most 10), or { weight, with, unless }. */
  phrases: phraseRules,
  /** phrase → weight subtracted when it matches. */
  negative: phraseWeights.optional(),
  /** (Areas only) the areas it is where others meet: it also scores their evidence but the strongest one's. */
  joins: z.array(z.string().min(1)).min(2).optional(),
  /** (Areas only) what its score is multiplied by: under 1 for an area of methods every other area's papers use. */
  weight: z.number().positive().max(1).optional(),
  /**
   * (Areas only) phrases of the area or its topics that name what every area's papers work with
   * (a language model): evidence only when no other area has evidence of its own.
   */
  substrate: z.array(phrase).min(1).optional(),
});

const topicSchema = areaSchema.omit({ joins: true, weight: true, substrate: true }).extend({
  /** The slug of the area the topic belongs to. */
  area: z.string().min(1),
});

const labelSlug = z
  .string()
  .regex(SLUG_PATTERN, 'a slug is lowercase words joined by hyphens')
  .refine((slug) => slug !== 'other', '"other" is reserved');

const nonEmpty = (labels: Record<string, unknown>) => Object.keys(labels).length > 0;

const missingSection = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'missing: the file has two sections, areas: and topics:' : undefined;

/**
 * The taxonomy: research areas, and topics keyed by slug, each in one area; `other` is reserved
 * for papers that fit none.
 */
export const taxonomySchema = z
  .strictObject({
    areas: z.record(labelSlug, areaSchema, { error: missingSection }).refine(nonEmpty, 'the taxonomy has no areas'),
    topics: z.record(labelSlug, topicSchema, { error: missingSection }).refine(nonEmpty, 'the taxonomy has no topics'),
  })
  .superRefine(({ areas, topics }, context) => {
    for (const [slug, { joins = [] }] of Object.entries(areas))
      for (const [index, joined] of joins.entries())
        if (!Object.hasOwn(areas, joined) || joined === slug)
          context.addIssue({
            code: 'custom',
            path: ['areas', slug, 'joins', index],
            message: `no other area ${JSON.stringify(joined)} in areas`,
          });
    for (const [slug, { substrate = [] }] of Object.entries(areas)) {
      const phrases = new Set(
        [areas[slug], ...Object.values(topics).filter(({ area }) => area === slug)].flatMap((label) =>
          Object.keys(label?.phrases ?? {}),
        ),
      );
      for (const [index, listed] of substrate.entries())
        if (!phrases.has(listed))
          context.addIssue({
            code: 'custom',
            path: ['areas', slug, 'substrate', index],
            message: `${JSON.stringify(listed)} is no phrase of the area or its topics`,
          });
    }
    for (const [slug, { area }] of Object.entries(topics)) {
      if (!Object.hasOwn(areas, area))
        context.addIssue({
          code: 'custom',
          path: ['topics', slug, 'area'],
          message: `no area ${JSON.stringify(area)} in areas`,
        });
    }
    // Two areas (or two topics) whose names read alike would be listed as the same entry twice;
    // an area and a topic may share a name: the site shows the area's as "X (area)".
    for (const [section, kind, labels] of [
      ['areas', 'area', areas],
      ['topics', 'topic', topics],
    ] as const) {
      const named = new Map<string, string>();
      for (const [slug, { name }] of Object.entries(labels)) {
        const first = named.get(titleKey(name));
        if (first === undefined) named.set(titleKey(name), slug);
        else
          context.addIssue({
            code: 'custom',
            path: [section, slug, 'name'],
            message: `${JSON.stringify(name)} is ${kind} ${JSON.stringify(first)}'s name already`,
          });
      }
    }
  });

/**
 * A paper as the site stores it: its front matter and its related papers' ids. No text of its
 * abstract: pages read that from the file, so that the store every build serializes, bundles
 * into a module and loads holds no summaries either.
 */
const paperEntrySchema = paperSchema.extend({
  related: z.array(z.string()),
});

export type PaperSource = z.infer<typeof sourceSchema>;
export type PaperDetails = z.infer<typeof paperDetailsSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type PhraseRule = z.infer<typeof phraseRule>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type PaperData = z.infer<typeof paperSchema>;
export type PaperEntryData = z.infer<typeof paperEntrySchema>;

type TaxonomySections = Partial<Record<'areas' | 'topics', Record<string, Record<string, unknown>>>>;

/** The file's text last parsed, and what it held: both collections read the same file, parsed once. */
let lastParsed: { text: string; sections: TaxonomySections } | undefined;

/** One section of the taxonomy file, for its collection (the ingest has checked the whole file). */
function taxonomySection(text: string, section: 'areas' | 'topics'): Record<string, Record<string, unknown>> {
  if (lastParsed?.text !== text) lastParsed = { text, sections: (yaml.load(text) ?? {}) as TaxonomySections };
  return lastParsed.sections[section] ?? {};
}

export const collections = {
  papers: defineCollection({
    loader: paperLoader(collectionToBuild()),
    schema: paperEntrySchema,
  }),
  areas: defineCollection({
    loader: file(TAXONOMY_FILE, { parser: (text) => taxonomySection(text, 'areas') }),
    schema: areaSchema,
  }),
  topics: defineCollection({
    loader: file(TAXONOMY_FILE, { parser: (text) => taxonomySection(text, 'topics') }),
    schema: topicSchema,
  }),
};
