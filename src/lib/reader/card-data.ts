/**
 * What a paper's card and page carry for the reader's scripts (save, new since the last visit,
 * mute), as `data-*` attributes: its slug, the day it was listed, its topics' slugs and a compact
 * citation. Made at build time: the citation key needs Node (src/lib/site/bibtex.ts).
 */
import { citationKey } from '../site/bibtex.ts';
import { citeAttribute, type CardAttributes } from './saved-paper.ts';

export interface CardPaper {
  slug: string;
  /** YYYY-MM-DD */
  listed: string;
  title: string;
  date: string;
  arxiv?: string | undefined;
  authorNames?: readonly string[] | undefined;
  topics: readonly { slug: string }[];
}

export function cardAttributes(paper: CardPaper): CardAttributes {
  const { title, date, arxiv, authorNames } = paper;
  return {
    slug: paper.slug,
    listed: paper.listed,
    topics: paper.topics.map(({ slug }) => slug).join(' '),
    cite: citeAttribute({
      title,
      date,
      key: citationKey({ title, date, authorNames }),
      arxiv,
      authorNames: authorNames === undefined ? undefined : [...authorNames],
    }),
  };
}
