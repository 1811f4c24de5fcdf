/**
 * One ingest run: the dumps read (every thread taking a share), their entries merged into
 * papers, the papers laid out in the collection folder and the files that changed written; or,
 * when the manifest shows that nothing changed since the last run, its report. Everything is
 * parsed and checked before the first write.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dayOfInstant } from '../common/dates.ts';
import { mergeEntries } from './collection.ts';
import { sourceDumps, stampCollection, surveyCollection } from './collection-folder.ts';
import { planCollection, slugsGiven } from './collection-plan.ts';
import { TOPIC_CACHE_FOLDER } from './dump-file.ts';
import { ingestFingerprint, ingestKey, ingestSettings } from './fingerprint.ts';
import { manifestHolds, recordsToTrust, unchangedReport } from './manifest.ts';
import { readManifest, writeManifest } from './manifest-file.ts';
import type { IngestOptions } from './options.ts';
import { dumpProgress, findDumps, summarizeDumps } from './read-dumps.ts';
import { readTaxonomy } from '../topics/taxonomy.ts';
import type { IngestReport } from './report.ts';
import { judgeShrink } from './shrink-guard.ts';
import { helpersFor, Threads } from './threads.ts';
import { updateTopicCache, writeCollection } from './write-collection.ts';
import { displayPath, InputError, refuseUnlessFolder } from '../common/files.ts';
import { plural } from '../common/text.ts';
import { finishUpdate, unfinishedUpdate, unfinishedUpdateMessage } from './journal.ts';
import { lockCollection } from './collection-lock.ts';
import {
  extendRegistry,
  parseSlugRegistry,
  readRegistryText,
  slugRegistryFile,
  writeSlugRegistry,
} from './slug-registry.ts';

export interface IngestOutcome {
  report: IngestReport;
  /** 1 when --strict refused rejected entries, else 0. */
  exitCode: number;
  /** Something that did not stop the run, for a terminal (see updateTopicCache). */
  warning: string | undefined;
  /** Why the run wrote nothing and exits 1 (see shrink-guard.ts); undefined otherwise. */
  refusal?: string | undefined;
}

export async function runIngest(options: IngestOptions): Promise<IngestOutcome> {
  // A collection folder that is a file (`--out README.md`) could only fail later, at the first write.
  refuseUnlessFolder(options.out);
  const files = findDumps(options.inputs);
  if (options.check) return ingest(options, files);
  const release = lockCollection(options.out);
  try {
    return await ingest(options, files);
  } finally {
    release();
  }
}

async function ingest(options: IngestOptions, files: string[]): Promise<IngestOutcome> {
  // Before anything is read: the collection as the stopped update would have left it.
  if (options.check && unfinishedUpdate(options.out)) throw new InputError(unfinishedUpdateMessage(options.out));
  const finished = options.check ? undefined : finishUpdate(options.out);
  const repair =
    finished === undefined
      ? undefined
      : `finished the update a stopped run left in ${displayPath(options.out)} (${plural(finished, 'file')})`;
  // One reading of the clock: the day the manifest records is the day the dumps are dated by.
  const today = dayOfInstant(new Date());
  const registryFile = slugRegistryFile(options.out);
  const registryText = readRegistryText(registryFile);
  const print = ingestFingerprint(files, { ...options, today, registry: registryText });
  const manifest = readManifest(options.out);
  if (!options.check && manifestHolds(manifest, print, () => stampCollection(options.out))) {
    const report = unchangedReport(manifest.report);
    return { report, exitCode: options.strict && report.rejected.length > 0 ? 1 : 0, warning: repair };
  }
  const threads = new Threads(helpersFor(files.length));
  try {
    const taxonomy = readTaxonomy(options.taxonomy);
    const cache = { folder: join(options.out, TOPIC_CACHE_FOLDER), salt: ingestKey(taxonomy) };
    const read = await threads.readDumps(files, {
      captured: options.captured,
      today,
      taxonomy,
      progress: dumpProgress(files.length, !options.json),
      cache,
    });
    const merged = mergeEntries(read.map(({ dump }) => dump));
    const existing = surveyCollection(options.out, recordsToTrust(manifest, print.code));
    const registry = parseSlugRegistry(displayPath(registryFile), registryText);
    const plan = planCollection(merged, existing, registry);
    const { dumps, entries, rejected, inferredYears } = summarizeDumps(read);
    const shrink = judgeShrink(
      plan.removed.map((slug) => ({ dumps: sourceDumps(options.out, slug) })),
      existing.size - plan.ignored.length,
      dumps,
      (file) => existsSync(file),
    );
    const refusal = options.allowShrink ? undefined : shrink.refusal;
    const refused = (options.strict && rejected.length > 0) || refusal !== undefined;
    const writing = !options.check && !refused;
    const rendered = writing
      ? await writeCollection(options.out, plan, threads)
      : await threads.writePapers(plan.papers, undefined);
    const papers = { total: rendered.length, new: 0, updated: 0, unchanged: 0, removed: plan.removed.length };
    for (const { status } of rendered) papers[status]++;
    const { removed, ignored, repaired } = plan;
    const report: IngestReport = {
      out: displayPath(options.out),
      written: writing,
      dumps,
      entries,
      papers,
      deletedDumps: shrink.deleted,
      removed,
      ignored,
      repaired,
      rejected,
      inferredYears,
    };
    if (!writing) return { report, exitCode: refused ? 1 : 0, warning: repair, refusal };
    const given = slugsGiven(existing, plan.papers);
    const written = writeSlugRegistry(registryFile, registryText, extendRegistry(registry, given));
    // The manifest goes last: it vouches for the registry as written.
    const settings = ingestSettings({ ...options, today, registry: written });
    writeManifest(options.out, { ...print, settings }, { plan, rendered, existing }, report);
    const cacheWarning = await updateTopicCache(cache.folder, read, threads);
    return { report, exitCode: 0, warning: [repair, cacheWarning].filter(Boolean).join('; ') || undefined };
  } finally {
    threads.close();
  }
}
