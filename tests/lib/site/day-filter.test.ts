import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ALL_TOPICS_HREF,
  dayFilterCss,
  filterStatus,
  isInTopicFilter,
  topicFilterHref,
  topicOfHash,
  topicTarget,
} from '../../../src/lib/site/day-filter.ts';

test('a topic chip targets its status line, and the hash names the topic back', () => {
  assert.equal(topicTarget('speech-audio'), 'topic-speech-audio');
  assert.equal(topicFilterHref('speech-audio'), `#${topicTarget('speech-audio')}`);
  assert.equal(topicOfHash(topicFilterHref('speech-audio')), 'speech-audio');
  assert.equal(topicOfHash(ALL_TOPICS_HREF), undefined);
  assert.equal(topicOfHash('#topic-'), undefined);
  assert.equal(topicOfHash(''), undefined);
  assert.equal(topicOfHash('#topic-%E0%A4%A'), '%E0%A4%A', 'a malformed escape names no topic of the page');
});

test('the status line says how many papers of the day the filter shows', () => {
  assert.equal(filterStatus(5, 43, 'Speech'), 'Showing 5 of 43 papers in Speech');
  assert.equal(filterStatus(1, 1, 'Speech'), 'Showing 1 of 1 paper in Speech');
});

test('a filtered list has the papers of its topic, an unfiltered one every paper', () => {
  assert.equal(isInTopicFilter(['speech-audio', 'reasoning'], 'reasoning'), true);
  assert.equal(isInTopicFilter(['speech-audio'], 'reasoning'), false);
  assert.equal(isInTopicFilter([], 'reasoning'), false);
  assert.equal(isInTopicFilter([], undefined), true);
});

test('the stylesheet hides the papers without the targeted topic and marks its chip, for each topic', () => {
  const css = dayFilterCss(['speech-audio', 'reasoning']);
  assert.match(
    css,
    /^\.day-layout:has\(#topic-speech-audio:target\) \.paper-item:not\(\[data-topics~="speech-audio"\]\)\{display:none\}$/m,
  );
  assert.match(css, /^\.day-layout:has\(#topic-speech-audio:target\) a\[href="#topic-speech-audio"\]\{/m);
  assert.match(css, /:not\(\[data-topics~="reasoning"\]\)/);
  assert.equal(dayFilterCss([]), '');
});
