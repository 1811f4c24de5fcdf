import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureTopicQuality } from '../../helpers/topic-quality.ts';

/**
 * `labelled` shaped the rules and `blind` (realistic abstracts, never read while writing the
 * rules) measures how they generalize: both must meet the goal. `holdout` is harder on purpose —
 * plain-language abstracts that avoid each field's keywords (a few of its misses were read) —
 * and its floor guards against regressions.
 */
const FLOORS = {
  labelled: { sameArea: 0.9, crossArea: 0.9 },
  blind: { sameArea: 0.9, crossArea: 0.9 },
  holdout: { sameArea: 0.7, crossArea: 0.9 },
} as const;

for (const [set, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, (typeof FLOORS)[keyof typeof FLOORS]][]) {
  test(`topic quality on the ${set} set: same-area pairs share a topic (≥ ${floor.sameArea * 100}%), unrelated pairs share none (≥ ${floor.crossArea * 100}%)`, (t) => {
    const { sameArea, crossArea, ownArea } = measureTopicQuality(set);
    t.diagnostic(
      `${set}: same area ${sameArea.sharing}/${sameArea.pairs}, cross area ${crossArea.disjoint}/${crossArea.pairs}, own area ${ownArea.hits}/${ownArea.papers}`,
    );
    assert.ok(
      sameArea.sharing / sameArea.pairs >= floor.sameArea,
      `same area ${sameArea.sharing}/${sameArea.pairs}:\n${sameArea.misses.join('\n')}`,
    );
    assert.ok(
      crossArea.disjoint / crossArea.pairs >= floor.crossArea,
      `cross area ${crossArea.disjoint}/${crossArea.pairs}:\n${crossArea.misses.join('\n')}`,
    );
  });
}
