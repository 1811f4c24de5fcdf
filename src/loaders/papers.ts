/**
 * The papers collection loader. Unlike the glob loader it renders nothing at sync time: the
 * store holds each paper's front matter and its related papers, no text of its abstract (pages
 * read it from the file, see src/content.ts; the summaries lists show are handed over apart, see
 * src/lib/build/bridge.ts), so a large archive fits in memory and the store every build
 * serializes, bundles and loads twice stays small.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refusal } from '../lib/build/refusal.ts';
import type { Loader } from 'astro/loaders';
import type { PaperSource } from '../content.config.ts';
import { displayPath, writeFileAtomic } from '../lib/common/files.ts';
import { markdownToAbstract } from '../lib/ingest/markdown-body.ts';
import { paperBody, PaperFileError, readPaperFile } from '../lib/ingest/paper-file.ts';
import { parseSlugRegistry, readRegistryText, slugRegistryFile } from '../lib/ingest/slug-registry.ts';
import { decodeReference, encodeReference } from '../lib/topics/related-file.ts';
import { relatedPapers, type RelatedReference } from '../lib/topics/related.ts';
import { abstractSummary } from '../lib/site/title-text.ts';
import { handOverSummaries } from '../lib/build/bridge.ts';
import { unfinishedUpdate, unfinishedUpdateMessage } from '../lib/ingest/journal.ts';
import { dependencyKey } from '../lib/build/dependencies.ts';

/** How many related papers a paper page shows. */
const RELATED_COUNT = 5;

/**
 * What makes a stored entry besides its file: the collections' schemas and this loader, with
 * what they load (the related-papers code among it). Its key is part of every digest, so that
 * entries other code stored (a cache restored on CI, say) are made again, not reused.
 */
const STORE_CODE = ['src/content.config.ts'];

export function paperLoader(directory: string): Loader {
  return {
    name: 'paper-digest-papers',
    async load({ store, parseData, generateDigest, logger, config }) {
      // Half old, half new: never published.
      if (unfinishedUpdate(directory)) throw refusal(unfinishedUpdateMessage(directory));
      let names: string[];
      try {
        names = (await readdir(directory)).filter((name) => name.endsWith('.md') && !name.startsWith('.')).sort();
      } catch {
        logger.warn(`${directory} does not exist: run \`npm run ingest\` first`);
        names = [];
      }
      // Read one at a time: 50k files opened at once exhaust the process's file descriptors.
      // The digest is the file's and the code's alone: lists show a paper's card, which its
      // related papers do not change (pages' cache keys are made of digests, see
      // src/lib/build/page-keys.ts). A file whose digest the store already has is not parsed again.
      const root = fileURLToPath(config.root);
      const storeKey = dependencyKey(root, { code: STORE_CODE });
      const papers = names.map((name) => {
        const id = name.slice(0, -3);
        const file = join(directory, name);
        const text = readFileSync(file, 'utf8');
        const digest = generateDigest(`${storeKey}\n${text}`);
        try {
          const abstract = markdownToAbstract(paperBody(text, file));
          const stored = store.get(id);
          if (stored?.digest === digest) return { id, digest, abstract, stored, data: stored.data };
          return { id, digest, abstract, stored: undefined, data: readPaperFile(text, file).data };
        } catch (error) {
          throw error instanceof PaperFileError ? refusal(unreadablePaper(directory, id, error)) : error;
        }
      });
      handOverSummaries(new Map(papers.map(({ id, abstract }) => [id, abstractSummary(abstract)])));
      // Related papers depend on every paper's text: with no file added, changed or removed, the
      // stored lists stand, so a build that changed nothing does not compute them again.
      const unchanged = papers.every(({ stored }) => stored) && [...store.keys()].length === papers.length;
      if (unchanged) {
        logger.info(`${papers.length} papers, none changed`);
        return;
      }
      const referenceFile = join(fileURLToPath(config.cacheDir), RELATED_REFERENCE_FILE);
      const code = dependencyKey(root, { code: RELATED_CODE });
      const { related, reference, reused } = relatedPapers(
        papers.map(({ id, data, abstract }) => ({
          id,
          title: String(data.title),
          // A file without sources fails the schema below, with its message.
          listed: String((data.sources as PaperSource[] | undefined)?.[0]?.captured ?? ''),
          abstract,
        })),
        RELATED_COUNT,
        readReference(referenceFile, code),
      );
      if (!reused) saveReference(referenceFile, reference, code, logger);

      const seen = new Set<string>();
      for (const { id, digest, stored, data } of papers) {
        seen.add(id);
        const relatedIds = related.get(id) ?? [];
        if (stored && String(stored.data.related) === String(relatedIds)) continue;
        const entry = { ...data, related: relatedIds };
        // Astro's store ignores a set whose digest it already has: only the related list changed.
        if (stored) store.delete(id);
        store.set({ id, digest, data: await parseData({ id, data: entry }) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${papers.length} papers; related papers ${reused ? 'of the newest month only' : 'of every paper'}`);
    },
  };
}

/**
 * What the build says of a collection file whose front matter cannot be read: the file and line,
 * and, when the slug registry gives its slug to a paper, that the ingest writes it again.
 */
function unreadablePaper(directory: string, slug: string, error: PaperFileError): string {
  const registry = slugRegistryFile(directory);
  let known = false;
  try {
    known = parseSlugRegistry(displayPath(registry), readRegistryText(registry)).has(slug);
  } catch {
    // A registry that cannot be read says nothing of this file (the ingest names what is wrong with it).
  }
  return known
    ? `${error.message}; ${displayPath(registry)} gives its slug to a paper: run \`npm run ingest\` to write the file again`
    : error.message;
}

/** In Astro's cache folder: what the related papers of the papers before the newest month were worked out from. */
export const RELATED_REFERENCE_FILE = 'paper-digest-related.bin';

/** The code the related lists and their cache file come from, with what it loads (the reference's key covers the papers and settings). */
const RELATED_CODE = ['src/lib/topics/related.ts', 'src/lib/topics/related-file.ts'];

function readReference(file: string, code: string): RelatedReference | undefined {
  try {
    return decodeReference(readFileSync(file), code);
  } catch {
    return undefined; // none yet
  }
}

/** Saved to save time later: a cache folder that cannot take it is no reason to fail the build. */
function saveReference(
  file: string,
  reference: RelatedReference,
  code: string,
  logger: { warn: (message: string) => void },
): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileAtomic(file, encodeReference(reference, code));
  } catch (error) {
    logger.warn(
      `could not keep the related papers' reference in ${file} (${(error as Error).message}); the next build works it out again`,
    );
  }
}
