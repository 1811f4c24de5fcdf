import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicSlugs } from '../../../src/lib/site/paper-card.ts';

test("a card's data-topics lists its topics' slugs, leaving out tags without one", () => {
  assert.equal(
    topicSlugs([
      { slug: 'speech-audio', name: 'Speech & Audio' },
      { name: 'A search result tag' },
      { slug: 'reasoning', name: 'Reasoning' },
    ]),
    'speech-audio reasoning',
  );
  assert.equal(topicSlugs([]), '');
});
