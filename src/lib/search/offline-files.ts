/** The offline list of a built site (see offline.ts): the files it chooses from, and its file. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  OFFLINE_CANDIDATES,
  OFFLINE_MANIFEST_FILE,
  offlineManifest,
  type OfflineManifest,
  type SiteFile,
  versionedWorker,
} from './offline.ts';
import { listFiles, writeFileAtomic } from '../common/files.ts';

/** The built files the offline manifest chooses from (see OFFLINE_CANDIDATES). */
function offlineCandidates(dist: string): SiteFile[] {
  const pages = OFFLINE_CANDIDATES.files.flatMap((path) => {
    const stats = statSync(join(dist, path), { throwIfNoEntry: false });
    return stats?.isFile() ? [{ path, bytes: stats.size }] : [];
  });
  const inFolders = OFFLINE_CANDIDATES.folders.flatMap((folder) =>
    existsSync(join(dist, folder))
      ? listFiles(join(dist, folder)).map(({ path, bytes }) => ({ path: `${folder}${path}`, bytes }))
      : [],
  );
  return [...pages, ...inFolders];
}

/** The service worker, at the site's root (from public/). */
const WORKER_FILE = 'sw.js';

const contentHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('base64url');

/**
 * Writes the built site's offline list, and its version into the service worker (which a site
 * built from public/ has; an index made into a folder without one makes the list alone);
 * `primary`: its newest shard.
 */
export function writeOfflineManifest(dist: string, primary: string | undefined): OfflineManifest {
  const manifest = offlineManifest(offlineCandidates(dist), primary, (path) => contentHash(join(dist, path)));
  writeFileAtomic(join(dist, OFFLINE_MANIFEST_FILE), JSON.stringify(manifest));
  const worker = join(dist, WORKER_FILE);
  if (existsSync(worker)) writeFileAtomic(worker, versionedWorker(readFileSync(worker, 'utf8'), manifest.version));
  return manifest;
}

export function removeOfflineManifest(dist: string): void {
  rmSync(join(dist, OFFLINE_MANIFEST_FILE), { force: true });
}
