import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIngestOptions } from '../../../src/lib/ingest/options.ts';

const today = { year: 2026, month: 12, day: 7 };

test('--captured takes a real day up to today in the earliest time zone; a later one is refused', () => {
  const options = parseIngestOptions(['--captured', '2026-12-07'], today);
  assert.deepEqual(options !== 'help' && options.captured, today);
  // Tomorrow in UTC is already today east of it.
  const ahead = parseIngestOptions(['--captured', '2026-12-08'], today);
  assert.deepEqual(ahead !== 'help' && ahead.captured, { year: 2026, month: 12, day: 8 });
  assert.throws(() => parseIngestOptions(['--captured', '2026-12-09', '--check'], today), {
    message:
      '--captured 2026-12-09 is a day no time zone has reached yet (today is 2026-12-07 in UTC): no papers are listed yet',
  });
  assert.throws(() => parseIngestOptions(['--captured', '2026-02-30'], today), {
    message: '--captured "2026-02-30": expected a real date as YYYY-MM-DD',
  });
});
