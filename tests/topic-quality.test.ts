import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureTopicQuality } from './helpers/topic-quality.ts';

const GOAL = 0.9;

for (const set of ['labelled', 'holdout'] as const) {
  test(`topic quality on the ${set} set: same-area pairs share a topic, unrelated pairs share none (≥ 90%)`, (t) => {
    const { sameArea, crossArea, ownArea } = measureTopicQuality(set);
    t.diagnostic(`same area ${sameArea.sharing}/${sameArea.pairs}, cross area ${crossArea.disjoint}/${crossArea.pairs}, own area ${ownArea.hits}/${ownArea.papers}`);
    assert.ok(sameArea.sharing / sameArea.pairs >= GOAL, `same area ${sameArea.sharing}/${sameArea.pairs}:\n${sameArea.misses.join('\n')}`);
    assert.ok(crossArea.disjoint / crossArea.pairs >= GOAL, `cross area ${crossArea.disjoint}/${crossArea.pairs}:\n${crossArea.misses.join('\n')}`);
  });
}
