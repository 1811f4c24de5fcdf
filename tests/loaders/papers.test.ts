import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { paperLoader, RELATED_REFERENCE_FILE } from '../../src/loaders/papers.ts';
import { JOURNAL_FILE } from '../../src/lib/ingest/journal.ts';
import { paperFile } from '../helpers/collection.ts';
import { ROOT, temporaryFolder } from '../helpers/cli.ts';
import { displayPath } from '../../src/lib/common/files.ts';

interface Entry {
  id: string;
  digest: string;
  data: Record<string, unknown>;
}

/**
 * The part of Astro's loader context the paper loader uses, over a plain map; counts writes. Like
 * Astro's store, a set is ignored when the entry's digest is unchanged.
 */
function context(entries: Map<string, Entry>, cacheDir = temporaryFolder(), root = ROOT) {
  const writes: string[] = [];
  const logged: string[] = [];
  return {
    writes,
    logged,
    value: {
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: Entry) => {
          if (entries.get(entry.id)?.digest === entry.digest) return false;
          writes.push(entry.id);
          entries.set(entry.id, entry);
          return true;
        },
        keys: () => [...entries.keys()],
        delete: (id: string) => {
          writes.push(`-${id}`);
          entries.delete(id);
        },
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
      logger: { info: (message: string) => logged.push(message), warn() {} },
    },
  };
}

function writePaper(folder: string, slug: string, title: string, abstract: string, listed = '2026-01-02'): void {
  const data = {
    title,
    date: '2025-06-30',
    authors: 2,
    upvotes: 1,
    area: 'other',
    topics: ['other'],
    sources: [{ file: 'a.txt', line: 1, captured: listed }],
  };
  writeFileSync(join(folder, `${slug}.md`), paperFile(data, abstract));
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
  assert.deepEqual(
    Object.keys(entries.get('speech')?.data ?? {}).sort(),
    ['area', 'authors', 'date', 'related', 'sources', 'title', 'topics', 'upvotes'],
    'the store keeps no text of the abstract',
  );
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

test('entries other code stored are parsed again, not reused', async () => {
  const folder = temporaryFolder();
  writePaper(folder, 'speech', 'Speech recognition', 'Acoustic models transcribe spoken audio into text.');
  const text = readFileSync(join(folder, 'speech.md'), 'utf8');
  const run = context(new Map());
  const old: Entry = {
    id: 'speech',
    digest: run.value.generateDigest(text),
    data: { title: 'Speech recognition', summary: 'Acoustic models…', related: [] },
  };
  const entries = new Map<string, Entry>([['speech', old]]);
  const again = context(entries);
  await paperLoader(folder).load(again.value as never);
  assert.deepEqual(again.writes, ['speech']);
  assert.notEqual(entries.get('speech')?.digest, old.digest);
  assert.equal('summary' in (entries.get('speech')?.data ?? {}), false);
  assert.equal(entries.get('speech')?.data.upvotes, 1);
  // A copy of the project: the same code, the same digests; a module the loader loads edited, other digests.
  const root = temporaryFolder();
  for (const path of ['src', 'package-lock.json']) cpSync(join(ROOT, path), join(root, path), { recursive: true });
  const copied = context(entries, temporaryFolder(), root);
  await paperLoader(folder).load(copied.value as never);
  assert.deepEqual(copied.writes, []);
  const digest = entries.get('speech')?.digest;
  appendFileSync(join(root, 'src/lib/ingest/markdown-body.ts'), '\n// edited\n');
  const edited = context(entries, temporaryFolder(), root);
  await paperLoader(folder).load(edited.value as never);
  assert.deepEqual(edited.writes, ['speech'], 'parsed again');
  assert.notEqual(entries.get('speech')?.digest, digest);
});

test('related papers: the papers listed before the newest month are worked out once, in the cache folder', async () => {
  const [folder, cacheDir] = [temporaryFolder(), temporaryFolder()];
  const subjects = ['graph neural networks', 'speech recognition', 'protein folding', 'image segmentation'];
  subjects.forEach((subject, i) => {
    for (const month of ['01', '02', '03'])
      writePaper(
        folder,
        `p-${i}-${month}`,
        `On ${subject}`,
        `We study ${subject} in month ${month}.`,
        `2025-${month}-10`,
      );
  });
  const load = async (entries: Map<string, Entry>, cache: string) => {
    const run = context(entries, cache);
    await paperLoader(folder).load(run.value as never);
    return run.logged.join('\n');
  };
  const entries = new Map<string, Entry>();
  assert.match(await load(entries, cacheDir), /related papers of every paper/);
  assert.ok(existsSync(join(cacheDir, RELATED_REFERENCE_FILE)));
  // A new day of the newest month (its date is June's, like every paper's: the listing's month counts).
  writePaper(folder, 'p-new', 'On graph neural networks', 'Graph neural networks, again.', '2025-03-11');
  assert.match(await load(entries, cacheDir), /related papers of the newest month only/);
  const afresh = new Map<string, Entry>();
  assert.match(await load(afresh, temporaryFolder()), /of every paper/);
  assert.deepEqual(
    [...entries].map(([id, { data }]) => [id, data.related]).sort(),
    [...afresh].map(([id, { data }]) => [id, data.related]).sort(),
  );
  assert.ok((entries.get('p-0-01')?.data.related as string[]).includes('p-new'));
  // A damaged reference file is not used: the lists are worked out again, the same.
  const referenceFile = join(cacheDir, RELATED_REFERENCE_FILE);
  const damaged = readFileSync(referenceFile);
  damaged[damaged.length - 1] = (damaged[damaged.length - 1] as number) ^ 0xff;
  writeFileSync(referenceFile, damaged);
  writePaper(folder, 'p-new', 'On graph neural networks', 'Graph neural networks, once more.', '2025-03-11');
  assert.match(await load(entries, cacheDir), /of every paper/);
  assert.ok((entries.get('p-0-01')?.data.related as string[]).includes('p-new'));
  // A paper of an earlier month edited: its terms' rarity changes, everything is worked out again.
  writePaper(folder, 'p-1-01', 'On speech recognition', 'We study speech recognition, edited.', '2025-01-10');
  assert.match(await load(entries, cacheDir), /of every paper/);
  // A cache folder that cannot be written to costs time, not the build.
  const notAFolder = join(temporaryFolder(), 'file');
  writeFileSync(notAFolder, '');
  const warned: string[] = [];
  const run = context(new Map(), notAFolder);
  await paperLoader(folder).load({
    ...run.value,
    logger: { ...run.value.logger, warn: (message: string) => warned.push(message) },
  } as never);
  assert.match(warned.join('\n'), /could not keep the related papers' reference/);
});

test('a collection an ingest was stopped while updating is refused, naming the command that finishes it', async () => {
  const folder = temporaryFolder();
  writePaper(folder, 'a', 'A paper', 'An abstract.');
  writeFileSync(join(folder, JOURNAL_FILE), JSON.stringify({ renames: [], removals: [] }));
  const run = context(new Map());
  await assert.rejects(
    paperLoader(folder).load(run.value as never),
    /an ingest was stopped while it updated this collection; run `npm run ingest` to finish the update$/,
  );
  assert.deepEqual(run.writes, []);
});

test('a paper file whose front matter cannot be read is refused in one line naming it and its line', async () => {
  const work = temporaryFolder();
  const folder = join(work, 'papers');
  mkdirSync(folder);
  writePaper(folder, 'a', 'A paper', 'An abstract.');
  writePaper(folder, 'b', 'B paper', 'Another abstract.');
  for (const slug of ['a', 'b']) {
    const file = join(folder, `${slug}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: /m, 'title: [oops '));
  }
  // The registry gives `a` to a paper: the ingest writes that file again. `b` is no paper's.
  writeFileSync(join(work, 'slugs.json'), '{\n  "a": "2025-06-30 a paper"\n}\n');
  for (const slug of ['a', 'b']) {
    for (const stored of [new Map<string, Entry>(), new Map([[slug, { id: slug, digest: 'x', data: {} }]])]) {
      const run = context(stored);
      await assert.rejects(paperLoader(folder).load(run.value as never), (error: Error) => {
        const message = `${join(folder, `${slug}.md`)}: line 3: missed comma between flow collection entries`;
        assert.equal(
          error.message,
          slug === 'a'
            ? `${message}; ${displayPath(join(work, 'slugs.json'))} gives its slug to a paper: run \`npm run ingest\` to write the file again`
            : message,
        );
        assert.equal(error.stack, '', 'no stack trace');
        return true;
      });
      assert.deepEqual(run.writes, []);
    }
    rmSync(join(folder, `${slug}.md`));
  }
});
