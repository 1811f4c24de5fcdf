import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  applyJournal,
  finishUpdate,
  JOURNAL_FILE,
  stagedName,
  unfinishedUpdate,
  writeJournal,
  type Journal,
} from '../../../src/lib/ingest/journal.ts';
import { InputError } from '../../../src/lib/common/files.ts';
import { temporaryFolder } from '../../helpers/cli.ts';

/** A collection with a.md and b.md, and an update written under temporary names: a.md changed, c.md new, b.md to go. */
function collectionWithUpdate(): { out: string; journal: Journal } {
  const out = temporaryFolder();
  writeFileSync(join(out, 'a.md'), 'old a');
  writeFileSync(join(out, 'b.md'), 'old b');
  writeFileSync(join(out, stagedName('a.md', 'r1')), 'new a');
  writeFileSync(join(out, stagedName('c.md', 'r1')), 'new c');
  return {
    out,
    journal: {
      renames: [
        [stagedName('a.md', 'r1'), 'a.md'],
        [stagedName('c.md', 'r1'), 'c.md'],
      ],
      removals: ['b.md'],
    },
  };
}

const contents = (out: string) =>
  Object.fromEntries(
    readdirSync(out)
      .sort()
      .map((name) => [name, readFileSync(join(out, name), 'utf8')]),
  );

test('an update commits its renames and removals once its journal is written, and leaves no journal', () => {
  const { out, journal } = collectionWithUpdate();
  writeJournal(out, journal);
  assert.equal(unfinishedUpdate(out), true);
  assert.equal(applyJournal(out, journal), 3);
  assert.deepEqual(contents(out), { 'a.md': 'new a', 'c.md': 'new c' });
  assert.equal(unfinishedUpdate(out), false);
  assert.equal(finishUpdate(out), undefined, 'nothing to finish');
});

test('an update stopped after its journal is finished by the next run, whatever it had done', () => {
  const { out, journal } = collectionWithUpdate();
  // Stopped after the journal and the first rename.
  writeJournal(out, journal);
  renameSync(join(out, stagedName('a.md', 'r1')), join(out, 'a.md'));
  assert.equal(unfinishedUpdate(out), true);
  assert.equal(finishUpdate(out), 2, 'c.md renamed, b.md removed');
  assert.deepEqual(contents(out), { 'a.md': 'new a', 'c.md': 'new c' });
  assert.equal(unfinishedUpdate(out), false);
});

test('a journal the ingest did not write is refused with a message, not followed', () => {
  const { out } = collectionWithUpdate();
  for (const text of ['{}', 'not json', '{"renames":[["a"]],"removals":[]}']) {
    writeFileSync(join(out, JOURNAL_FILE), text);
    assert.throws(
      () => finishUpdate(out),
      (error: Error) => error instanceof InputError && /not a journal the ingest wrote/.test(error.message),
    );
  }
  assert.equal(readFileSync(join(out, 'b.md'), 'utf8'), 'old b', 'nothing done');
});
