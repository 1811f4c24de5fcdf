import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareDays,
  findIsoDateInName,
  isRealDay,
  monthNumber,
  parseIsoDate,
  toIsoDate,
  yearForMonthDay,
} from '../../../src/lib/common/dates.ts';

test('month names: abbreviations and full names, any case; nonsense is not a month', () => {
  assert.equal(monthNumber('Mar'), 3);
  assert.equal(monthNumber('sept'), 9);
  assert.equal(monthNumber('SEPTEMBER'), 9);
  assert.equal(monthNumber('Ma'), undefined);
  assert.equal(monthNumber('Mamba'), undefined);
});

test('real days: leap years, month lengths, day zero', () => {
  assert.equal(isRealDay({ year: 2024, month: 2, day: 29 }), true);
  assert.equal(isRealDay({ year: 2000, month: 2, day: 29 }), true);
  assert.equal(isRealDay({ year: 2100, month: 2, day: 29 }), false);
  assert.equal(isRealDay({ year: 2023, month: 2, day: 29 }), false);
  assert.equal(isRealDay({ year: 2023, month: 4, day: 31 }), false);
  assert.equal(isRealDay({ year: 2023, month: 1, day: 0 }), false);
  assert.equal(isRealDay({ year: 2023, month: 13, day: 1 }), false);
});

test('ISO dates: strict, real, zero-padded', () => {
  assert.deepEqual(parseIsoDate('2026-04-13'), { year: 2026, month: 4, day: 13 });
  assert.equal(parseIsoDate('2023-02-30'), undefined);
  assert.equal(parseIsoDate('2023-2-3'), undefined);
  assert.equal(parseIsoDate('2023-02-03T00:00'), undefined);
  assert.equal(toIsoDate({ year: 987, month: 1, day: 2 }), '0987-01-02');
});

test('a date in a file name is found; an impossible one is not', () => {
  assert.deepEqual(findIsoDateInName('daily-papers-2026-04-13.txt'), { year: 2026, month: 4, day: 13 });
  assert.equal(findIsoDateInName('dump-2026-02-30.txt'), undefined);
  assert.equal(findIsoDateInName('12026-04-13.txt'), undefined);
  assert.equal(findIsoDateInName('papers.txt'), undefined);
});

test('a year-less date later in the year than the capture day is last year', () => {
  const captured = { year: 2026, month: 4, day: 13 };
  assert.equal(yearForMonthDay(1, 3, captured), 2026);
  assert.equal(yearForMonthDay(4, 13, captured), 2026);
  assert.equal(yearForMonthDay(4, 14, captured), 2025);
  assert.equal(yearForMonthDay(12, 17, captured), 2025);
  assert.ok(compareDays({ year: 2025, month: 12, day: 31 }, captured) < 0);
});
