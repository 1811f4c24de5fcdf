import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listedPaperId, parseJsonDump, unwrapLines, webUrl } from '../../../src/lib/ingest/json-dump.ts';
import { InputError } from '../../../src/lib/common/files.ts';

const options = { fileName: 'hf-2026-04-13.json', today: { year: 2026, month: 11, day: 24 } };

function refusal(text: string): string {
  try {
    parseJsonDump(text, options);
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return error.message;
  }
  assert.fail('the text was accepted');
}

test('a file that is not JSON is named with the line and column where it stops being JSON', () => {
  assert.equal(refusal('[{"paper": {}},\n  {"paper": }]'), "line 2, column 13: not JSON (Unexpected token '}')");
  assert.match(refusal('\n<!DOCTYPE html><html>Too many requests</html>'), /^line 2, column 1: not JSON/);
  // A string never closed: named where it opens.
  assert.match(refusal('[{"title": "cut off'), /^line 1, column 12: not JSON \(Unterminated string/);
  assert.match(refusal(''), /^line 1, column 1: not JSON/);
});

test('JSON that is not an array is refused', () => {
  assert.equal(refusal('{"error": "Invalid date"}'), 'not a JSON array of listed papers');
  assert.equal(refusal('null'), 'not a JSON array of listed papers');
});

test('an empty array is a dump of no papers, dated by its file name', () => {
  const dump = parseJsonDump('[]', options);
  assert.deepEqual(dump.entries, []);
  assert.deepEqual(dump.capture.day, { year: 2026, month: 4, day: 13 });
  assert.equal(dump.capture.source, 'file-name');
});

test('a JSON dump whose file name is dated after today is refused', () => {
  assert.throws(() => parseJsonDump('[]', { ...options, fileName: 'hf-2026-11-26.json' }), {
    constructor: InputError,
    message:
      'date 2026-11-26 in its name is a day no time zone has reached yet (today is 2026-11-24 in UTC): no papers are listed yet',
  });
  // Tomorrow in UTC is today east of it.
  assert.deepEqual(parseJsonDump('[]', { ...options, fileName: 'hf-2026-11-25.json' }).capture.day, {
    year: 2026,
    month: 11,
    day: 25,
  });
});

test('hard line breaks: one is a space, a blank line a paragraph break', () => {
  assert.equal(unwrapLines('one\ntwo\r\n\r\nthree\n  \nfour\u0007'), 'one two\n\nthree\n\nfour');
});

test('only absolute http(s) URLs are kept', () => {
  assert.equal(webUrl('https://github.com/a/b'), 'https://github.com/a/b');
  assert.equal(webUrl(' http://example.org '), 'http://example.org/');
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    '/relative',
    'github.com/a',
    7,
    null,
  ])
    assert.equal(webUrl(bad), undefined, String(bad));
});

test('a listed paper is known by its arXiv id, else by its normalized title', () => {
  assert.equal(listedPaperId({ title: 'A  Title', details: { arxiv: '2401.00001' } }), '2401.00001');
  assert.equal(listedPaperId({ title: 'A  Title' }), 'a title');
});

test('a huge array is read whole, item by item', () => {
  const items = Array.from({ length: 20_000 }, (_, i) => ({
    title: `Paper ${i}`,
    paper: { id: `2401.${String(i).padStart(5, '0')}`, publishedAt: '2024-01-02T03:04:05.000Z', upvotes: i },
  }));
  const dump = parseJsonDump(JSON.stringify(items), options);
  assert.equal(dump.entries.length, 20_000);
  assert.equal(dump.entries.at(-1)?.details?.arxiv, '2401.19999');
  assert.equal(dump.entries.at(-1)?.line, 20_000);
});

test('a lone surrogate, which JSON can spell and UTF-8 cannot, becomes U+FFFD', () => {
  const text =
    '[{"title": "Lone \\ud800 surrogate", "paper": {"publishedAt": "2024-01-02T00:00:00Z", "summary": "x\\udc00y"}}]';
  const [entry] = parseJsonDump(text, options).entries;
  assert.equal(entry?.title, 'Lone \ufffd surrogate');
  assert.equal(entry?.abstract, 'x\ufffdy');
});

test('an item whose publication or listing day is no real day, before 1900 or after today is refused, naming it', () => {
  const item = (paper: Record<string, unknown>) => ({
    title: 'A paper',
    paper: { publishedAt: '2024-01-02', ...paper },
  });
  const dump = (items: unknown[]) => parseJsonDump(JSON.stringify(items), options);
  assert.deepEqual(
    dump([
      item({ publishedAt: '2024-02-30T00:00:00Z' }),
      item({ publishedAt: '1899-12-31T00:00:00Z' }),
      // The UTC day of this instant is in the year 10000.
      item({ submittedOnDailyAt: '9999-12-31T23:00:00-05:00' }),
      item({ submittedOnDailyAt: '2026-12-01T08:00:00.000Z' }),
      item({ submittedOnDailyAt: '2026-11-24T23:59:59.000Z' }),
    ]).rejected.map(({ reason }) => reason),
    [
      'item 1: no publication date (paper.publishedAt)',
      'item 2: publication date 1899-12-31 is before 1900',
      'item 3: listing day 10000-01-01 is after today (2026-11-24)',
      'item 4: listing day 2026-12-01 is after today (2026-11-24)',
    ],
  );
  // A listing time that is no date at all is as none: the dump's day (its file name's) stands for it.
  assert.equal(dump([item({ submittedOnDailyAt: '0000-06-01T00:00:00.000Z' })]).entries[0]?.captured, '2026-04-13');
});

test("an item's authors: a list, or none at all (missing or null); anything else refuses the item", () => {
  const dump = (authors: unknown) =>
    parseJsonDump(JSON.stringify([{ title: 'A paper', paper: { publishedAt: '2024-01-02', authors } }]), options);
  assert.equal(dump([{ name: 'A. Author' }]).entries[0]?.authors, 1);
  assert.equal(dump(undefined).entries[0]?.authors, 0);
  assert.equal(dump(null).entries[0]?.authors, 0);
  assert.deepEqual(
    dump('A. Author').rejected.map(({ reason }) => reason),
    ['item 1: authors "A. Author" is not a list'],
  );
});
