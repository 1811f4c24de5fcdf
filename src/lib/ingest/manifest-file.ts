/** The ingest manifest's file in the collection folder (see manifest.ts): read at the start of a run, written at its end. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionPlan } from './collection-plan.ts';
import { recordedPaths, type SurveyedFile } from './collection-folder.ts';
import { MANIFEST_FILE, type FileRecord, type IngestFingerprint, type IngestManifest } from './manifest.ts';
import type { IngestReport } from './report.ts';
import type { RenderedFile } from './threads.ts';
import { writeFileAtomic } from '../common/files.ts';

/** The last run's manifest; none if it is missing or not one (an older version's is read, and its records not trusted). */
export function readManifest(out: string): IngestManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as IngestManifest | null;
    return typeof manifest?.fingerprint === 'object' && Array.isArray(manifest.files) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export interface WrittenCollection {
  plan: CollectionPlan;
  /** Each planned paper's file as rendered, in the plan's order. */
  rendered: readonly RenderedFile[];
  /** The collection as surveyed before the run wrote. */
  existing: ReadonlyMap<string, SurveyedFile>;
}

/**
 * Records the run: the papers' files as written or as surveyed, and the other files as surveyed.
 * A file that appeared or went during the run differs from these, so the next run looks at it.
 */
export function writeManifest(
  out: string,
  fingerprint: IngestFingerprint,
  { plan, rendered, existing }: WrittenCollection,
  report: IngestReport,
): void {
  const recordedPath = recordedPaths(out);
  const files: FileRecord[] = plan.papers.map(({ key, slug, name }, i) => {
    const { hash, written } = rendered[i] as RenderedFile;
    const { size, mtimeMs } = written ?? (existing.get(slug) as SurveyedFile).stat;
    return { path: recordedPath(name), size, mtimeMs, key, hash };
  });
  for (const slug of plan.ignored) {
    const { stat, hash } = existing.get(slug) as SurveyedFile;
    files.push({ path: recordedPath(`${slug}.md`), ...stat, hash });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  writeFileAtomic(join(out, MANIFEST_FILE), JSON.stringify({ fingerprint, files, report }));
}
