/**
 * Builds the search index of the collection into DIST/pagefind, and the list of files the
 * service worker caches offline. The index is made from the collection's files (record.ts), not
 * from built pages, so `astro build` runs it while it renders them (src/integrations/search-index.ts).
 *
 * The index is split into shards by listing day (shards.ts), each a Pagefind bundle DIST/pagefind/<shard>/,
 * listed newest first in DIST/pagefind/shards.json. Only shards whose papers or code changed since
 * they were built are indexed again; the others are kept. One result per paper, linking to its page.
 *
 * The offline list names built files, so it is written only once the pages are (build-signal.ts).
 * The old list is removed first, so a run that stops, however it stops, leaves none. A build that
 * stops stops the index after the shard it is making, before it changes the list of shards;
 * shards already swapped in stay (each matches the collection).
 */
import { join, resolve } from 'node:path';
import { TAXONOMY_FILE } from '../../content.config.ts';
import { readCollection } from '../ingest/collection-folder.ts';
import { unfinishedUpdate, unfinishedUpdateMessage } from '../ingest/journal.ts';
import { InputError, writeFileAtomic } from '../common/files.ts';
import { plural } from '../common/text.ts';
import { stopIfTheBuildStopped, type PagesSignal } from './build-signal.ts';
import { planShards } from './index-plan.ts';
import { removeOfflineManifest, writeOfflineManifest } from './offline-files.ts';
import { builtFingerprint, removeAllBut, removeLeftovers, writeShard } from './pagefind-shards.ts';
import { filterNamesOf, paperRecord } from './paper-records.ts';
import { SHARDS_FILE, type ShardInfo, type ShardList } from './sharded-search.ts';

export interface IndexOptions {
  /** The built site. */
  dist: string;
  /** The collection. */
  papersDir: string;
  /** The base path the site is built for, recorded with the shards (default /). */
  base?: string;
  pages: PagesSignal;
}

/** The project, whose code the shards' fingerprints hold. */
const ROOT = resolve(import.meta.dirname, '../../..');

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

/** Builds the index; returns its summary, for a terminal. */
export async function buildSearchIndex({ dist, papersDir, base = '/', pages }: IndexOptions): Promise<string> {
  const started = performance.now();
  const bundle = join(dist, 'pagefind');
  if (unfinishedUpdate(papersDir)) throw new InputError(unfinishedUpdateMessage(papersDir));
  const collection = readCollection(papersDir);
  const shards = planShards(collection, papersDir, ROOT);

  removeLeftovers(bundle);
  // The offline list names this index's files: until it is written again (below), none is better
  // than one naming files a stopped run may have replaced (the service worker would fail to install).
  removeOfflineManifest(dist);
  const toIndex = shards.filter(({ name, fingerprint }) => builtFingerprint(bundle, name) !== fingerprint);
  const names = filterNamesOf(TAXONOMY_FILE);
  const rebuilt: string[] = [];
  for (const { name, slugs, fingerprint } of toIndex) {
    const shardStarted = performance.now();
    const records = slugs.map((slug) =>
      paperRecord(join(papersDir, `${slug}.md`), slug, collection.get(slug) as string, names),
    );
    await writeShard(bundle, name, records, fingerprint);
    rebuilt.push(`${name} (${plural(slugs.length, 'paper')}, ${seconds(shardStarted)})`);
    stopIfTheBuildStopped(pages);
  }
  stopIfTheBuildStopped(pages);
  const list: ShardInfo[] = shards.map(({ name, from, to, years, slugs, fingerprint }) => ({
    name,
    from,
    to,
    years,
    papers: slugs.length,
    fingerprint,
  }));
  const shardList: ShardList = { base: base.endsWith('/') ? base : `${base}/`, shards: list };
  writeFileAtomic(join(bundle, SHARDS_FILE), `${JSON.stringify(shardList, null, 1)}\n`);
  const removed = removeAllBut(bundle, new Set([SHARDS_FILE, ...shards.map(({ name }) => name)]));

  const summary = [
    `Search index: ${plural(collection.size, 'paper')} in ${plural(shards.length, 'shard')} → ${bundle} in ${seconds(started)}`,
    `  rebuilt: ${rebuilt.join(', ') || 'none'}; reused: ${shards.length - rebuilt.length}${removed.length > 0 ? `; removed: ${removed.join(', ')}` : ''}`,
  ];
  if (await pages.built) {
    const manifest = writeOfflineManifest(dist, shards[0]?.name);
    summary.push(`  offline cache: ${plural(manifest.files.length, 'file')} (${(manifest.bytes / 1e6).toFixed(1)} MB)`);
  }
  return summary.join('\n');
}
