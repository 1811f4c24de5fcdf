/**
 * What a paper's card shows (src/components/PaperCard.astro). The pages list papers as cards, and
 * the search page fills a copy of the same card for each result (src/lib/search/result-card.ts).
 */

import type { CardAttributes } from '../reader/saved-paper.ts';

/** A topic as a tag: its name, linking to its page. */
export interface TopicTag {
  name: string;
  /** The topic's page; none where the page does not know the topic. */
  url?: string | undefined;
}

export interface CardFacts {
  /** The paper's page. */
  url: string;
  /** As readable text (src/lib/site/title-text.ts). */
  title: string;
  /** As the pages show it: HTML, its math typeset. */
  titleHtml: string;
  /** YYYY-MM-DD */
  date: string;
  /** The date as readers see it: "April 13, 2026". */
  dateLabel: string;
  /** The day's page. */
  dateUrl: string;
  upvotes: number;
  /** The first authors' names or their count (src/lib/site/byline.ts); left out of search results. */
  byline?: string | undefined;
  /** The paper's code, with its stars when known. */
  code?: { url: string; stars?: number | undefined } | undefined;
  topics: readonly TopicTag[];
  /** The start of the abstract; in a search result, the excerpt around the words found. */
  summary: string;
  /** What the reader's scripts read off the card to save, mark and mute it; none on search results. */
  reader?: CardAttributes | undefined;
}
