import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTopicName } from '../../../src/lib/topics/topic-order.ts';

test('topics are ordered by name, whatever their slugs, with Other last', () => {
  const topics = [
    { slug: 'other', name: 'Other' },
    { slug: 'zz-speech', name: 'Audio & Speech' },
    { slug: 'aa-vision', name: 'Vision' },
    { slug: 'agents', name: 'Agents' },
  ];
  assert.deepEqual(
    [...topics].sort(byTopicName).map(({ name }) => name),
    ['Agents', 'Audio & Speech', 'Vision', 'Other'],
  );
});
