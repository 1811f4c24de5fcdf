import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyState, parseState, unreadNotice, serializeState, STORE_KEY } from '../../../src/lib/reader/store.ts';
import { savedPaper } from '../../helpers/saved-papers.ts';

test('the state is kept under one key that names its version', () => {
  assert.match(STORE_KEY, /^paper-digest:v\d+$/);
});

test('nothing stored: an empty state, nothing unread', () => {
  assert.deepEqual(parseState(null), { state: emptyState(), reset: [], dropped: [] });
});

test('a stored state reads back as written', () => {
  const state = {
    saved: [savedPaper('a', 2)],
    muted: [{ slug: 'theory', name: 'Theory' }],
    visit: { lastViewAt: 100, seenUpTo: 50 },
  };
  assert.deepEqual(parseState(serializeState(state)), { state, reset: [], dropped: [] });
  const noVisit = { saved: [], muted: [] };
  assert.deepEqual(parseState(serializeState(noVisit)), { state: noVisit, reset: [], dropped: [] });
});

test('shortcuts turned off read back off; any other value is the default, on', () => {
  const off = { saved: [], muted: [], shortcutsOff: true as const };
  assert.deepEqual(parseState(serializeState(off)).state, off);
  for (const value of ['true', 1, false, null])
    assert.deepEqual(parseState(JSON.stringify({ saved: [], muted: [], shortcutsOff: value })).state, emptyState());
});

test('a corrupt or foreign value is reset, never thrown', () => {
  const every = ['saved papers', 'muted topics', 'last visit'];
  for (const stored of ['{"saved":[', 'not json', '42', 'null', '[]'])
    assert.deepEqual(parseState(stored), { state: emptyState(), reset: every, dropped: [] }, stored);
  assert.deepEqual(parseState('{"papers":[]}'), {
    state: emptyState(),
    reset: ['saved papers', 'muted topics'],
    dropped: [],
  });
});

test('each part that cannot be read is reset on its own: a damaged visit or topic list keeps the saved papers', () => {
  const saved = [savedPaper('a', 2)];
  const muted = [{ slug: 'theory', name: 'Theory' }];
  assert.deepEqual(parseState(JSON.stringify({ saved, muted, visit: { lastViewAt: 'yesterday' } })), {
    state: { saved, muted },
    reset: ['last visit'],
    dropped: [],
  });
  assert.deepEqual(parseState(JSON.stringify({ saved, muted: { theory: 'Theory' } })), {
    state: { saved, muted: [] },
    reset: ['muted topics'],
    dropped: [],
  });
  assert.deepEqual(parseState(JSON.stringify({ saved: 'a', muted })), {
    state: { saved: [], muted },
    reset: ['saved papers'],
    dropped: [],
  });
});

test('a list keeps every entry it can read, in order, and counts those it drops', () => {
  const saved = [savedPaper('d', 4), savedPaper('c', 3), savedPaper('b', 2), savedPaper('a', 1)];
  const broken = { title: 'broken', slug: 'BAD SLUG' };
  const stored = JSON.stringify({ saved: [saved[0], saved[1], broken, saved[2], saved[3]], muted: [] });
  assert.deepEqual(parseState(stored), {
    state: { saved, muted: [] },
    reset: [],
    dropped: [{ part: 'saved papers', count: 1 }],
  });
  const muted = [{ slug: 'theory', name: 'Theory' }];
  const both = JSON.stringify({ saved: [broken, broken], muted: [{ slug: 'x' }, ...muted, 7], visit: 'now' });
  assert.deepEqual(parseState(both), {
    state: { saved: [], muted },
    reset: ['last visit'],
    dropped: [
      { part: 'saved papers', count: 2 },
      { part: 'muted topics', count: 2 },
    ],
  });
});

test('the notice names what was reset and counts what was dropped, its verbs agreeing', () => {
  const why = '(what this browser kept was damaged or not ours)';
  assert.equal(unreadNotice({ reset: [], dropped: [] }), undefined);
  assert.equal(
    unreadNotice({ reset: ['saved papers', 'muted topics', 'last visit'], dropped: [] }),
    `Your saved papers, muted topics and last visit could not be read ${why}, so they were reset.`,
  );
  assert.equal(
    unreadNotice({ reset: ['saved papers'], dropped: [] }),
    `Your saved papers could not be read ${why}, so they were reset.`,
  );
  assert.equal(
    unreadNotice({ reset: ['last visit'], dropped: [] }),
    `Your last visit could not be read ${why}, so it was reset.`,
  );
  assert.equal(
    unreadNotice({ reset: [], dropped: [{ part: 'saved papers', count: 1 }] }),
    '1 saved paper could not be read and was dropped.',
  );
  assert.equal(
    unreadNotice({ reset: [], dropped: [{ part: 'muted topics', count: 3 }] }),
    '3 muted topics could not be read and were dropped.',
  );
  assert.equal(
    unreadNotice({
      reset: ['last visit'],
      dropped: [
        { part: 'saved papers', count: 1 },
        { part: 'muted topics', count: 1 },
      ],
    }),
    `Your last visit could not be read ${why}, so it was reset. 1 saved paper and 1 muted topic could not be read and were dropped.`,
  );
});
