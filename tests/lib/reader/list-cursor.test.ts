import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listEndSaid, movedCursor } from '../../../src/lib/reader/list-cursor.ts';

test('from no paper, j and k go to the first', () => {
  assert.equal(movedCursor(undefined, 5, 1), 0);
  assert.equal(movedCursor(undefined, 5, -1), 0);
});

test('j and k move by one and stop at the ends', () => {
  assert.equal(movedCursor(2, 5, 1), 3);
  assert.equal(movedCursor(2, 5, -1), 1);
  assert.equal(movedCursor(4, 5, 1), 4);
  assert.equal(movedCursor(0, 5, -1), 0);
  // There, what the key did is said: nothing, and why.
  assert.equal(listEndSaid(1), 'This is the last paper of the list.');
  assert.equal(listEndSaid(-1), 'This is the first paper of the list.');
});

test('an empty list has no current paper', () => {
  assert.equal(movedCursor(undefined, 0, 1), undefined);
});
