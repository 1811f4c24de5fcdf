/**
 * The taxonomy file checked before anything is built, as the ingest checks it: a mistake stops the
 * build in one line naming the file, its line or its area or topic, and the field. Astro's file()
 * loader, which reads it for the areas and topics collections, would say only that it could not
 * read the file, and build on without them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TAXONOMY_FILE } from '../content.config.ts';
import { stopOnInputError } from '../lib/build/refusal.ts';
import { readTaxonomy } from '../lib/topics/taxonomy.ts';

export function taxonomyCheck(file = TAXONOMY_FILE): AstroIntegration {
  return {
    name: 'paper-digest-taxonomy-check',
    hooks: {
      // Under the project's root, as the file() loader reads it, whatever folder astro runs from.
      'astro:config:setup': ({ config, logger }) =>
        stopOnInputError(logger, () => void readTaxonomy(fileURLToPath(new URL(file, config.root)))),
    },
  };
}
