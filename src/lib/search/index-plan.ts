/** The collection's papers in search shards (see shards.ts), each with the fingerprint of what its index is made from. */
import { join } from 'node:path';
import { readPaperIdentity } from '../ingest/paper-file.ts';
import { InputError } from '../common/files.ts';
import { codeFingerprint } from './pagefind-shards.ts';
import { assignShards, shardFingerprint, type PlannedShard } from './shards.ts';

export type FingerprintedShard = PlannedShard & { fingerprint: string };

/** `collection`: slug → text of each file in `papersDir`; `root`: the project, whose code the fingerprints hold. */
export function planShards(
  collection: ReadonlyMap<string, string>,
  papersDir: string,
  root: string,
): FingerprintedShard[] {
  const papers = [...collection].map(([slug, text]) => {
    const file = join(papersDir, `${slug}.md`);
    const { date } = readPaperIdentity(text, file);
    if (typeof date !== 'string') throw new InputError(`${file}: no date`);
    return { slug, date };
  });
  const code = codeFingerprint(root);
  return assignShards(papers).map((shard) => ({
    ...shard,
    fingerprint: shardFingerprint(
      code,
      shard.slugs.map((slug) => ({ slug, text: collection.get(slug) as string })),
    ),
  }));
}
