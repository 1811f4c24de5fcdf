/**
 * Writing search shards (src/lib/search/shards.ts) with Pagefind: one shard, one Pagefind
 * service run, so memory is bounded by the largest shard rather than the whole archive.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { TAXONOMY_FILE } from '../../content.config.ts';
import { dependencyKey } from '../build/dependencies.ts';

/**
 * Papers per fragment file (Pagefind's maxFragments is set to papers / this). Fewer, larger
 * files: a page of results loads more bytes, but a first visit fetches fewer files (the service
 * worker fetches them all, src/lib/search/offline.ts).
 */
const PAPERS_PER_FRAGMENT_FILE = 10;

/**
 * Pagefind's index chunk size, in word occurrences (default 20,000; set through an environment
 * variable Pagefind reads but does not document, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE — a later
 * Pagefind that ignores it only makes bigger chunks). A query loads, in every shard, the chunk
 * of each of its words: smaller chunks, fewer bytes per query, but more files, all of which the
 * service worker fetches at the first visit (src/lib/search/offline.ts).
 */
const INDEX_CHUNK_SIZE = 2000;

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const RECORDS_PER_BATCH = 256;

/** The file in a shard's folder naming the fingerprint it was built for. */
const FINGERPRINT_FILE = 'fingerprint.txt';

/** Pagefind's ready-made search UIs: the site has its own (src/scripts/search-page.ts). */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * What decides a shard's content besides its papers: the code that makes the index (and every
 * module it loads), the installed packages (Pagefind's version) and the taxonomy, which names the
 * topics. The pages' code does not: the index is made from the collection, not from built pages;
 * nor do modules the index never loads (the feeds, the bench).
 */
export function codeFingerprint(root: string): string {
  return dependencyKey(root, { code: ['src/lib/search/build-index.ts'], inputs: [TAXONOMY_FILE] });
}

/** The fingerprint a shard's folder was built for, if it is complete. */
export function builtFingerprint(bundle: string, name: string): string | undefined {
  try {
    return readFileSync(join(bundle, name, FINGERPRINT_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

/** Temporary folders an interrupted run left (every name starting with a dot is ours). */
export function removeLeftovers(bundle: string): void {
  mkdirSync(bundle, { recursive: true });
  for (const name of readdirSync(bundle))
    if (name.startsWith('.')) rmSync(join(bundle, name), { recursive: true, force: true });
}

/** Removes whatever in the index folder is not one of `keep` (old shards, an older layout). */
export function removeAllBut(bundle: string, keep: ReadonlySet<string>): string[] {
  const removed = readdirSync(bundle)
    .filter((name) => !keep.has(name))
    .sort();
  for (const name of removed) rmSync(join(bundle, name), { recursive: true, force: true });
  return removed;
}

/**
 * Indexes `records` (see src/lib/search/record.ts) into `bundle/name`. The folder is written
 * beside it under a temporary name and renamed into place, so an interrupted run never leaves a
 * partial shard.
 */
export async function writeShard(
  bundle: string,
  name: string,
  records: readonly { url: string; content: string }[],
  fingerprint: string,
): Promise<void> {
  const unique = randomBytes(6).toString('hex');
  const output = join(bundle, `.${name}-${unique}`);
  const previous = join(bundle, `.${name}-${unique}-old`);
  try {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'en',
      maxFragments: Math.ceil(records.length / PAPERS_PER_FRAGMENT_FILE),
    });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // Sent in batches: one message at a time leaves Pagefind's service waiting on this process.
    let indexed = 0;
    for (let start = 0; start < records.length; start += RECORDS_PER_BATCH) {
      const added = await Promise.all(
        records.slice(start, start + RECORDS_PER_BATCH).map((record) => index.addHTMLFile(record)),
      );
      const failed = added.find(({ errors: problems }) => problems.length > 0);
      if (failed) throw new Error(`pagefind: ${failed.errors.join('; ')}`);
      indexed += added.filter(({ file }) => file?.url).length;
    }
    // A record Pagefind skipped would stay missing under this fingerprint: refuse the shard.
    if (indexed !== records.length)
      throw new Error(`pagefind indexed ${indexed} of the ${records.length} papers of shard ${name}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    for (const file of readdirSync(output)) if (UNUSED.test(file)) rmSync(join(output, file));
    writeFileSync(join(output, FINGERPRINT_FILE), fingerprint);
    try {
      renameSync(join(bundle, name), previous);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    renameSync(output, join(bundle, name));
  } finally {
    // Stops Pagefind's service: the next shard starts with its memory freed.
    await pagefind.close();
    for (const folder of [output, previous]) rmSync(folder, { recursive: true, force: true });
  }
}
