/**
 * npm run index -- [--dist DIR]: builds the Pagefind search index of a built site (after
 * `astro build`) into DIR/pagefind, and the list of files the service worker caches offline.
 * Only paper pages are indexed (they alone carry data-pagefind-body), one result per paper.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { offlineManifest } from '../src/lib/offline.ts';
import { listFiles } from './lib/files.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;
const started = performance.now();

/**
 * Result fragments are bundled once there are more papers than this, so the index adds at most
 * this many fragment files (hosts cap file counts). A result then loads its bundle: measured at
 * 10k papers, 10 per bundle cost a cold query +57 kB over one file per paper, 5 per bundle +42 kB.
 */
const MAX_FRAGMENT_FILES = 5000;

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: MAX_FRAGMENT_FILES });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
// Only paper pages are indexed: reading the others (dates, topics…) would only cost time.
const added = await index.addDirectory({ path: dist, glob: 'papers/**/*.html' });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

const manifest = offlineManifest(listFiles(dist));
writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify(manifest));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`Search index: ${added.page_count} pages → ${dist}/pagefind in ${seconds}s; offline cache: ${manifest.files.length} files (${(manifest.bytes / 1e6).toFixed(1)} MB)\n`);
