/**
 * A day's topic filter works without script (src/lib/site/day-filter.ts); with it, the chip of
 * the shown topic is marked as current for assistive technology, the status line counts the
 * papers shown (those of muted topics hidden: src/scripts/muted-lists.ts) and the count is announced.
 */
import {
  ALL_TOPICS_HREF,
  filterStatus,
  isInTopicFilter,
  topicFilterHref,
  topicOfHash,
  topicTarget,
} from '../lib/site/day-filter.ts';
import { announce } from './announce.ts';
import { MUTED_SHOWN_EVENT, topicsOf } from './muted-lists.ts';

const chips = document.querySelectorAll<HTMLAnchorElement>('.day-topics a');

/** The papers of `topic` the day's list shows: hidden by a mute, a paper is not. */
const shownOf = (topic: string) =>
  [...document.querySelectorAll<HTMLElement>('.day-papers .paper-item')].filter(
    (item) => !item.hidden && isInTopicFilter(topicsOf(item), topic),
  ).length;

function showFilter(): void {
  const topic = topicOfHash(location.hash);
  const status = topic === undefined ? null : document.getElementById(topicTarget(topic));
  const current = status && topic !== undefined ? topicFilterHref(topic) : ALL_TOPICS_HREF;
  for (const chip of chips) {
    if (chip.getAttribute('href') === current) chip.setAttribute('aria-current', 'true');
    else chip.removeAttribute('aria-current');
  }
  const count = status?.querySelector('.filter-count');
  if (count && topic !== undefined) {
    const { dayCount, topicName = '' } = status?.dataset ?? {};
    count.textContent = filterStatus(shownOf(topic), Number(dayCount), topicName);
  }
  // A hash change runs this twice (here, and after the mutes are applied again): announce says it once.
  announce(count?.textContent ?? '');
}

showFilter();
addEventListener('hashchange', showFilter);
document.addEventListener(MUTED_SHOWN_EVENT, showFilter);
