/**
 * npm run index -- [--dist DIR]: builds the search index of a built site (after `astro build`)
 * into DIR/pagefind, and the list of files the service worker caches offline.
 *
 * The index is split into date-range shards (src/lib/search-shards.ts), each a Pagefind bundle
 * DIR/pagefind/<shard>/, listed newest first in DIR/pagefind/shards.json. Only shards whose
 * papers or code changed since they were built are indexed again; the others are kept. Only
 * paper pages are indexed (they alone carry data-pagefind-body), one result per paper; which
 * papers there are, and their dates, come from the collection the site was built from
 * (PAPERS_DIR, default content/papers).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAPERS_DIRECTORY } from '../src/content.config.ts';
import { OFFLINE_CANDIDATES, offlineManifest, type SiteFile } from '../src/lib/offline.ts';
import { readTitleAndDate } from '../src/lib/paper-file.ts';
import { assignShards, shardFingerprint } from '../src/lib/search-shards.ts';
import { SHARDS_FILE, type ShardInfo } from '../src/lib/sharded-search.ts';
import { listFiles, writeFileAtomic } from './lib/files.ts';
import { builtFingerprint, codeFingerprint, removeAllBut, removeLeftovers, unbuiltPages, writeShard } from './lib/pagefind-shards.ts';
import { readCollection } from './lib/read-dumps.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;
const bundle = join(dist, 'pagefind');
const papersDir = process.env.PAPERS_DIR || PAPERS_DIRECTORY;
const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

const collection = readCollection(papersDir);
const papers = [...collection].map(([slug, text]) => {
  const { date } = readTitleAndDate(text);
  if (typeof date !== 'string') throw new Error(`${join(papersDir, `${slug}.md`)}: no date`);
  return { slug, date };
});
const code = codeFingerprint(resolve(import.meta.dirname, '..'));
const shards = assignShards(papers).map((shard) => ({
  ...shard,
  fingerprint: shardFingerprint(code, shard.slugs.map((slug) => ({ slug, text: collection.get(slug) as string }))),
}));

removeLeftovers(bundle);
const toIndex = shards.filter(({ name, fingerprint }) => builtFingerprint(bundle, name) !== fingerprint);
const unbuilt = unbuiltPages(dist, papersDir, toIndex.flatMap(({ slugs }) => slugs));
if (unbuilt.length > 0) {
  const [{ page, file } = { page: '', file: '' }] = unbuilt;
  const more = unbuilt.length > 1 ? ` (and ${unbuilt.length - 1} more ${unbuilt.length === 2 ? 'page' : 'pages'})` : '';
  process.stderr.write(`${page} is ${existsSync(page) ? `older than ${file}` : 'missing'}${more}: build the site (astro build) from this collection first` +
    ' (if it was, the collection files were copied with new times: build once with INCREMENTAL_BUILD=0)\n');
  process.exit(2);
}
const rebuilt: string[] = [];
for (const { name, slugs, fingerprint } of toIndex) {
  const shardStarted = performance.now();
  await writeShard(dist, bundle, name, slugs, fingerprint);
  rebuilt.push(`${name} (${slugs.length} papers, ${seconds(shardStarted)})`);
}
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

const manifest = offlineManifest(offlineCandidates(), shards[0]?.name);
writeFileAtomic(join(dist, 'offline-manifest.json'), JSON.stringify(manifest));
process.stdout.write([
  `Search index: ${papers.length} pages in ${shards.length} shards → ${bundle} in ${seconds(started)}`,
  `  rebuilt: ${rebuilt.join(', ') || 'none'}; reused: ${shards.length - rebuilt.length}${removed.length > 0 ? `; removed: ${removed.join(', ')}` : ''}`,
  `  offline cache: ${manifest.files.length} files (${(manifest.bytes / 1e6).toFixed(1)} MB)`,
].join('\n') + '\n');
