import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIngestOptions } from '../../../src/lib/ingest/options.ts';

const today = { year: 2026, month: 12, day: 7 };

test('--captured takes a real day up to today; a later one is refused as fetch refuses --date', () => {
  const options = parseIngestOptions(['--captured', '2026-12-07'], today);
  assert.deepEqual(options !== 'help' && options.captured, today);
  assert.throws(() => parseIngestOptions(['--captured', '2030-01-01', '--check'], today), {
    message: '--captured 2030-01-01 is after today (2026-12-07, UTC): no papers are listed yet',
  });
  assert.throws(() => parseIngestOptions(['--captured', '2026-02-30'], today), {
    message: '--captured "2026-02-30": expected a real date as YYYY-MM-DD',
  });
});
