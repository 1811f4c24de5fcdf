import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  afterPageView,
  asVisitState,
  isNewSince,
  markAllSeen,
  newSinceNote,
  VISIT_GAP_MS,
} from '../../../src/lib/reader/visits.ts';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

test('a first visit marks nothing new', () => {
  const visit = afterPageView(undefined, at('2026-04-13T09:00:00Z'));
  assert.equal(isNewSince('2026-04-13', visit), false);
  assert.equal(isNewSince('2099-01-01', visit), false);
});

test('on a later visit, papers listed after the day of the previous visit are new', () => {
  let visit = afterPageView(undefined, at('2026-04-12T20:00:00Z'));
  visit = afterPageView(visit, at('2026-04-14T08:00:00Z'));
  assert.equal(isNewSince('2026-04-13', visit), true);
  assert.equal(isNewSince('2026-04-14', visit), true);
  assert.equal(isNewSince('2026-04-12', visit), false, 'listed the day of the previous visit');
  assert.equal(isNewSince('2026-02-01', visit), false);
});

test("papers listed after the newest day the previous visit's pages listed are new, even of that visit's day (UTC)", () => {
  // A reader in California at 8 pm on April 12 (04:00 UTC on the 13th), shown papers up to the 12th.
  let visit = afterPageView(undefined, at('2026-04-13T04:00:00Z'), '2026-04-10');
  visit = afterPageView(visit, at('2026-04-13T04:05:00Z'), '2026-04-12');
  visit = afterPageView(visit, at('2026-04-13T04:10:00Z'));
  assert.equal(visit.newestShown, '2026-04-12', 'the newest any page of the visit listed');
  // The next evening, the 13th has been published since.
  visit = afterPageView(visit, at('2026-04-14T04:00:00Z'), '2026-04-13');
  assert.equal(isNewSince('2026-04-13', visit), true);
  assert.equal(isNewSince('2026-04-12', visit), false);
  // The visit after that: what this one's pages listed.
  visit = afterPageView(visit, at('2026-04-15T04:00:00Z'));
  assert.equal(isNewSince('2026-04-13', visit), false);
  assert.equal(isNewSince('2026-04-14', visit), true);
});

test('the previous visit stays put while the reader goes on reading: reloading keeps the marks', () => {
  let visit = afterPageView(undefined, at('2026-04-12T20:00:00Z'));
  let now = at('2026-04-14T08:00:00Z');
  visit = afterPageView(visit, now);
  for (let view = 0; view < 10; view++) {
    now += VISIT_GAP_MS - MINUTE;
    visit = afterPageView(visit, now);
    assert.equal(isNewSince('2026-04-13', visit), true, `view ${view}`);
  }
});

test('after a gap longer than a visit, the last visit is what was seen', () => {
  let visit = afterPageView(undefined, at('2026-04-12T20:00:00Z'));
  visit = afterPageView(visit, at('2026-04-14T08:00:00Z'));
  visit = afterPageView(visit, at('2026-04-14T08:00:00Z') + VISIT_GAP_MS + MINUTE);
  assert.equal(isNewSince('2026-04-13', visit), false);
  assert.equal(isNewSince('2026-04-15', visit), true);
});

test('"mark all as seen" clears the marks, for the rest of the visit too', () => {
  const now = at('2026-04-14T08:00:00Z');
  const listing = markAllSeen(now, '2026-04-13');
  assert.equal(isNewSince('2026-04-13', listing), false);
  assert.equal(isNewSince('2026-04-14', listing), true, 'not shown yet where the reader marked all');
  let visit = markAllSeen(now);
  assert.equal(isNewSince('2026-04-14', visit), false);
  visit = afterPageView(visit, now + MINUTE);
  assert.equal(isNewSince('2026-04-14', visit), false);
  assert.equal(isNewSince('2026-04-15', visit), true);
});

test('a stored visit state is read back only when it is one', () => {
  assert.deepEqual(asVisitState({ lastViewAt: 5 }), { lastViewAt: 5 });
  assert.deepEqual(asVisitState({ lastViewAt: 5, seenUpTo: 3, other: 1 }), { lastViewAt: 5, seenUpTo: 3 });
  assert.equal(asVisitState({ lastViewAt: 5, seenUpTo: 'x' }), undefined);
  assert.deepEqual(asVisitState({ lastViewAt: 5, seenUpTo: 3, seenListed: '2026-04-12', newestShown: '2026-04-13' }), {
    lastViewAt: 5,
    seenUpTo: 3,
    seenListed: '2026-04-12',
    newestShown: '2026-04-13',
  });
  assert.equal(asVisitState({ lastViewAt: 5, seenListed: '<img>' }), undefined);
  assert.equal(asVisitState({ lastViewAt: 5, newestShown: 20260413 }), undefined);
  assert.equal(asVisitState({}), undefined);
  assert.equal(asVisitState('5'), undefined);
  // Numbers no date can hold, which would throw where a paper is checked.
  assert.equal(asVisitState({ lastViewAt: 5, seenUpTo: 9e15 }), undefined);
  assert.equal(asVisitState({ lastViewAt: -9e15 }), undefined);
});

test("a list's note counts its new papers and, when earlier days were listed since, theirs", () => {
  assert.deepEqual(newSinceNote(40, 0), { lead: '40 new since your last visit', earlier: undefined });
  assert.deepEqual(newSinceNote(1200, 3400), {
    lead: '1,200 new since your last visit',
    earlier: '3,400 more on earlier days',
  });
});
