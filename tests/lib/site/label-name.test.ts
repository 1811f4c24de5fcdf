import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctLabelName } from '../../../src/lib/site/label-name.ts';

test("an area's name says it is an area's; a topic's is its own", () => {
  assert.equal(distinctLabelName({ kind: 'area', name: 'Computer Vision' }), 'Computer Vision (area)');
  assert.equal(distinctLabelName({ kind: 'topic', name: 'Computer Vision' }), 'Computer Vision');
});
