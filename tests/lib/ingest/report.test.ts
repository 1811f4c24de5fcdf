import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatReport, type IngestReport } from '../../../src/lib/ingest/report.ts';

const report: IngestReport = {
  out: 'content/papers',
  written: true,
  dumps: [],
  entries: 2,
  papers: { total: 1, new: 1, updated: 0, unchanged: 0, removed: 0 },
  deletedDumps: [],
  removed: [],
  ignored: [],
  repaired: [],
  rejected: [{ file: 'dumps/evil\u202etxt.exe\u001b[2J', line: 7, reason: 'no date line after "Title\u2066 here"' }],
  inferredYears: [],
};

test('the ingest summary: counts, then each rejection as file:line: reason, safe to print in a terminal', () => {
  assert.equal(
    formatReport(report),
    [
      'Ingested 0 dumps: 2 entries, 1 paper → content/papers',
      '  papers: 1 new, 0 updated, 0 unchanged, 0 removed',
      '  rejected: 1',
      '  dumps/evil<U+202E>txt.exe:7: no date line after "Title<U+2066> here"',
    ].join('\n'),
  );
});

test('papers removed with a deleted dump come first, then each paper no dump lists', () => {
  const removing: IngestReport = {
    ...report,
    papers: { total: 1, new: 0, updated: 0, unchanged: 1, removed: 3 },
    deletedDumps: [{ file: 'dumps/old.txt', papers: 2 }],
    removed: ['a', 'b', 'c'],
    rejected: [],
  };
  assert.deepEqual(formatReport(removing).split('\n').slice(1), [
    '  papers: 0 new, 0 updated, 1 unchanged, 3 removed',
    '  deleted dump: dumps/old.txt (its 2 papers removed)',
    '  removed: a (no dump lists it any more)',
    '  removed: b (no dump lists it any more)',
    '  removed: c (no dump lists it any more)',
    '  rejected: 0',
  ]);
});

test('a run that wrote nothing says what it would remove, not that it removed it', () => {
  const checked: IngestReport = {
    ...report,
    written: false,
    papers: { total: 1, new: 0, updated: 0, unchanged: 1, removed: 2 },
    deletedDumps: [{ file: 'dumps/old.txt', papers: 1 }],
    removed: ['a', 'b'],
    rejected: [],
  };
  assert.deepEqual(formatReport(checked).split('\n').slice(1), [
    '  papers: 0 new, 0 updated, 1 unchanged, 2 to remove',
    '  deleted dump: dumps/old.txt (its 1 paper to remove)',
    '  would remove: a (no dump lists it any more)',
    '  would remove: b (no dump lists it any more)',
    '  rejected: 0',
  ]);
});

test('a paper file whose front matter could not be read is named as repaired, or to repair when nothing was written', () => {
  const repairing: IngestReport = {
    ...report,
    papers: { total: 2, new: 0, updated: 1, unchanged: 1, removed: 0 },
    ignored: ['notes'],
    repaired: ['a-paper'],
    rejected: [],
  };
  assert.deepEqual(formatReport(repairing).split('\n').slice(1), [
    '  papers: 0 new, 1 updated, 1 unchanged, 0 removed',
    '  repaired: a-paper.md (its front matter could not be read)',
    '  left alone: notes.md (not a paper file)',
    '  rejected: 0',
  ]);
  assert.match(formatReport({ ...repairing, written: false }), /^ {2}would repair: a-paper\.md \(/m);
});

test('a dump that gave no entry and refused none is named', () => {
  const dump = { rejected: 0, captured: '2026-04-13', capturedFrom: 'file-name' as const, yearlessEntries: 0 };
  const withEmpty: IngestReport = {
    ...report,
    dumps: [
      { ...dump, file: 'dumps/empty.txt', entries: 0 },
      { ...dump, file: 'dumps/full.txt', entries: 2 },
    ],
    rejected: [],
  };
  assert.deepEqual(formatReport(withEmpty).split('\n').slice(1), [
    '  papers: 1 new, 0 updated, 0 unchanged, 0 removed',
    '  no entries: dumps/empty.txt',
    '  rejected: 0',
  ]);
});
