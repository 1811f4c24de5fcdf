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

test('a file that is not an export is refused with the reason, a clause to follow "Not imported: "', () => {
  const refused = (text: string) => (parseExport(text) as { error: string }).error;
  assert.equal(refused('{"papers":'), 'the file is not JSON.');
  const notExport = "the file is not an export of Paper Digest's saved papers.";
  assert.equal(refused('[1,2]'), notExport);
  assert.equal(refused('{"format":"other","papers":[]}'), notExport);
  const future = JSON.stringify({ format: 'paper-digest-saved', version: 9, papers: [] });
  assert.equal(refused(future), "the export's version (9) is not one this site reads.");
});

test('one unreadable paper refuses the whole file', () => {
  const file = JSON.parse(exportJson(papers, 0));
  file.papers[1].slug = '../x';
  assert.deepEqual(parseExport(JSON.stringify(file)), {
    error: 'paper 2 of the file cannot be read.',
  });
});
