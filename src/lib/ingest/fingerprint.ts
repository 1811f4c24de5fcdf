/** What an ingest run's output depends on besides the dumps' contents (see manifest.ts). */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dayOfInstant, type Day } from '../common/dates.ts';
import { fileStamp } from './collection-folder.ts';
import type { IngestFingerprint } from './manifest.ts';
import { fingerprintFiles, moduleClosure, readUtf8 } from '../common/files.ts';

export function ingestFingerprint(files: readonly string[], options: { captured: Day | undefined; taxonomy: string }): IngestFingerprint {
  const settings = createHash('sha256');
  settings.update(JSON.stringify({ captured: options.captured ?? null, today: dayOfInstant(new Date()), cwd: process.cwd() }));
  settings.update(readUtf8(options.taxonomy));
  // The packages too: slugs, YAML and front matter come from them.
  const code = [...moduleClosure(ROOT, ['scripts/ingest.ts']), 'package-lock.json'];
  // Topics and title keys fold text with Node's Unicode tables.
  return { inputs: files.map((file) => fileStamp(file)), settings: settings.digest('hex'), code: fingerprintFiles(ROOT, code, process.versions.unicode) };
}

/** Where the code whose change changes the collection is: the ingest script and what it loads. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
