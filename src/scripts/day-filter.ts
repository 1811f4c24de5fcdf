/**
 * A day's topic filter works without script (src/lib/site/day-filter.ts); with it, the chip of
 * the shown topic is marked as current for assistive technology and the new count is announced.
 */
import { ALL_TOPICS_HREF, topicFilterHref, topicOfHash, topicTarget } from '../lib/site/day-filter.ts';

const chips = document.querySelectorAll<HTMLAnchorElement>('.day-topics a');
const announcement = document.querySelector<HTMLElement>('[data-filter-announcement]');

function showFilter(): void {
  const topic = topicOfHash(location.hash);
  const status = topic === undefined ? null : document.getElementById(topicTarget(topic));
  const current = status && topic !== undefined ? topicFilterHref(topic) : ALL_TOPICS_HREF;
  for (const chip of chips) {
    if (chip.getAttribute('href') === current) chip.setAttribute('aria-current', 'true');
    else chip.removeAttribute('aria-current');
  }
  if (announcement) announcement.textContent = status?.querySelector('.filter-count')?.textContent ?? '';
}

showFilter();
addEventListener('hashchange', showFilter);
