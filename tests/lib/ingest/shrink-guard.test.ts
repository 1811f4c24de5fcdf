import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeShrink, type RemovedPaper } from '../../../src/lib/ingest/shrink-guard.ts';

const removedFrom = (file: string, count: number): RemovedPaper[] =>
  Array.from({ length: count }, () => ({ dumps: [file] }));
const onDisk =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

test('a dump that gave papers and gives none now stops the run, naming it and the counts', () => {
  const { refusal, deleted } = judgeShrink(
    removedFrom('dumps/a.txt', 43),
    43,
    [{ file: 'dumps/a.txt', entries: 0 }],
    onDisk('dumps/a.txt'),
  );
  assert.equal(
    refusal,
    'this run would remove 43 of 43 papers: dumps/a.txt gave 43 of them and gives none now. Nothing was written; to remove them, run again with --allow-shrink',
  );
  assert.deepEqual(deleted, []);
});

test('dumps of the collection left off the command line stop the run, each named', () => {
  const { refusal } = judgeShrink(
    [...removedFrom('dumps/a.txt', 3), ...removedFrom('dumps/b.txt', 2)],
    10,
    [{ file: 'dumps/new.txt', entries: 5 }],
    onDisk('dumps/a.txt', 'dumps/b.txt', 'dumps/new.txt'),
  );
  assert.match(refusal ?? '', /^this run would remove 5 of 10 papers: /);
  assert.match(
    refusal ?? '',
    /dumps\/a\.txt gave 3 of them and was not named; dumps\/b\.txt gave 2 of them and was not named\./,
  );
});

test('a dump file deleted on purpose takes its papers, even all of them', () => {
  const { refusal, deleted } = judgeShrink(
    [...removedFrom('dumps/a.txt', 40), ...removedFrom('dumps/b.txt', 2)],
    43,
    [{ file: 'dumps/c.txt', entries: 1 }],
    onDisk('dumps/c.txt'),
  );
  assert.equal(refusal, undefined);
  assert.deepEqual(deleted, [
    { file: 'dumps/a.txt', papers: 40 },
    { file: 'dumps/b.txt', papers: 2 },
  ]);
});

test('a paper also sourced from a dump still on disk and not named is not a deliberate removal', () => {
  const { refusal, deleted } = judgeShrink(
    [{ dumps: ['dumps/gone.txt', 'dumps/kept.txt'] }],
    10,
    [],
    onDisk('dumps/kept.txt'),
  );
  assert.match(refusal ?? '', /dumps\/kept\.txt gave 1 of them and was not named/);
  assert.deepEqual(deleted, []);
});

test('more than half of the collection going from dumps that still give papers stops the run; half does not', () => {
  const read = [{ file: 'dumps/a.txt', entries: 4 }];
  assert.match(
    judgeShrink(removedFrom('dumps/a.txt', 6), 10, read, onDisk('dumps/a.txt')).refusal ?? '',
    /^this run would remove 6 of 10 papers: that is more than half of the collection, and no dump file was deleted for it\./,
  );
  assert.equal(judgeShrink(removedFrom('dumps/a.txt', 5), 10, read, onDisk('dumps/a.txt')).refusal, undefined);
  assert.equal(judgeShrink([], 0, read, onDisk('dumps/a.txt')).refusal, undefined, 'a first run removes nothing');
});

test('dumps gone with their whole folder (moved away, a folder cleaned) are not a deletion: the run stops', () => {
  const { refusal, deleted } = judgeShrink(
    removedFrom('old/a.txt', 44),
    44,
    [{ file: 'new/day.txt', entries: 1 }],
    onDisk('new/day.txt'),
  );
  assert.equal(
    refusal,
    'this run would remove 44 of 44 papers: old/a.txt gave 44 of them and is gone, and no dump of its folder was read. Nothing was written; to remove them, run again with --allow-shrink',
  );
  assert.deepEqual(deleted, []);
});
