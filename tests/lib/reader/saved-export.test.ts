import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportJson, parseExport } from '../../../src/lib/reader/saved-export.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

const papers = [
  savedPaper('with-names', 2, { arxiv: '2604.01234', authorNames: ['Mei Tanaka', 'Henrik Aalto'] }),
  savedPaper('plain', 1, { topics: [] }),
];

test('an export reads back as the papers it holds', () => {
  const text = exportJson(papers, Date.parse('2026-04-14T08:00:00Z'));
  assert.deepEqual(parseExport(text), { papers });
  const file = JSON.parse(text);
  assert.equal(file.exported, '2026-04-14T08:00:00.000Z');
  assert.equal(file.format, 'paper-digest-saved');
});

test('a file that is not an export is refused with the reason', () => {
  assert.match((parseExport('{"papers":') as { error: string }).error, /not JSON/);
  assert.match((parseExport('[1,2]') as { error: string }).error, /not an export/);
  assert.match((parseExport('{"format":"other","papers":[]}') as { error: string }).error, /not an export/);
  const future = JSON.stringify({ format: 'paper-digest-saved', version: 9, papers: [] });
  assert.match((parseExport(future) as { error: string }).error, /version \(9\)/);
});

test('one unreadable paper refuses the whole file', () => {
  const file = JSON.parse(exportJson(papers, 0));
  file.papers[1].slug = '../x';
  assert.deepEqual(parseExport(JSON.stringify(file)), {
    error: 'Paper 2 of the file is not readable: nothing was imported.',
  });
});
