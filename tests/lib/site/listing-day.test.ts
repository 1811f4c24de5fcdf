import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listingDay } from '../../../src/lib/site/listing-day.ts';

test("a paper's listing day is its earliest source's capture, in whatever order they come", () => {
  assert.equal(listingDay([{ captured: '2026-04-13' }]), '2026-04-13');
  assert.equal(
    listingDay([{ captured: '2026-04-14' }, { captured: '2026-04-12' }, { captured: '2026-04-13' }]),
    '2026-04-12',
  );
  assert.throws(() => listingDay([]));
});
