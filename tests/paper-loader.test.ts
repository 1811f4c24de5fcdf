import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { paperLoader, STORE_FORMAT } from '../src/loaders/papers.ts';
import { renderPaperFile } from '../src/lib/paper-file.ts';
import { temporaryFolder } from './helpers/cli.ts';

interface Entry {
  id: string;
  digest: string;
  data: Record<string, unknown>;
}

/**
 * The part of Astro's loader context the paper loader uses, over a plain map; counts writes. Like
 * Astro's store, a set is ignored when the entry's digest is unchanged.
 */
function context(entries: Map<string, Entry>) {
  const writes: string[] = [];
  return {
    writes,
    value: {
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: Entry) => {
          if (entries.get(entry.id)?.digest === entry.digest) return false;
          writes.push(entry.id);
          entries.set(entry.id, entry);
          return true;
        },
        keys: () => [...entries.keys()],
        delete: (id: string) => { writes.push(`-${id}`); entries.delete(id); },
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
      logger: { info() {}, warn() {} },
    },
  };
}

function writePaper(folder: string, slug: string, title: string, abstract: string): void {
  const data = { title, date: '2026-01-02', authors: 2, upvotes: 1, topics: ['other'], sources: [{ file: 'a.txt', line: 1, captured: '2026-01-02' }] };
  writeFileSync(join(folder, `${slug}.md`), renderPaperFile(data, abstract));
}

test('the loader stores each paper with its related papers, and redoes only what changed', async () => {
  const folder = temporaryFolder();
  writePaper(folder, 'graphs-a', 'Graph networks A', 'Graph neural networks pass messages between graph nodes.');
  writePaper(folder, 'graphs-b', 'Graph networks B', 'Message passing graph neural networks on molecular graph nodes.');
  writePaper(folder, 'speech', 'Speech recognition', 'Acoustic models transcribe spoken audio into text.');
  const entries = new Map<string, Entry>();
  const load = async () => {
    const run = context(entries);
    await paperLoader(folder).load(run.value as never);
    return run.writes;
  };

  assert.deepEqual(await load(), ['graphs-a', 'graphs-b', 'speech']);
  assert.deepEqual((entries.get('graphs-a')?.data.related as string[])[0], 'graphs-b');
  assert.equal(entries.get('speech')?.data.summary, 'Acoustic models transcribe spoken audio into text.');
  assert.equal('abstract' in (entries.get('speech')?.data ?? {}), false, 'the store keeps no whole abstract');
  assert.deepEqual(await load(), [], 'nothing changed: nothing written');

  writePaper(folder, 'graphs-c', 'Graph networks C', 'Graph neural networks for molecular graph message passing.');
  const added = await load();
  assert.ok(added.includes('graphs-c'), added.join());
  assert.ok((entries.get('graphs-a')?.data.related as string[]).includes('graphs-c'), 'old papers see the new one');

  rmSync(join(folder, 'graphs-c.md'));
  assert.ok((await load()).includes('-graphs-c'));
  assert.deepEqual([...entries.keys()].sort(), ['graphs-a', 'graphs-b', 'speech']);
  assert.ok(!(entries.get('graphs-a')?.data.related as string[]).includes('graphs-c'), 'nor the removed one any more');
});

test('entries an older loader stored are parsed again, not reused', async () => {
  const folder = temporaryFolder();
  writePaper(folder, 'speech', 'Speech recognition', 'Acoustic models transcribe spoken audio into text.');
  const text = readFileSync(join(folder, 'speech.md'), 'utf8');
  const run = context(new Map());
  const old: Entry = { id: 'speech', digest: run.value.generateDigest(text), data: { title: 'Speech recognition', abstract: 'Acoustic models…', related: [] } };
  const entries = new Map<string, Entry>([['speech', old]]);
  const again = context(entries);
  await paperLoader(folder).load(again.value as never);
  assert.deepEqual(again.writes, ['speech']);
  assert.equal(entries.get('speech')?.digest, run.value.generateDigest(STORE_FORMAT + text));
  assert.equal(entries.get('speech')?.data.summary, 'Acoustic models transcribe spoken audio into text.');
});
