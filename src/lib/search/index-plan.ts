/** The collection's papers in search shards (see shards.ts), each with the fingerprint of what its index is made from. */
import { join } from 'node:path';
import { readPaperFile, readPaperIdentity } from '../ingest/paper-file.ts';
import { listingDay } from '../site/listing-day.ts';
import { InputError } from '../common/files.ts';
import { codeFingerprint } from './pagefind-shards.ts';
import { assignShards, shardFingerprint, sourcesBlock, type PlannedShard } from './shards.ts';

export type FingerprintedShard = PlannedShard & { fingerprint: string };

/** A source's day as the ingest writes it, last in the front matter (paper-file.ts). */
const CAPTURED = /^ {4}captured: "(\d{4}-\d{2}-\d{2})"$/gm;

/** The days a paper's sources were captured: from their lines as the ingest writes them, else from its front matter (a file edited by hand). */
function capturedDays(text: string, file: string): { captured: string }[] {
  const block = sourcesBlock(text);
  const written = block === undefined ? [] : [...text.slice(block.start, block.end).matchAll(CAPTURED)];
  if (written.length > 0) return written.map(([, captured]) => ({ captured: captured as string }));
  const { sources } = readPaperFile(text, file).data;
  const days = (Array.isArray(sources) ? sources : []).flatMap((source: { captured?: unknown }) =>
    typeof source?.captured === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(source.captured)
      ? [{ captured: source.captured }]
      : [],
  );
  if (days.length === 0) throw new InputError(`${file}: no source with the day it was captured`);
  return days;
}

/** `collection`: slug → text of each file in `papersDir`; `root`: the project, whose code the fingerprints hold. */
export function planShards(
  collection: ReadonlyMap<string, string>,
  papersDir: string,
  root: string,
): FingerprintedShard[] {
  const listed = new Map<string, string>();
  const papers = [...collection].map(([slug, text]) => {
    const file = join(papersDir, `${slug}.md`);
    const { date } = readPaperIdentity(text, file);
    if (typeof date !== 'string') throw new InputError(`${file}: no date`);
    listed.set(slug, listingDay(capturedDays(text, file)));
    return { slug, date: listed.get(slug) as string, year: date.slice(0, 4) };
  });
  const code = codeFingerprint(root);
  return assignShards(papers).map((shard) => ({
    ...shard,
    fingerprint: shardFingerprint(
      code,
      shard.slugs.map((slug) => ({ slug, text: collection.get(slug) as string, listed: listed.get(slug) as string })),
    ),
  }));
}
