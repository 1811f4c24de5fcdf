import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  asMutedTopic,
  isHiddenByMutes,
  isMuted,
  muteChangeSaid,
  muteToggleLabel,
  mutedNote,
  withMuted,
  withoutMuted,
} from '../../../src/lib/reader/mute.ts';

const theory = { slug: 'theory', name: 'Theory' };
const speech = { slug: 'speech-audio', name: 'Speech & audio' };

test('a paper is hidden only when every one of its topics is muted', () => {
  assert.equal(isHiddenByMutes(['theory'], [theory]), true);
  assert.equal(isHiddenByMutes(['theory', 'speech-audio'], [theory]), false);
  assert.equal(isHiddenByMutes(['theory', 'speech-audio'], [theory, speech]), true);
  assert.equal(isHiddenByMutes([], [theory]), false, 'a paper with no topic');
  assert.equal(isHiddenByMutes(['theory'], []), false);
});

test('a toggle says what it does, and the page what it did', () => {
  assert.equal(muteToggleLabel(false, 'Theory'), 'Mute Theory');
  assert.equal(muteToggleLabel(true, 'Theory'), 'Unmute Theory');
  // A name that ends in "s" would read badly with "'s": the topic is named once.
  assert.equal(
    muteChangeSaid(true, 'Graph Neural Networks'),
    "Graph Neural Networks muted: lists hide papers whose every topic is muted (not on the topic's own pages).",
  );
  assert.equal(muteChangeSaid(false, 'Theory'), 'Theory unmuted.');
});

test('muting twice mutes once; unmuting removes the topic', () => {
  const muted = withMuted(withMuted([theory], theory), speech);
  assert.deepEqual(muted, [theory, speech]);
  assert.deepEqual(withoutMuted(muted, 'theory'), [speech]);
  assert.equal(isMuted(withoutMuted(muted, 'theory'), 'theory'), false);
});

test('a stored muted topic is read back only when it is one', () => {
  assert.deepEqual(asMutedTopic({ ...theory, extra: 1 }), theory);
  assert.equal(asMutedTopic({ slug: 'Not a slug', name: 'x' }), undefined);
  assert.equal(asMutedTopic({ slug: 'theory' }), undefined);
  assert.equal(asMutedTopic(null), undefined);
});

test("a list's note counts the papers muted topics hide, its button's name says what it shows or hides, and a press is said", () => {
  assert.deepEqual(mutedNote(6, false), {
    text: '6 papers hidden (muted topics) —',
    word: 'Show',
    what: 'the 6 papers of muted topics',
    said: 'Hidden: the 6 papers of muted topics.',
  });
  assert.deepEqual(mutedNote(1, true), {
    text: 'Showing 1 paper of muted topics.',
    word: 'Hide',
    what: 'the 1 paper of muted topics',
    said: 'Shown: the 1 paper of muted topics.',
  });
});
