import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stablePages } from '../../../src/lib/site/stable-pages.ts';
import { stablePager } from '../../../src/lib/site/list-pager.ts';
import { formatDateRange } from '../../../src/lib/site/archive.ts';

/** Papers numbered from the oldest (1), listed newest first. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => count - i);
const shape = (count: number) =>
  stablePages(newestFirst(count), 10).map(({ number, data, newer, older }) => ({
    number,
    papers: `${data[0]}…${data.at(-1)}`,
    newer: newer && (newer.number ?? 'first'),
    older: older?.number,
  }));

test('a short list is one page; past twice the size, pages of the size numbered from the oldest, the first page holding the rest', () => {
  assert.deepEqual(shape(19), [{ number: undefined, papers: '19…1', newer: undefined, older: undefined }]);
  assert.deepEqual(shape(20), [
    { number: undefined, papers: '20…11', newer: undefined, older: 1 },
    { number: 1, papers: '10…1', newer: 'first', older: undefined },
  ]);
  assert.deepEqual(shape(35), [
    { number: undefined, papers: '35…21', newer: undefined, older: 2 },
    { number: 2, papers: '20…11', newer: 'first', older: 1 },
    { number: 1, papers: '10…1', newer: 2, older: undefined },
  ]);
  assert.deepEqual(stablePages([], 10), [{ number: undefined, data: [] }]);
});

test('papers added to the newest end change the first page only, until it cuts a new numbered page', () => {
  const pagesOf = (count: number) =>
    new Map(stablePages(newestFirst(count), 10).map(({ number, data }) => [number ?? 'first', data]));
  const before = pagesOf(35);
  for (const count of [36, 39]) {
    const after = pagesOf(count);
    for (const number of [1, 2]) assert.deepEqual(after.get(number), before.get(number), `${count}: page ${number}`);
  }
  const cut = pagesOf(40);
  assert.deepEqual([cut.get(1), cut.get(2)], [before.get(1), before.get(2)]);
  assert.deepEqual(cut.get(3), newestFirst(30).slice(0, 10));
  assert.equal(cut.get('first')?.length, 10);
});

test("a page's pager links its newer and older pages and names the days its papers were listed", () => {
  const days = [
    '2026-04-13',
    '2026-04-02',
    '2026-03-30',
    '2026-03-30',
    '2026-03-02',
    '2026-03-01',
    '2026-03-01',
    '2026-03-01',
  ];
  const [first, second] = stablePages(
    days.map((listed) => ({ listed })),
    4,
  );
  const urlOf = (number: number | undefined) => (number === undefined ? '/t/' : `/t/${number}/`);
  assert.deepEqual(stablePager(first!, urlOf), {
    label: 'Pages',
    previous: undefined,
    next: { url: '/t/1/', text: 'Older' },
    position: `Listed ${formatDateRange('2026-03-30', '2026-04-13')}`,
  });
  assert.deepEqual(stablePager(second!, urlOf), {
    label: 'Pages',
    previous: { url: '/t/', text: 'Newer' },
    next: undefined,
    position: `Listed ${formatDateRange('2026-03-01', '2026-03-02')}`,
  });
  assert.equal(formatDateRange('2026-03-30', '2026-04-13').replace(/\s/g, ' '), 'March 30 – April 13, 2026');
  assert.equal(formatDateRange('2026-03-01', '2026-03-01'), 'March 1, 2026');
});
