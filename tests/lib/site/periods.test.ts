import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthKey, periodLabel, weekDays, weekKey } from '../../../src/lib/site/periods.ts';

test('ISO weeks: Monday first, the week in the year of its Thursday', () => {
  assert.equal(weekKey('2026-04-13'), '2026-W16'); // a Monday
  assert.equal(weekKey('2026-04-19'), '2026-W16'); // its Sunday
  assert.equal(weekKey('2026-04-20'), '2026-W17');
  assert.equal(weekKey('2021-01-03'), '2020-W53'); // a Sunday in the last week of the year before
  assert.equal(weekKey('2024-12-30'), '2025-W01'); // a Monday in the next year's first week
  assert.equal(weekKey('2026-01-01'), '2026-W01');
});

test('a week key gives back its days, and every day of them gives back the key', () => {
  for (const key of ['2020-W53', '2025-W01', '2026-W16']) {
    const { first, last } = weekDays(key);
    assert.equal(weekKey(first), key);
    assert.equal(weekKey(last), key);
    assert.equal(new Date(`${first}T00:00:00Z`).getUTCDay(), 1);
    assert.equal((Date.parse(last) - Date.parse(first)) / 86_400_000, 6);
  }
  assert.deepEqual(weekDays('2025-W01'), { first: '2024-12-30', last: '2025-01-05' });
  assert.throws(() => weekDays('2025-01'));
});

test('months and labels', () => {
  assert.equal(monthKey('2026-04-13'), '2026-04');
  assert.equal(periodLabel('month', '2026-04'), 'April 2026');
  assert.equal(periodLabel('week', '2026-W16'), 'Week 16, 2026 (Apr 13–Apr 19)');
});
