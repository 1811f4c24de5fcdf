import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from '../../../src/lib/common/dates.ts';
import { InputError } from '../../../src/lib/common/files.ts';
import { addDays } from '../../../src/lib/common/dates.ts';
import { daysInRange, MAX_DAYS, parseFetchOptions } from '../../../src/lib/fetch/fetch-options.ts';

const TODAY = { year: 2026, month: 3, day: 1 };

function dates(argv: string[]): string[] {
  const options = parseFetchOptions(argv, TODAY);
  assert.notEqual(options, 'help');
  return options === 'help' ? [] : options.days.map(toIsoDate);
}

test('by default, yesterday and today (UTC), into content/dumps', () => {
  assert.deepEqual(parseFetchOptions([], TODAY), {
    days: [
      { year: 2026, month: 2, day: 28 },
      { year: 2026, month: 3, day: 1 },
    ],
    out: 'content/dumps',
    json: false,
  });
});

test('--date names one day; --from and --to every day between, both included, across months and a leap day', () => {
  assert.deepEqual(dates(['--date', '2024-03-15']), ['2024-03-15']);
  assert.deepEqual(dates(['--from', '2024-02-27', '--to', '2024-03-01']), [
    '2024-02-27',
    '2024-02-28',
    '2024-02-29',
    '2024-03-01',
  ]);
  assert.deepEqual(dates(['--from', '2025-12-31', '--to', '2025-12-31']), ['2025-12-31']);
  assert.deepEqual(dates(['--from', '2025-12-30', '--to', '2026-01-01']), ['2025-12-30', '2025-12-31', '2026-01-01']);
});

test('--out and --json are kept; --help wins', () => {
  const options = parseFetchOptions(['--date', '2024-03-15', '--out', 'elsewhere', '--json'], TODAY);
  assert.deepEqual(options, { days: [{ year: 2024, month: 3, day: 15 }], out: 'elsewhere', json: true });
  assert.equal(parseFetchOptions(['--date', 'nonsense', '--help'], TODAY), 'help');
  assert.throws(
    () => parseFetchOptions(['--date', '2024-03-15', '--out', 'package.json'], TODAY),
    new InputError('package.json: not a folder'),
    'an --out that is a file is refused before any day is asked for',
  );
});

test('a range of a year, leap day included, is accepted; one day more is not', () => {
  assert.equal(dates(['--from', '2024-01-01', '--to', '2024-12-31']).length, MAX_DAYS);
  assert.throws(
    () => parseFetchOptions(['--from', '2024-01-01', '--to', '2025-01-01'], TODAY),
    new InputError('--from 2024-01-01 --to 2025-01-01 spans 367 days; at most 366 at a time'),
  );
});

test('bad dates and ranges are refused, each saying why', () => {
  const refusals: [string[], RegExp][] = [
    [['--date', '2024-02-30'], /^--date "2024-02-30": expected a real date as YYYY-MM-DD$/],
    [['--date', '15/03/2024'], /^--date "15\/03\/2024": expected a real date/],
    [['--date', '2026-03-02'], /^--date 2026-03-02 is after today \(2026-03-01, UTC\)/],
    [['--from', '2024-03-16', '--to', '2024-03-15'], /^--from 2024-03-16 is after --to 2024-03-15$/],
    [['--date', '2024-03-15', '--from', '2024-03-14'], /^--date names one day: give it alone/],
    [['--date', '2024-03-15', '--to', '2024-03-16'], /^--date names one day/],
    [['--from', '2024-03-15'], /^--from needs --to/],
    [['--to', '2024-03-15'], /^--to needs --from/],
    [['2024-03-15'], /^unexpected argument "2024-03-15": name days with --date or --from\/--to$/],
  ];
  for (const [argv, message] of refusals)
    assert.throws(
      () => parseFetchOptions(argv, TODAY),
      (error: Error) => error instanceof InputError && message.test(error.message),
      argv.join(' '),
    );
});

test('unknown options and options without their value are parseArgs errors', () => {
  assert.throws(() => parseFetchOptions(['--bogus'], TODAY), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  assert.throws(() => parseFetchOptions(['--date'], TODAY), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' });
});

test('day arithmetic: a step back over a year, the length of a range', () => {
  assert.deepEqual(addDays({ year: 2026, month: 1, day: 1 }, -1), { year: 2025, month: 12, day: 31 });
  assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), { year: 2024, month: 2, day: 29 });
  assert.equal(daysInRange({ year: 2024, month: 3, day: 15 }, { year: 2024, month: 3, day: 15 }), 1);
  assert.equal(daysInRange({ year: 2023, month: 1, day: 1 }, { year: 2023, month: 12, day: 31 }), 365);
});
