import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pruneCache, readDumpCached, readDumpFile, writeCacheFile, type DumpCache } from '../scripts/lib/dump-file.ts';
import { readTaxonomy } from '../scripts/lib/read-dumps.ts';
import { compileTaxonomy } from '../src/lib/topics.ts';
import { SAMPLE, TAXONOMY, temporaryFolder } from './helpers/cli.ts';

const taxonomy = compileTaxonomy(readTaxonomy(TAXONOMY));
const today = { year: 2026, month: 11, day: 24 };
const options = { captured: undefined, today, taxonomy };

function setUp(): { dump: string; cache: DumpCache } {
  const folder = temporaryFolder();
  const dump = join(folder, 'daily-papers-2026-04-13.txt');
  writeFileSync(dump, readFileSync(SAMPLE));
  return { dump, cache: { folder: temporaryFolder(), salt: 'code and taxonomy' } };
}

test('a dump read through the cache gives what reading it gives, without the abstracts, and is kept', () => {
  const { dump, cache } = setUp();
  const first = readDumpCached(dump, options, cache);
  assert.equal(first.parsed, true);
  const plain = readDumpFile(dump, options);
  assert.deepEqual(first.file, { ...plain, dump: { ...plain.dump, entries: plain.dump.entries.map(({ abstract: _abstract, ...kept }) => kept) } });
  writeCacheFile(cache.folder, first.key, first.file);
  const second = readDumpCached(dump, options, cache);
  // As JSON keeps it: a property that is undefined is left out.
  assert.deepEqual(second, { ...first, file: JSON.parse(JSON.stringify(first.file)), parsed: false });
});

test('another text, path or salt is another cache file; a damaged one is parsed again', () => {
  const { dump, cache } = setUp();
  const { key, file } = readDumpCached(dump, options, cache);
  writeCacheFile(cache.folder, key, file);
  assert.notEqual(readDumpCached(dump, options, { ...cache, salt: 'other code' }).key, key);
  writeFileSync(dump, `${readFileSync(SAMPLE, 'utf8')}\n`);
  const edited = readDumpCached(dump, options, cache);
  assert.ok(edited.parsed && edited.key !== key);
  writeFileSync(dump, readFileSync(SAMPLE));
  writeFileSync(join(cache.folder, `${key}.json`), '{"dump":');
  assert.equal(readDumpCached(dump, options, cache).parsed, true);
});

test('a cached read is used only on a day its dating holds', () => {
  const folder = temporaryFolder();
  const dump = join(folder, 'papers.txt'); // no date in the name: the header's day, capped at today
  writeFileSync(dump, readFileSync(SAMPLE));
  const cache = { folder: temporaryFolder(), salt: 's' };
  const { key, file } = readDumpCached(dump, options, cache);
  writeCacheFile(cache.folder, key, file);
  assert.equal(readDumpCached(dump, options, cache).parsed, false);
  assert.equal(readDumpCached(dump, { ...options, today: { year: 2026, month: 11, day: 25 } }, cache).parsed, true);
});

test('pruning keeps the cache files of the dumps read', () => {
  const folder = temporaryFolder();
  for (const name of ['a.json', 'b.json', '.x.tmp']) writeFileSync(join(folder, name), '{}');
  pruneCache(folder, new Set(['a']));
  assert.deepEqual(readdirSync(folder), ['a.json']);
});
