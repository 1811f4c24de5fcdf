import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  pruneCache,
  readDumpCached,
  readDumpFile,
  writeCacheFile,
  type DumpTopics,
  type TopicCache,
} from '../../src/lib/ingest/dump-file.ts';
import { readTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { compileTaxonomy } from '../../src/lib/topics/scoring.ts';
import { SAMPLE, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';
import { textEntry } from '../helpers/text-dump.ts';

const taxonomy = compileTaxonomy(readTaxonomy(TAXONOMY));
const today = { year: 2026, month: 11, day: 24 };
const options = { captured: undefined, today, taxonomy };

function setUp(text: string | Buffer = readFileSync(SAMPLE)): { dump: string; cache: TopicCache } {
  const dump = join(temporaryFolder(), 'daily-papers-2026-04-13.txt');
  writeFileSync(dump, text);
  return { dump, cache: { folder: temporaryFolder(), salt: 'code and taxonomy' } };
}

/** Reads the dump through the cache and keeps what it scored, as the ingest does. */
function readAndKeep(dump: string, cache: TopicCache) {
  const read = readDumpCached(dump, options, cache);
  if (read.scored) writeCacheFile(cache.folder, read.key, read.scored);
  return read;
}

test('a dump read with its cached topics gives what reading it gives; topics are scored only the first time', () => {
  const { dump, cache } = setUp();
  const first = readAndKeep(dump, cache);
  assert.deepEqual(first.file, readDumpFile(dump, options));
  assert.deepEqual(
    first.scored,
    first.file.dump.entries.map(({ line, topics }) => [line, topics]),
  );
  const second = readAndKeep(dump, cache);
  assert.equal(second.scored, undefined);
  assert.deepEqual(second.file, first.file);
});

test('the cached topics are the ones used, whatever the path or the day', () => {
  const { dump, cache } = setUp();
  const { key, file } = readAndKeep(dump, cache);
  const line = file.dump.entries[0]?.line as number;
  const tampered: DumpTopics = file.dump.entries.map(({ line: at, topics }) => [
    at,
    at === line ? { topics: ['from-the-cache'], scores: [9], area: 'other' } : topics,
  ]);
  writeCacheFile(cache.folder, key, tampered);
  const copy = join(temporaryFolder(), 'another-name.txt');
  writeFileSync(copy, readFileSync(dump));
  for (const [path, day] of [
    [dump, today],
    [copy, { year: 2027, month: 1, day: 1 }],
  ] as const) {
    const read = readDumpCached(path, { ...options, today: day }, cache);
    assert.equal(read.key, key);
    assert.deepEqual(read.file.dump.entries[0]?.topics, { topics: ['from-the-cache'], scores: [9], area: 'other' });
  }
});

test('another text or salt is another cache file; a damaged one is scored again; an entry it lacks is scored and added', () => {
  const { dump, cache } = setUp();
  const { key } = readAndKeep(dump, cache);
  assert.notEqual(readDumpCached(dump, options, { ...cache, salt: 'other code' }).key, key);
  writeFileSync(dump, `${readFileSync(SAMPLE, 'utf8')}\n`);
  assert.notEqual(readDumpCached(dump, options, cache).key, key);
  writeFileSync(dump, readFileSync(SAMPLE));
  const all = readDumpCached(dump, options, { ...cache, folder: temporaryFolder() }).scored;
  for (const damaged of [
    '{"not": "a list"}',
    'null',
    '[[13, 5]]',
    '[[13, {"topics": ["robotics"], "scores": []}]]',
    '[[',
    '',
  ]) {
    writeFileSync(join(cache.folder, `${key}.json`), damaged);
    assert.deepEqual(readDumpCached(dump, options, cache).scored, all, damaged);
  }

  // Dated after today when it was first read, the entry has no cached topics when it is accepted later.
  const entry = (title: string, date: string) =>
    textEntry(title, date, { abstract: 'Graph neural networks for speech recognition.' });
  const later = setUp(entry('Early Paper', 'Nov 20, 2026') + entry('Late Paper', 'Dec 1, 2026'));
  const atFirst = readAndKeep(later.dump, later.cache);
  assert.deepEqual(
    atFirst.file.dump.entries.map(({ title }) => title),
    ['Early Paper'],
  );
  const december = { ...options, today: { year: 2026, month: 12, day: 2 } };
  const read = readDumpCached(later.dump, december, later.cache);
  assert.deepEqual(read.file, readDumpFile(later.dump, december));
  assert.deepEqual(
    read.scored?.map(([line]) => line),
    read.file.dump.entries.map(({ line }) => line),
    'the entry it lacked is added',
  );
  writeCacheFile(later.cache.folder, read.key, read.scored ?? []);
  assert.equal(readDumpCached(later.dump, december, later.cache).scored, undefined);
});

test('pruning keeps the cache files of the dumps read, and what is not a cache file', () => {
  const folder = temporaryFolder();
  const [used, unused] = ['a', 'b'].map((letter) => letter.repeat(43));
  for (const name of [`${used}.json`, `${unused}.json`, '.x1y2z3.tmp', 'notes.txt'])
    writeFileSync(join(folder, name), '[]');
  mkdirSync(join(folder, 'kept'));
  pruneCache(folder, new Set([used as string]));
  assert.deepEqual(readdirSync(folder).sort(), [`${used}.json`, 'kept', 'notes.txt']);
});
