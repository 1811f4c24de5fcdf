/**
 * What a paper's card shows (src/lib/site/card-html.ts). The pages list papers as cards, and
 * the search page fills a copy of the same card for each result (src/lib/search/result-card.ts).
 */

import type { CardAttributes } from '../reader/saved-paper.ts';

/** A topic or an area as a tag: its name, linking to its page. */
export interface LabelTag {
  name: string;
  /** The topic's page; none where the page does not know the topic. */
  url?: string | undefined;
}

/**
 * A card's tags: its area first, then its topics but one named as the area (Computer Vision the
 * area and Computer Vision the topic, or a paper in no topic): the same name twice reads as a slip.
 */
export function cardTags(area: LabelTag | undefined, topics: readonly LabelTag[]): LabelTag[] {
  return area ? [area, ...topics.filter(({ name }) => name !== area.name)] : [...topics];
}

export interface CardFacts {
  /** The paper's page. */
  url: string;
  /** As readable text (src/lib/site/title-text.ts). */
  title: string;
  /** As the pages show it: HTML, its math typeset. */
  titleHtml: string;
  /** The paper's own date (its publication), YYYY-MM-DD. */
  date: string;
  /** The date as readers see it: "April 13, 2026". */
  dateLabel: string;
  /** The day the Daily Papers listed it, YYYY-MM-DD: the day page it is on (none where unknown). */
  listed?: string | undefined;
  listedLabel?: string | undefined;
  /** The listing day's page. */
  listedUrl?: string | undefined;
  /** Where it stands among its listing day's papers by upvotes: #rank of `of`. */
  standing?: { rank: number; of: number } | undefined;
  upvotes: number;
  /** The first authors' names or their count (src/lib/site/byline.ts); left out of search results. */
  byline?: string | undefined;
  /** The paper's code, with its stars when known. */
  code?: { url: string; stars?: number | undefined } | undefined;
  /** The paper's research area, shown before its topics. */
  area?: LabelTag | undefined;
  topics: readonly LabelTag[];
  /** The start of the abstract as HTML, its math typeset; in a search result, the excerpt around the words found. */
  summaryHtml: string;
  /** What the reader's scripts read off the card to save, mark and mute it (a search result: from the index). */
  reader?: CardAttributes | undefined;
}
