import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherTabChangeSaid } from '../../../src/lib/reader/other-tab-said.ts';

const none = { before: ['x'], after: ['x'] };

test("another tab's change is said in one sentence: papers saved and removed, topics muted and unmuted", () => {
  assert.equal(
    otherTabChangeSaid({ before: ['a', 'b', 'c'], after: ['d', 'a'] }, none),
    'Updated from another tab: 1 paper saved, 2 removed.',
  );
  assert.equal(
    otherTabChangeSaid({ before: [], after: ['a', 'b'] }, none),
    'Updated from another tab: 2 papers saved.',
  );
  assert.equal(otherTabChangeSaid({ before: ['a'], after: [] }, none), 'Updated from another tab: 1 paper removed.');
  assert.equal(
    otherTabChangeSaid({ before: ['a'], after: ['a', 'b'] }, { before: ['s'], after: ['t'] }),
    'Updated from another tab: 1 paper saved; 1 topic muted, 1 unmuted.',
  );
  assert.equal(
    otherTabChangeSaid(none, { before: ['s', 't'], after: [] }),
    'Updated from another tab: 2 topics unmuted.',
  );
});

test('nothing is said when neither list changed, whatever the order', () => {
  assert.equal(otherTabChangeSaid(none, none), undefined);
  assert.equal(otherTabChangeSaid({ before: ['a', 'b'], after: ['b', 'a'] }, { before: [], after: [] }), undefined);
});
