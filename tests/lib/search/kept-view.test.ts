import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keptView } from '../../../src/lib/search/kept-view.ts';

test("a history entry's kept view is read back; anything else there is no view", () => {
  assert.deepEqual(keptView({ shown: 60, scrollY: 2400 }), { shown: 60, scrollY: 2400 });
  for (const state of [null, undefined, 'x', {}, { shown: 60 }, { shown: -1, scrollY: 0 }, { shown: 'x', scrollY: 0 }])
    assert.equal(keptView(state), undefined, JSON.stringify(state));
});
