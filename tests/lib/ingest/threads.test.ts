import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { mergeEntries } from '../../../src/lib/ingest/collection.ts';
import { paperFileText } from '../../../src/lib/ingest/paper-file.ts';
import { compileTaxonomy } from '../../../src/lib/topics/scoring.ts';
import { readDumpFile } from '../../../src/lib/ingest/dump-file.ts';
import { InputError, textHash } from '../../../src/lib/common/files.ts';
import { readTaxonomy } from '../../../src/lib/topics/taxonomy.ts';
import {
  helpersFor,
  Threads,
  type Outcome,
  type ReadDump,
  type ReadOutcomes,
  type RenderedFile,
  type Task,
} from '../../../src/lib/ingest/threads.ts';
import { SAMPLE, TAXONOMY, temporaryFolder } from '../../helpers/cli.ts';
import { textEntry } from '../../helpers/text-dump.ts';

const taxonomy = readTaxonomy(TAXONOMY);
const today = { year: 2026, month: 11, day: 24 };
/** Progress that holds the main thread a moment at each dump it claims, so the helper claims some too. */
const pausing = { tick: () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5), done() {} };
const entry = (title: string, date: string) => textEntry(title, date, { abstract: `Abstract of ${title}.` });

/** Dumps in a folder of their own: `copies` of the sample, then small ones. */
function dumps(count: number, copies = 1): string[] {
  const dir = temporaryFolder();
  const files = Array.from({ length: copies }, (_, i) => join(dir, `a${String(i).padStart(3, '0')}-2026-04-13.txt`));
  for (const file of files) copyFileSync(SAMPLE, file);
  for (let i = files.length; i < count; i++) {
    files.push(join(dir, `b${i}-2026-04-13.txt`));
    writeFileSync(files[i] as string, `${entry(`Paper ${i}`, 'Apr 1')}${entry('Shared Paper', 'Mar 3')}`);
  }
  return files;
}

test('a helper per core besides the main thread, at most three, and none that would find no dump to read', () => {
  assert.equal(helpersFor(1, 2), 0);
  assert.equal(helpersFor(2, 2), 1);
  assert.equal(helpersFor(40, 2), 1);
  assert.equal(helpersFor(3, 8), 2);
  assert.equal(helpersFor(40, 8), 3);
  assert.equal(helpersFor(0, 8), 0);
  assert.equal(helpersFor(5, 1), 0);
});

/** With one helper, loaded before the work starts, so that both threads take a share. */
async function withThreads<T>(work: (threads: Threads) => Promise<T>): Promise<T> {
  const threads = new Threads(1);
  try {
    await threads.ready();
    return await work(threads);
  } finally {
    threads.close();
  }
}

/**
 * The dumps read with both threads taking a share: which thread claims which dump is the
 * scheduler's to decide, and on a loaded machine one thread may claim them all, so the read is
 * tried again until both did.
 */
async function readShared(threads: Threads, files: readonly string[]): Promise<ReadDump[]> {
  for (let tries = 1; ; tries++) {
    const read = await threads.readDumps(files, { captured: undefined, today, taxonomy, progress: pausing });
    const threadsUsed = new Set(read.flatMap(({ dump }) => dump.entries.map(({ thread }) => thread)));
    if (threadsUsed.size === 2 || tries === 10) return read;
  }
}

test('dumps read by two threads give what one thread reads, in order', async () => {
  const files = dumps(40, 20);
  const read = await withThreads((threads) => readShared(threads, files));
  const alone = files.map((path) =>
    readDumpFile(path, { captured: undefined, today, taxonomy: compileTaxonomy(taxonomy) }),
  );
  assert.deepEqual(
    read.map(({ summary }) => summary),
    alone.map(({ summary }) => summary),
  );
  const facts = (entries: readonly { key: string; title: string; topics: unknown; upvotes: number }[]) =>
    entries.map(({ key, title, topics, upvotes }) => ({ key, title, topics, upvotes }));
  assert.deepEqual(
    read.map(({ dump }) => facts(dump.entries)),
    alone.map(({ dump }) => facts(dump.entries)),
  );
  const byThread = (thread: number) =>
    read.filter(({ dump }) => dump.entries.some((entry) => entry.thread === thread)).length;
  assert.ok(
    byThread(0) > 0 && byThread(1) > 0,
    `dumps read: ${byThread(0)} by the main thread, ${byThread(1)} by the helper`,
  );
});

test('a helper reads every dump it claims, then renders and writes the files whose text it has', async () => {
  const files = dumps(3);
  const helper = new Worker(new URL('../../../src/lib/ingest/thread-worker.ts', import.meta.url), { workerData: 1 });
  try {
    const ask = (task: Task) =>
      new Promise<unknown>((resolve) => {
        helper.once('message', resolve);
        helper.postMessage(task);
      });
    assert.equal(await ask({ kind: 'ready' }), 'ready');
    const cache = { folder: temporaryFolder(), salt: 'salt' };
    const readAll = async () => {
      const claims = new Int32Array(new SharedArrayBuffer(4));
      return JSON.parse(
        (await ask({ kind: 'read', files, claims, captured: undefined, today, taxonomy, cache })) as string,
      ) as ReadOutcomes;
    };
    const read = await readAll();
    assert.deepEqual(
      read.map(([index]) => index),
      [0, 1, 2],
    );
    const dumpsRead = read.map(([, outcome]) => ('value' in outcome ? outcome.value.dump : assert.fail('not read')));
    assert.ok(dumpsRead.every(({ entries }) => entries.every(({ thread }) => thread === 1)));
    const papers = mergeEntries(dumpsRead);
    const folder = temporaryFolder();
    const task = JSON.stringify(papers.map(({ data, newest }, i) => ({ ref: newest.ref, name: `p${i}.md`, data })));
    const written = (await ask({ kind: 'write', files: task, target: { folder } })) as Outcome<RenderedFile[]>;
    assert.ok('value' in written);
    assert.equal(readdirSync(folder).length, papers.length);
    assert.deepEqual(
      written.value.map(({ status }) => status),
      papers.map(() => 'new'),
    );
    const small = papers.filter(({ data }) => /^(?:Paper \d+|Shared Paper)$/.test(data.title));
    assert.equal(small.length, 3);
    const abstracts = await ask({ kind: 'abstracts', refs: small.map(({ newest }) => newest.ref) });
    assert.deepEqual(abstracts, { value: small.map(({ data }) => `Abstract of ${data.title}.`) });

    // The topics it scored go to the cache when asked, and the next read takes them from there.
    assert.deepEqual(await ask({ kind: 'keep', folder: cache.folder }), { value: undefined });
    const keys = read.map(([, outcome]) => ('value' in outcome ? outcome.value.cacheKey : undefined));
    assert.deepEqual(readdirSync(cache.folder).sort(), keys.map((key) => `${key}.json`).sort());
    const first = join(cache.folder, `${keys[0]}.json`);
    writeFileSync(
      first,
      readFileSync(first, 'utf8').replace(
        /"topics":\[[^\]]*\],"scores":\[[^\]]*\]/,
        '"topics":["from-the-cache"],"scores":[9]',
      ),
    );
    const again = await readAll();
    assert.deepEqual(
      again.map(([, outcome]) => ('value' in outcome ? outcome.value.cacheKey : undefined)),
      keys,
    );
    assert.deepEqual('value' in again[0]![1] ? again[0]![1].value.dump.entries[0]?.topics.topics : undefined, [
      'from-the-cache',
    ]);
    await ask({ kind: 'keep', folder: cache.folder });
    assert.equal(readdirSync(cache.folder).length, 3, 'nothing scored, nothing more kept');
  } finally {
    await helper.terminate();
  }
});

test('a dump that is not UTF-8 is reported by name and line, the first one in order', async () => {
  const files = dumps(8);
  writeFileSync(
    files[3] as string,
    Buffer.concat([Buffer.from(entry('Fine', 'Apr 1')), Buffer.from([0x41, 0xff, 0x0a])]),
  );
  writeFileSync(files[6] as string, Buffer.from([0xfe]));
  await withThreads(async (threads) => {
    await assert.rejects(
      threads.readDumps(files, { captured: undefined, today, taxonomy, progress: pausing }),
      (error) => {
        assert.ok(error instanceof InputError);
        assert.match(error.message, /b3-2026-04-13\.txt:9: not valid UTF-8 text$/);
        return true;
      },
    );
  });
});

test('each thread writes the files whose text it has; unchanged files are left alone', async () => {
  const files = dumps(30, 0);
  await withThreads(async (threads) => {
    const read = await readShared(threads, files);
    const papers = mergeEntries(read.map(({ dump }) => dump)).map(({ data, newest }, i) => ({
      name: `p${i}.md`,
      data,
      newest,
      before: undefined,
    }));
    assert.deepEqual(
      new Set(papers.map(({ newest }) => newest.thread)),
      new Set([0, 1]),
      'both threads have texts to write',
    );
    const folder = temporaryFolder();
    const checked = await threads.writePapers(papers, undefined);
    assert.deepEqual(readdirSync(folder), [], 'nothing written without a target');
    assert.ok(checked.every(({ status, written }) => status === 'new' && written === undefined));

    const rendered = await threads.writePapers(papers, { folder });
    assert.equal(readdirSync(folder).length, papers.length);
    for (const [i, { name, data }] of papers.entries()) {
      const text = readFileSync(join(folder, name), 'utf8');
      assert.ok(text.startsWith(paperFileText(data, '').trimEnd()), name);
      const { size, mtimeMs } = statSync(join(folder, name));
      assert.deepEqual(rendered[i]?.written, { size, mtimeMs });
      assert.equal(rendered[i]?.hash, textHash(text));
    }

    const again = papers.map((paper) => ({
      ...paper,
      before: textHash(readFileSync(join(folder, paper.name), 'utf8')),
    }));
    again[0] = { ...(again[0] as (typeof again)[number]), before: textHash('edited by hand') };
    const rerun = await threads.writePapers(again, { folder, staged: 'run' });
    assert.deepEqual(
      rerun.map(({ status }) => status),
      again.map((_, i) => (i === 0 ? 'updated' : 'unchanged')),
    );
    assert.ok(rerun.slice(1).every(({ written }) => written === undefined));
    // An update writes under temporary names; its journal renames them (journal.ts).
    assert.deepEqual(
      readdirSync(folder).filter((name) => name.endsWith('.tmp')),
      ['.p0.md.run.tmp'],
    );
  });
});

test('the abstracts of entries come from the threads that have them, in the order asked', async () => {
  const files = dumps(30, 0);
  await withThreads(async (threads) => {
    const read = await readShared(threads, files);
    const entries = read.flatMap(({ dump }) => dump.entries).reverse();
    assert.deepEqual(new Set(entries.map(({ thread }) => thread)), new Set([0, 1]), 'both threads have entries');
    assert.deepEqual(
      await threads.abstracts(entries),
      entries.map(({ title }) => `Abstract of ${title}.`),
    );
  });
});
