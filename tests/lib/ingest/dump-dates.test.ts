import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dateDump, resolveCapture } from '../../../src/lib/ingest/dump-dates.ts';
import { parseDump } from '../../../src/lib/ingest/dump-parser.ts';
import { InputError } from '../../../src/lib/common/files.ts';

const SAMPLE = readFileSync(new URL('../../../content/dumps/daily-papers-2026-04-13.txt', import.meta.url), 'utf8');
const today = { year: 2026, month: 11, day: 24 };

test('the sample, under any file name, gives 43 papers, 5 of them dated 2026', () => {
  for (const fileName of ['daily-papers-2026-04-13.txt', 'papers.txt', 'copy (2).txt']) {
    const dated = dateDump(parseDump(SAMPLE), { fileName, today });
    assert.equal(dated.entries.length, 43, fileName);
    assert.equal(dated.rejected.length, 0, fileName);
    assert.equal(dated.entries.filter(({ date }) => date.startsWith('2026-')).length, 5, fileName);
    assert.equal(dated.yearlessEntries, 5);
    assert.deepEqual(dated.capture.day, { year: 2026, month: 4, day: 13 }, fileName);
  }
});

test('two copies of the listing pasted into one dump: the second header is skipped, every paper kept with its title', () => {
  const single = dateDump(parseDump(SAMPLE), { fileName: 'papers.txt', today });
  const twice = dateDump(parseDump(`${SAMPLE}\n\n${SAMPLE}`), { fileName: 'papers.txt', today });
  assert.deepEqual(twice.rejected, []);
  const titles = single.entries.map(({ title }) => title);
  assert.deepEqual(
    twice.entries.map(({ title }) => title),
    [...titles, ...titles],
  );
  assert.deepEqual(twice.entries.at(43)?.abstract, single.entries[0]?.abstract);
});

test('a lone day line mid-dump is the day of a copy, never a title', () => {
  const [first = '', rest = ''] = SAMPLE.split(/(?<=\nMar 24, 2023\n)/);
  const parsed = parseDump(`${first}\nApr 14\n\n${rest}`);
  assert.equal(parsed.entries.length, 43);
  assert.equal(parsed.entries[1]?.title, 'Evolving Normalization-Activation Layers');
  assert.deepEqual(
    parsed.headerDates.map(({ text }) => text),
    ['Apr 13', 'Apr 14'],
  );
  // The latest day of the copies is the capture day.
  assert.deepEqual(resolveCapture(parsed, { fileName: 'papers.txt', today }).day, { year: 2026, month: 4, day: 14 });
});

test('capture date: --captured, then the file name, then the header', () => {
  const parsed = parseDump(SAMPLE);
  assert.equal(
    resolveCapture(parsed, { fileName: 'd-2026-04-13.txt', captured: { year: 2026, month: 5, day: 1 }, today }).source,
    'flag',
  );
  assert.deepEqual(resolveCapture(parsed, { fileName: 'd-2026-04-14.txt', today }).day, {
    year: 2026,
    month: 4,
    day: 14,
  });
  const inferred = resolveCapture(parsed, { fileName: 'd.txt', today });
  assert.equal(inferred.source, 'header');
  assert.match(inferred.explanation ?? '', /latest year printed is 2025/);
});

test('a date after today in the file name is refused, not taken as the capture day', () => {
  assert.throws(() => dateDump(parseDump(SAMPLE), { fileName: 'daily-papers-2027-01-01.txt', today }), {
    constructor: InputError,
    message:
      'date 2027-01-01 in its name is a day no time zone has reached yet (today is 2026-11-24 in UTC): no papers are listed yet',
  });
  assert.deepEqual(resolveCapture(parseDump(SAMPLE), { fileName: 'daily-papers-2026-11-24.txt', today }).day, today);
});

test('an inferred capture date is never after today', () => {
  // Latest printed year 2025 → 2026-04-13, but "today" is March 2026: the header day must be 2025's.
  const capture = resolveCapture(parseDump(SAMPLE), { fileName: 'd.txt', today: { year: 2026, month: 3, day: 1 } });
  assert.deepEqual(capture.day, { year: 2025, month: 4, day: 13 });
});

test('no header, no flag, no date in the name: assumed, and the report says so', () => {
  const dump = 'Title\n\nAbstract.\n\n  • 1 author\n·\nJan 3\n';
  const dated = dateDump(parseDump(dump), { fileName: 'x.txt', today });
  assert.equal(dated.capture.source, 'assumed');
  assert.match(dated.capture.explanation ?? '', /--captured/);
  assert.equal(dated.entries[0]?.date, '2026-01-03');
});

test('year-less dates after the capture day belong to the year before', () => {
  const dump = 'A\n\nx\n\n  • 1 author\n·\nApr 14\n\nB\n\ny\n\n  • 1 author\n·\nApr 13\n';
  const dated = dateDump(parseDump(dump), { fileName: 'd-2026-04-13.txt', today });
  assert.deepEqual(
    dated.entries.map(({ date }) => date),
    ['2025-04-14', '2026-04-13'],
  );
});
