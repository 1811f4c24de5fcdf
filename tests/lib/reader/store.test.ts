import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyState, parseState, resetNotice, serializeState, STORE_KEY } from '../../../src/lib/reader/store.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

test('the state is kept under one key that names its version', () => {
  assert.match(STORE_KEY, /^paper-digest:v\d+$/);
});

test('nothing stored: an empty state, no reset', () => {
  assert.deepEqual(parseState(null), { state: emptyState(), reset: [] });
});

test('a stored state reads back as written', () => {
  const state = {
    saved: [savedPaper('a', 2)],
    muted: [{ slug: 'theory', name: 'Theory' }],
    visit: { lastViewAt: 100, seenUpTo: 50 },
  };
  assert.deepEqual(parseState(serializeState(state)), { state, reset: [] });
  const noVisit = { saved: [], muted: [] };
  assert.deepEqual(parseState(serializeState(noVisit)), { state: noVisit, reset: [] });
});

test('a corrupt or foreign value is reset, never thrown', () => {
  const every = ['saved papers', 'muted topics', 'last visit'];
  for (const stored of ['{"saved":[', 'not json', '42', 'null', '[]'])
    assert.deepEqual(parseState(stored), { state: emptyState(), reset: every }, stored);
  assert.deepEqual(parseState('{"papers":[]}'), { state: emptyState(), reset: ['saved papers', 'muted topics'] });
});

test('each part that cannot be read is reset on its own: a damaged visit or topic list keeps the saved papers', () => {
  const saved = [savedPaper('a', 2)];
  const muted = [{ slug: 'theory', name: 'Theory' }];
  assert.deepEqual(parseState(JSON.stringify({ saved, muted, visit: { lastViewAt: 'yesterday' } })), {
    state: { saved, muted },
    reset: ['last visit'],
  });
  assert.deepEqual(parseState(JSON.stringify({ saved, muted: [{ slug: 'x' }] })), {
    state: { saved, muted: [] },
    reset: ['muted topics'],
  });
  assert.deepEqual(parseState(JSON.stringify({ saved: [{ slug: 'a' }], muted })), {
    state: { saved: [], muted },
    reset: ['saved papers'],
  });
});

test('the reset notice names what was reset', () => {
  assert.equal(
    resetNotice(['saved papers', 'muted topics', 'last visit']),
    'Your saved papers, muted topics and last visit could not be read (what this browser kept was damaged or not ours), so they were reset.',
  );
  assert.equal(
    resetNotice(['last visit']),
    'Your last visit could not be read (what this browser kept was damaged or not ours), so it was reset.',
  );
});
