import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archiveSize, buildCalendar, formatDate, heatLevel, monthName } from '../../../src/lib/site/archive.ts';

test('heat levels by share of the busiest day', () => {
  assert.deepEqual(
    [0, 1, 25, 26, 50, 51, 75, 76, 100].map((count) => heatLevel(count, 100)),
    [0, 1, 1, 2, 2, 3, 3, 4, 4],
  );
  assert.equal(heatLevel(3, 0), 0);
});

test('calendar: newest year and month first, Monday-first weeks, padded', () => {
  const years = buildCalendar(
    [
      { date: '2026-04-13', count: 40 },
      { date: '2026-04-01', count: 10 },
      { date: '2026-01-03', count: 1 },
      { date: '2023-03-24', count: 2 },
    ],
    {
      day: (date) => `/dates/${date}/`,
      week: (key) => `/weeks/${key}/`,
      month: (key) => `/months/${key}/`,
    },
  );
  assert.deepEqual(
    years.map(({ year, count }) => [year, count]),
    [
      [2026, 51],
      [2023, 2],
    ],
  );
  const april = years[0]?.months[0];
  assert.equal(april?.key, '2026-04');
  assert.equal(april?.count, 50);
  // 1 April 2026 is a Wednesday: two empty cells first.
  assert.deepEqual(
    april?.weeks[0]?.days.slice(0, 3).map((cell) => cell?.day ?? null),
    [null, null, 1],
  );
  for (const week of april?.weeks ?? []) assert.equal(week.days.length, 7);
  assert.equal(april?.url, '/months/2026-04/');
  // Rows are ISO weeks, linked when they have papers that month.
  assert.deepEqual(
    april?.weeks.map(({ key, number, url }) => [key, number, url]),
    [
      ['2026-W14', 14, '/weeks/2026-W14/'],
      ['2026-W15', 15, undefined],
      ['2026-W16', 16, '/weeks/2026-W16/'],
      ['2026-W17', 17, undefined],
      ['2026-W18', 18, undefined],
    ],
  );
  // A week's link is named with its year and days: "16" alone says little out of the table.
  assert.equal(april?.weeks[2]?.label, 'Week 16, 2026 (Apr 13–Apr 19)');
  const cells = (april?.weeks ?? []).flatMap(({ days }) => days).filter((cell) => cell !== null);
  assert.equal(cells.length, 30);
  assert.equal(cells.find((cell) => cell.date === '2026-04-13')?.level, 4);
  assert.equal(cells.find((cell) => cell.date === '2026-04-02')?.level, 0);
  assert.equal(cells.find((cell) => cell.date === '2026-04-02')?.url, undefined);
  assert.deepEqual(
    cells.find((cell) => cell.date === '2026-04-01') && { ...cells.find((cell) => cell.date === '2026-04-01') },
    {
      date: '2026-04-01',
      day: 1,
      count: 10,
      level: 1,
      url: '/dates/2026-04-01/',
      label: 'April 1, 2026: 10 papers',
    },
  );
});

test('dates read in UTC whatever the time zone', () => {
  assert.equal(formatDate('2026-04-13'), 'April 13, 2026');
  assert.equal(formatDate('2024-01-01'), 'January 1, 2024');
  assert.equal(monthName(12), 'December');
});

test("the archive's size counts as every list does, thousands grouped", () => {
  assert.equal(archiveSize(1000, 17), '1,000 papers over 17 days');
  assert.equal(archiveSize(1, 1), '1 paper over 1 day');
});
