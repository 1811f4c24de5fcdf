/**
 * Filtering a day's list by one of its topics without script: each topic chip links to a status
 * line (`#topic-<slug>`) on the same page, and while that line is the URL's target one stylesheet
 * for the whole site (dayFilterCss, built from the taxonomy) hides the papers not filed under the
 * topic. Topic slugs are lowercase words joined by hyphens (src/content.config.ts), safe in CSS.
 */
import { groupedCount, plural } from '../common/text.ts';

const TARGET_PREFIX = 'topic-';

/** The id of the status line that filters a day's list by a topic. */
export function topicTarget(slug: string): string {
  return `${TARGET_PREFIX}${slug}`;
}

/** A chip's link: to the status line, on the same page. */
export function topicFilterHref(slug: string): string {
  return `#${topicTarget(slug)}`;
}

/** The topic a URL's hash (`#topic-<slug>`) filters by, if any. */
export function topicOfHash(hash: string): string | undefined {
  // Not decoded: a slug is plain ASCII, and a malformed escape must not throw.
  const id = hash.replace(/^#/, '');
  return id.startsWith(TARGET_PREFIX) && id.length > TARGET_PREFIX.length ? id.slice(TARGET_PREFIX.length) : undefined;
}

/** The id of the day's list: its "All topics" link targets it, which clears any filter. */
export const DAY_PAPERS_ID = 'papers';
export const ALL_TOPICS_HREF = `#${DAY_PAPERS_ID}`;

/** Whether a paper (its topics' slugs) is in a list filtered by `topic`; every paper is when none is. */
export const isInTopicFilter = (topics: readonly string[], topic: string | undefined): boolean =>
  topic === undefined || topics.includes(topic);

/** What a filtered list says it shows: "Showing 5 of 43 papers in Speech". */
export function filterStatus(shown: number, total: number, topicName: string): string {
  return `Showing ${groupedCount(shown)} of ${plural(total, 'paper')} in ${topicName}`;
}

/**
 * For each topic: while its status line is the target, the list hides papers without the topic
 * (cards carry `data-topics="slug slug"`) and its chip is marked as the current one, in weight
 * and underline too, which forced colors keep.
 */
export function dayFilterCss(slugs: readonly string[]): string {
  return slugs
    .map((slug) => {
      const target = `.day-layout:has(#${topicTarget(slug)}:target)`;
      return (
        `${target} .paper-item:not([data-topics~="${slug}"]){display:none}\n` +
        `${target} a[href="${topicFilterHref(slug)}"]{color:var(--accent-text);background:var(--accent);border-color:var(--accent);font-weight:700;text-decoration:underline}\n`
      );
    })
    .join('');
}
