/**
 * One ingest at a time per collection: a second one would drop the first one's temporary files
 * as leftovers (journal.ts). The lock is a file beside the collection folder (a first build
 * renames the folder into place) holding the process id; a lock whose process is gone, left by a
 * run that was killed, is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath, InputError, WriteError, writing } from '../common/files.ts';

function lockFile(out: string): string {
  return join(dirname(out), `.${basename(out)}.ingest-lock`);
}

/** Takes the collection `out` for this process; returns the release. */
export function lockCollection(out: string): () => void {
  const lock = lockFile(out);
  for (let attempt = 0; ; attempt++) {
    try {
      writing(lock, () => {
        mkdirSync(dirname(lock), { recursive: true });
        writeFileSync(lock, String(process.pid), { flag: 'wx' });
      });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if (!(error instanceof WriteError) || error.code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readHolder(lock), 10);
      if (attempt > 0 || isRunning(holder))
        throw new InputError(
          `${displayPath(out)}: another ingest (process ${Number.isNaN(holder) ? '?' : holder}) is updating it; wait for it to end, or remove ${displayPath(lock)} if none is running`,
        );
      rmSync(lock, { force: true });
    }
  }
}

function readHolder(lock: string): string {
  try {
    return readFileSync(lock, 'utf8');
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
