/** What an ingest run's output depends on besides the dumps' contents (see manifest.ts). */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dependencyKey } from '../build/dependencies.ts';
import type { Day } from '../common/dates.ts';
import { readUtf8 } from '../common/files.ts';
import { fileStamp } from './collection-folder.ts';
import type { IngestFingerprint } from './manifest.ts';

export function ingestFingerprint(
  files: readonly string[],
  options: { captured: Day | undefined; taxonomy: string; today: Day; registry: string },
): IngestFingerprint {
  const settings = createHash('sha256');
  settings.update(JSON.stringify({ captured: options.captured ?? null, today: options.today, cwd: process.cwd() }));
  settings.update(readUtf8(options.taxonomy));
  // The slug registry's text: a registry edited, restored or deleted is a run with work to do.
  settings.update('\u0000').update(options.registry);
  return { inputs: files.map((file) => fileStamp(file)), settings: settings.digest('hex'), code: ingestKey() };
}

/**
 * The key of what the ingest's code makes: the ingest and what it loads (slugs, YAML and front
 * matter come from packages, which the lock file pins). `settings` narrows it to one cache's own
 * inputs.
 */
export function ingestKey(settings: unknown = null): string {
  return dependencyKey(ROOT, { code: ['src/lib/ingest/run-ingest.ts'], settings });
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
