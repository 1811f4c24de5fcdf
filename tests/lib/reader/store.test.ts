import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyState, parseState, serializeState, STORE_KEY } from '../../../src/lib/reader/store.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

test('the state is kept under one key that names its version', () => {
  assert.match(STORE_KEY, /^paper-digest:v\d+$/);
});

test('nothing stored: an empty state, no reset', () => {
  assert.deepEqual(parseState(null), { state: emptyState(), reset: false });
});

test('a stored state reads back as written', () => {
  const state = {
    saved: [savedPaper('a', 2)],
    muted: [{ slug: 'theory', name: 'Theory' }],
    visit: { lastViewAt: 100, seenUpTo: 50 },
  };
  assert.deepEqual(parseState(serializeState(state)), { state, reset: false });
  const noVisit = { saved: [], muted: [] };
  assert.deepEqual(parseState(serializeState(noVisit)), { state: noVisit, reset: false });
});

test('a corrupt or foreign value is reset, never thrown', () => {
  for (const stored of [
    '{"saved":[',
    'not json',
    '42',
    'null',
    '[]',
    '{"papers":[]}',
    JSON.stringify({ saved: [{ slug: 'a' }], muted: [] }),
    JSON.stringify({ saved: [], muted: [{ slug: 'x' }] }),
    JSON.stringify({ saved: [], muted: [], visit: { lastViewAt: 'yesterday' } }),
  ])
    assert.deepEqual(parseState(stored), { state: emptyState(), reset: true }, stored);
});
