/** What an ingest run's output depends on besides the dumps' contents (see manifest.ts). */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dependencyKey } from '../build/dependencies.ts';
import type { Day } from '../common/dates.ts';
import { readUtf8 } from '../common/files.ts';
import { fileStamp } from './collection-folder.ts';
import type { IngestFingerprint } from './manifest.ts';

export interface FingerprintOptions {
  captured: Day | undefined;
  taxonomy: string;
  today: Day;
  /** The slug registry's text: a registry edited, restored or deleted is a run with work to do. */
  registry: string;
}

export function ingestFingerprint(files: readonly string[], options: FingerprintOptions): IngestFingerprint {
  return { inputs: files.map((file) => fileStamp(file)), settings: ingestSettings(options), code: ingestKey() };
}

/** The hash of everything but the dumps and the code that the run's output depends on. */
export function ingestSettings(options: FingerprintOptions): string {
  const settings = createHash('sha256');
  settings.update(JSON.stringify({ captured: options.captured ?? null, today: options.today, cwd: process.cwd() }));
  settings.update(readUtf8(options.taxonomy));
  settings.update('\u0000').update(options.registry);
  return settings.digest('hex');
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
