import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  importSummary,
  isSaved,
  listedAfterChange,
  mergeSaved,
  saveToggleWord,
  withoutSaved,
  withSaved,
} from '../../../src/lib/reader/saved-list.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

const slugs = (papers: readonly { slug: string }[]) => papers.map(({ slug }) => slug);

test('saving puts the paper first; saving it again keeps its first time', () => {
  const older = withSaved([], savedPaper('older', 1));
  const both = withSaved(older, savedPaper('newer', 2));
  assert.deepEqual(slugs(both), ['newer', 'older']);
  assert.deepEqual(withSaved(both, savedPaper('older', 3)), both);
  assert.ok(isSaved(both, 'older'));
});

test('unsaving removes the paper and nothing else', () => {
  const papers = [savedPaper('b', 2), savedPaper('a', 1)];
  assert.deepEqual(slugs(withoutSaved(papers, 'b')), ['a']);
  assert.equal(isSaved(withoutSaved(papers, 'b'), 'b'), false);
});

test('an import adds the papers not stored, newest saved first; a stored paper keeps its stored time', () => {
  const stored = [savedPaper('kept', 10), savedPaper('old', 1)];
  const imported = [savedPaper('kept', 50), savedPaper('new', 20), savedPaper('new', 30), savedPaper('between', 5)];
  const merged = mergeSaved(stored, imported);
  assert.deepEqual(slugs(merged), ['new', 'kept', 'between', 'old']);
  assert.equal(merged.find(({ slug }) => slug === 'kept')?.savedAt, 10);
});

test('an import says how many papers it added and how many were saved already, a paper listed twice once', () => {
  const stored = [savedPaper('a', 1)];
  assert.equal(importSummary(stored, [savedPaper('b', 2), savedPaper('c', 3)]), 'Imported 2 papers.');
  assert.equal(importSummary(stored, [savedPaper('a', 5), savedPaper('b', 2)]), 'Imported 1 paper (1 saved already).');
  assert.equal(importSummary([], [savedPaper('b', 2), savedPaper('b', 4)]), 'Imported 1 paper.');
});

test("a Save toggle's word says whether its paper is saved", () => {
  assert.equal(saveToggleWord(false), 'Save');
  assert.equal(saveToggleWord(true), 'Saved');
});

test("another tab's change lists what is saved now, and keeps the papers unsaved here, in their place", () => {
  const [c, b, a] = [savedPaper('c', 3), savedPaper('b', 2), savedPaper('a', 1)];
  // b was unsaved here: listed, not stored. The other tab saved d and unsaved c.
  const listed = [c, b, a];
  const before = [c, a];
  const d = savedPaper('d', 4);
  assert.deepEqual(slugs(listedAfterChange(listed, before, [d, a])), ['d', 'b', 'a']);
  // Nothing changed (another tab's page view): the same list.
  assert.deepEqual(listedAfterChange(listed, before, before), listed);
  // b saved again there: listed as saved there, newest first.
  const bAgain = savedPaper('b', 5);
  assert.deepEqual(listedAfterChange(listed, before, [bAgain, c, a]), [bAgain, c, a]);
});
