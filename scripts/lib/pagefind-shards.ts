/**
 * Writing search shards (src/lib/search-shards.ts) with Pagefind: one shard, one Pagefind
 * service run, so memory is bounded by the largest shard rather than the whole archive.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './files.ts';

/**
 * Papers per fragment file (Pagefind's maxFragments is set to papers / this). Measured at 10k
 * papers, "graph neural networks message passing" with 20 results shown: 1 (a file per paper)
 * 12 kB of fragments and +10k files; 3: 22 kB (+30 kB of metadata: every page names its
 * bundle), 3.3k files; 5: 31 kB, 2k files; 10: 50 kB, 1k files; 20: 85 kB, 500 files.
 */
const PAPERS_PER_FRAGMENT_FILE = 10;

/**
 * Pagefind's index chunk size, in word occurrences (default 20,000; set through an environment
 * variable Pagefind reads but does not document, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE — a later
 * Pagefind that ignores it only makes bigger chunks). A query loads, in every shard, the chunk
 * of each of its words. The 5-word query above read, at 10k papers (4 shards), 290 kB of index
 * chunks at 20,000, 100 kB at 5,000, 73 kB at 2,000 and 41 kB at 1,000; at 50k papers (6
 * shards) 245 kB at 5,000, 169 kB at 2,000 and 146 kB at 1,000 — but 1,000 makes 560 more
 * files, all of which the service worker fetches at the first visit (src/lib/offline.ts).
 */
const INDEX_CHUNK_SIZE = 2000;

/** The file in a shard's folder naming the fingerprint it was built for. */
const FINGERPRINT_FILE = 'fingerprint.txt';

/** Pagefind's ready-made search UIs: the site has its own (src/scripts/search-page.ts). */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** What decides a shard's content besides its papers: the code that renders and indexes them. */
export function codeFingerprint(root: string): string {
  const files = [
    ...listFiles(join(root, 'src')).map(({ path }) => `src/${path}`),
    'astro.config.mjs', 'package-lock.json', 'content/topics.yaml', 'scripts/index-search.ts', 'scripts/lib/pagefind-shards.ts',
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\u0000`).update(readFileSync(join(root, file))).update('\u0000');
  return hash.digest('hex');
}

/**
 * Paper pages missing from `dist` or older than their collection file. A shard's fingerprint
 * comes from the collection, but Pagefind reads the pages: indexing pages not yet rebuilt would
 * stamp old content with the new fingerprint, and later runs would keep it. (A page is rewritten
 * whenever its file changes: its cache key holds the file's digest.)
 */
export function unbuiltPages(dist: string, papersDir: string, slugs: Iterable<string>): { page: string; file: string }[] {
  const unbuilt: { page: string; file: string }[] = [];
  for (const slug of slugs) {
    const page = join(dist, 'papers', slug, 'index.html');
    const file = join(papersDir, `${slug}.md`);
    const built = statSync(page, { throwIfNoEntry: false });
    if (!built || built.mtimeMs < statSync(file).mtimeMs) unbuilt.push({ page, file });
  }
  return unbuilt;
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
  for (const name of readdirSync(bundle)) if (name.startsWith('.')) rmSync(join(bundle, name), { recursive: true, force: true });
}

/** Removes whatever in the index folder is not one of `keep` (old shards, an older layout). */
export function removeAllBut(bundle: string, keep: ReadonlySet<string>): string[] {
  const removed = readdirSync(bundle).filter((name) => !keep.has(name)).sort();
  for (const name of removed) rmSync(join(bundle, name), { recursive: true, force: true });
  return removed;
}

/**
 * Indexes the paper pages `slugs` of the built site `dist` into `bundle/name`. The folder is
 * written beside it under a temporary name and renamed into place, so an interrupted run never
 * leaves a partial shard.
 */
export async function writeShard(dist: string, bundle: string, name: string, slugs: readonly string[], fingerprint: string): Promise<void> {
  const unique = randomBytes(6).toString('hex');
  const pages = join(bundle, `.pages-${unique}`);
  const output = join(bundle, `.${name}-${unique}`);
  const previous = join(bundle, `.${name}-${unique}-old`);
  try {
    // Pagefind reads a folder fastest (in parallel: 3–4× faster than a page at a time through
    // addHTMLFile), so the shard's pages are gathered as hard links into one (no copying).
    mkdirSync(join(pages, 'papers'), { recursive: true });
    for (const slug of slugs) {
      const page = `papers/${slug}/index.html`;
      mkdirSync(join(pages, 'papers', slug));
      try {
        linkSync(join(dist, page), join(pages, page));
      } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        if (code === 'ENOENT') throw new Error(`${join(dist, page)} is missing: build the site (astro build) from the same collection first`);
        // The index folder on another filesystem, or one without hard links: a copy does as well.
        if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') copyFileSync(join(dist, page), join(pages, page));
        else throw error;
      }
    }
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: Math.ceil(slugs.length / PAPERS_PER_FRAGMENT_FILE) });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: pages, glob: 'papers/*/index.html' });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    if (added.page_count !== slugs.length) throw new Error(`pagefind indexed ${added.page_count} of the ${slugs.length} pages of shard ${name}`);
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
    for (const folder of [pages, output, previous]) rmSync(folder, { recursive: true, force: true });
  }
}
