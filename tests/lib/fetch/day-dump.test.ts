import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideDump, dumpText } from '../../../src/lib/fetch/day-dump.ts';
import { sampleItems } from '../../helpers/api-server.ts';

const PAPERS = sampleItems('2024-03-15');
const WHERE = {
  file: 'content/dumps/hf-2024-03-15.json',
  fileName: 'hf-2024-03-15.json',
  today: { year: 2026, month: 1, day: 1 },
};

/** The papers with upvotes raised by `more`. */
function upvoted(papers: readonly Record<string, unknown>[], more: number): Record<string, unknown>[] {
  return papers.map((item) => {
    const paper = item.paper as { upvotes: number };
    return { ...item, paper: { ...paper, upvotes: paper.upvotes + more } };
  });
}

test('the text written is the items as given, one indented JSON array with a final newline', () => {
  assert.equal(dumpText([{ paper: { id: '1' } }]), '[\n  {\n    "paper": {\n      "id": "1"\n    }\n  }\n]\n');
  assert.deepEqual(JSON.parse(dumpText(PAPERS)), PAPERS);
});

test('a new day is written', () => {
  assert.deepEqual(decideDump(PAPERS, undefined, WHERE), { status: 'written', text: dumpText(PAPERS), papers: 14 });
});

test('an item that is not a paper is written with the papers and named; none being one fails the day', () => {
  const broken = structuredClone(PAPERS) as { paper: Record<string, unknown> }[];
  delete broken[3]!.paper.publishedAt;
  const id = String(broken[3]!.paper.id);
  assert.deepEqual(decideDump(broken, undefined, WHERE), {
    status: 'written',
    text: dumpText(broken),
    papers: 13,
    reason: `1 item not a paper, kept for the ingest to refuse: item 4 (${id}): no publication date (paper.publishedAt)`,
  });
  assert.deepEqual(decideDump(broken.slice(3, 4), undefined, WHERE), {
    status: 'failed',
    papers: 0,
    reason: `no item is a paper: item 1 (${id}): no publication date (paper.publishedAt)`,
  });
});

test('a day without papers writes nothing, and keeps a dump already there', () => {
  assert.deepEqual(decideDump([], undefined, WHERE), {
    status: 'empty',
    papers: 0,
    reason: 'no papers listed for this day; nothing written',
  });
  assert.deepEqual(decideDump([], dumpText(PAPERS), WHERE), {
    status: 'empty',
    papers: 0,
    reason: 'no papers listed for this day; the dump there is kept',
  });
});

test('the same answer again leaves the file as it is, however its text is laid out', () => {
  assert.deepEqual(decideDump(PAPERS, dumpText(PAPERS), WHERE), { status: 'unchanged', papers: 14 });
  // The API's own text, unindented and without a final newline, as a sample dump was saved.
  assert.deepEqual(decideDump(PAPERS, JSON.stringify(PAPERS), WHERE), { status: 'unchanged', papers: 14 });
  assert.deepEqual(decideDump(PAPERS, `\ufeff${JSON.stringify(PAPERS)}`, WHERE), { status: 'unchanged', papers: 14 });
});

test('the same papers with newer upvotes, or more papers, replace the dump', () => {
  const newer = upvoted(PAPERS, 5);
  assert.deepEqual(decideDump(newer, dumpText(PAPERS), WHERE), {
    status: 'written',
    text: dumpText(newer),
    papers: 14,
    kept: 0,
    reason: 'replaced the dump there (14 papers before)',
  });
  assert.equal(decideDump(PAPERS, dumpText(PAPERS.slice(0, 10)), WHERE).status, 'written');
});

test('an answer lacking papers of the dump there updates it and keeps them, naming them; new papers are not left out', () => {
  const fewer = upvoted(PAPERS.slice(2), 1);
  const missing = PAPERS.slice(0, 2).map((item) => (item.paper as { id: string }).id);
  const updated = dumpText([...fewer, ...PAPERS.slice(0, 2)]);
  assert.deepEqual(decideDump(fewer, dumpText(PAPERS), WHERE), {
    status: 'written',
    text: updated,
    papers: 12,
    kept: 2,
    reason: `updated the dump there, keeping 2 papers the API no longer lists (${missing.join(', ')})`,
  });
  // Asked again, the same answer changes nothing, and says what the dump keeps.
  assert.deepEqual(decideDump(fewer, updated, WHERE), {
    status: 'unchanged',
    papers: 12,
    kept: 2,
    reason: `the dump there keeps 2 papers the API no longer lists (${missing.join(', ')})`,
  });
  // Papers dropped and others added at once: both kept.
  const moved = decideDump(PAPERS.slice(2), dumpText(PAPERS.slice(0, 10)), WHERE);
  assert.equal(moved.status, 'written');
  assert.deepEqual(JSON.parse(moved.text ?? '[]'), [...PAPERS.slice(2), ...PAPERS.slice(0, 2)]);
  const one = decideDump(upvoted(PAPERS.slice(0, 1), 1), dumpText(PAPERS), WHERE);
  assert.match(
    one.reason ?? '',
    /keeping 13 papers the API no longer lists \((\d{4}\.\d{5}, ){4}\d{4}\.\d{5}, and 8 more\)$/,
  );
});

test('a paper without an arXiv id is known by its title', () => {
  const withoutArxivId = PAPERS.map((item, index) =>
    index === 0 ? { ...item, paper: { ...(item.paper as object), id: 'not-an-arxiv-id' } } : item,
  );
  const retitled = withoutArxivId.map((item, index) => (index === 0 ? { ...item, title: 'Another title' } : item));
  assert.equal(decideDump(upvoted(withoutArxivId, 1), dumpText(withoutArxivId), WHERE).status, 'written');
  // Retitled, it is another paper to the dump: the one of the old title is kept beside it.
  const both = decideDump(retitled, dumpText(withoutArxivId), WHERE);
  assert.equal(both.status, 'written');
  assert.match(both.reason ?? '', /keeping 1 paper the API no longer lists/);
});

test('a dump there that is not a JSON dump is not replaced: the day fails', () => {
  assert.deepEqual(decideDump(PAPERS, '[{"paper":', WHERE), {
    status: 'failed',
    papers: 14,
    fileFailed: true,
    reason:
      'content/dumps/hf-2024-03-15.json is there and is not a JSON dump (line 1, column 11: not JSON (Unexpected end of JSON input)): not replaced',
  });
});
