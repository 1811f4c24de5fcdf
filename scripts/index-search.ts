/**
 * npm run index -- [--dist DIR] [--wait-for-pages]: builds the search index of the collection
 * (PAPERS_DIR, default content/papers) into DIR/pagefind, and the list of files the service
 * worker caches offline. `astro build` runs it (src/integrations/search-index.ts) while it
 * renders the pages: the index is made from the collection's files (src/lib/search/record.ts),
 * not from built pages, so it needs none.
 *
 * The index is split into date-range shards (src/lib/search/shards.ts), each a Pagefind bundle
 * DIR/pagefind/<shard>/, listed newest first in DIR/pagefind/shards.json. Only shards whose
 * papers or code changed since they were built are indexed again; the others are kept. One
 * result per paper, linking to its page.
 *
 * --wait-for-pages: the offline list names built files, so it is written only once a line
 * `built` arrives on standard input (the integration sends it when the pages are done). The old
 * list is removed first, so a run that stops, however it stops, leaves none. Input closed
 * without `built` (the site build failed) stops the index after the shard it is making, before
 * it changes the list of shards; shards already swapped in stay (each matches the collection).
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { paperSchema, PAPERS_DIRECTORY, TAXONOMY_FILE, type Taxonomy } from '../src/content.config.ts';
import { markdownToAbstract } from '../src/lib/ingest/markdown-body.ts';
import { OFFLINE_CANDIDATES, OFFLINE_MANIFEST_FILE, offlineManifest, type SiteFile } from '../src/lib/search/offline.ts';
import { readPaperFile, readTitleAndDate } from '../src/lib/ingest/paper-file.ts';
import { searchRecord } from '../src/lib/search/record.ts';
import { assignShards, shardFingerprint } from '../src/lib/search/shards.ts';
import { SHARDS_FILE, type ShardInfo } from '../src/lib/search/sharded-search.ts';
import { terminalText } from '../src/lib/common/text.ts';
import { topicsWithOther } from '../src/lib/topics/scoring.ts';
import { InputError, listFiles, writeFileAtomic } from '../src/lib/common/files.ts';
import { builtFingerprint, codeFingerprint, removeAllBut, removeLeftovers, writeShard } from '../src/lib/search/pagefind-shards.ts';
import { readCollection, readTaxonomy } from '../src/lib/ingest/read-dumps.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, 'wait-for-pages': { type: 'boolean', default: false } } });
const dist = values.dist;
const bundle = join(dist, 'pagefind');
const papersDir = process.env.PAPERS_DIR || PAPERS_DIRECTORY;
const started = performance.now();
/** A collection file the index cannot be made from: the user's to fix (run ingest again). */
function fail(message: string): never {
  process.stderr.write(`index: ${terminalText(message)}\n`);
  process.exit(2);
}

// A file system that refuses (no space, no permission, a file where the index's folder goes) is
// the user's to fix: said in one line, the call that failed and its path, with exit 1.
process.on('uncaughtException', (error: unknown) => {
  const { syscall, message, stack } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  process.stderr.write(typeof syscall === 'string' ? `index: ${terminalText(String(message))}\n` : `${stack ?? String(error)}\n`);
  process.exit(1);
});

/**
 * With --wait-for-pages, what the site build says on standard input: `built` when its pages are
 * done. Read from the start, so that a build that stops (its input closes without the word)
 * stops the index before it changes the list of shards.
 */
function pagesFromBuild(): { stopped(): boolean; built: Promise<boolean> } {
  let input = '';
  let ended = false;
  const said = () => input.split('\n').includes('built');
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => (input += chunk));
  const built = new Promise<boolean>((done) => process.stdin.on('end', () => {
    ended = true;
    done(said());
  }));
  return { stopped: () => ended && !said(), built };
}
const pages = values['wait-for-pages'] ? pagesFromBuild() : { stopped: () => false, built: Promise.resolve(true) };
function stopIfTheBuildStopped(): void {
  if (!pages.stopped()) return;
  process.stderr.write('index: the site build stopped; shards already made are kept, the list of shards is left as it was\n');
  process.exit(1);
}
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

const collection = readCollection(papersDir);
const papers = [...collection].map(([slug, text]) => {
  const { date } = readTitleAndDate(text);
  if (typeof date !== 'string') fail(`${join(papersDir, `${slug}.md`)}: no date`);
  return { slug, date };
});
const code = codeFingerprint(resolve(import.meta.dirname, '..'));
const shards = assignShards(papers).map((shard) => ({
  ...shard,
  fingerprint: shardFingerprint(code, shard.slugs.map((slug) => ({ slug, text: collection.get(slug) as string }))),
}));

removeLeftovers(bundle);
// The offline list names this index's files: until it is written again (below), none is better
// than one naming files a stopped run may have replaced (the service worker would fail to install).
rmSync(join(dist, OFFLINE_MANIFEST_FILE), { force: true });
const toIndex = shards.filter(({ name, fingerprint }) => builtFingerprint(bundle, name) !== fingerprint);
const topicNames = topicNamesOf(TAXONOMY_FILE);
const rebuilt: string[] = [];
for (const { name, slugs, fingerprint } of toIndex) {
  const shardStarted = performance.now();
  await writeShard(bundle, name, slugs.map((slug) => recordOf(slug)), fingerprint);
  rebuilt.push(`${name} (${slugs.length} papers, ${seconds(shardStarted)})`);
  stopIfTheBuildStopped();
}
stopIfTheBuildStopped();
const list: ShardInfo[] = shards.map(({ name, from, to, slugs, fingerprint }) => ({ name, from, to, papers: slugs.length, fingerprint }));
writeFileAtomic(join(bundle, SHARDS_FILE), `${JSON.stringify({ shards: list }, null, 1)}\n`);
const removed = removeAllBut(bundle, new Set([SHARDS_FILE, ...shards.map(({ name }) => name)]));

/** The built files the offline manifest chooses from (see OFFLINE_CANDIDATES). */
function offlineCandidates(): SiteFile[] {
  const pages = OFFLINE_CANDIDATES.files.flatMap((path) => {
    const stats = statSync(join(dist, path), { throwIfNoEntry: false });
    return stats?.isFile() ? [{ path, bytes: stats.size }] : [];
  });
  const inFolders = OFFLINE_CANDIDATES.folders.flatMap((folder) =>
    existsSync(join(dist, folder)) ? listFiles(join(dist, folder)).map(({ path, bytes }) => ({ path: `${folder}${path}`, bytes })) : []);
  return [...pages, ...inFolders];
}

/** Topic names by slug, as paper pages show them (a slug the taxonomy lost is not shown). */
function topicNamesOf(taxonomyFile: string): Map<string, string> {
  let taxonomy: Taxonomy;
  try {
    taxonomy = readTaxonomy(taxonomyFile);
  } catch (error) {
    if (error instanceof InputError) fail(error.message);
    throw error;
  }
  return new Map([...topicsWithOther(Object.entries(taxonomy))].map(([slug, { name }]) => [slug, name]));
}

/** A paper's search record, from its collection file (checked against the schema). */
function recordOf(slug: string): { url: string; content: string } {
  const file = join(papersDir, `${slug}.md`);
  const { data, body } = readPaperFile(collection.get(slug) as string);
  const checked = paperSchema.safeParse(data);
  if (!checked.success) fail(`${file}: ${checked.error.issues.map(({ path, message }) => `${path.join('.') || 'front matter'}: ${message}`).join('; ')}`);
  const { title, date, upvotes, topics } = checked.data;
  const names = topics.flatMap((topic) => topicNames.get(topic) ?? []);
  return searchRecord({ slug, title, date, upvotes, topics: names, abstract: markdownToAbstract(body) });
}

const summary = [
  `Search index: ${papers.length} papers in ${shards.length} shards → ${bundle} in ${seconds(started)}`,
  `  rebuilt: ${rebuilt.join(', ') || 'none'}; reused: ${shards.length - rebuilt.length}${removed.length > 0 ? `; removed: ${removed.join(', ')}` : ''}`,
];
if (await pages.built) {
  const manifest = offlineManifest(offlineCandidates(), shards[0]?.name);
  writeFileAtomic(join(dist, OFFLINE_MANIFEST_FILE), JSON.stringify(manifest));
  summary.push(`  offline cache: ${manifest.files.length} files (${(manifest.bytes / 1e6).toFixed(1)} MB)`);
}
process.stdout.write(`${summary.join('\n')}\n`);
