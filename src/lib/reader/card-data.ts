/**
 * What a paper's card and page carry for the reader's scripts (save, new since the last visit,
 * mute), as `data-*` attributes: its slug, the day it was listed, its topics' slugs and a compact
 * citation. Made at build time: the citation key needs Node (src/lib/site/bibtex.ts). A search
 * result carries the same citation, put together from the index's fields
 * (src/lib/search/result-card.ts).
 */
import { citationKey } from '../site/bibtex.ts';
import { citeAttribute, citedNames, type CardAttributes, type CardCite } from './saved-paper.ts';

export interface CardPaper {
  slug: string;
  /** YYYY-MM-DD */
  listed: string;
  title: string;
  date: string;
  arxiv?: string | undefined;
  authorNames?: readonly string[] | undefined;
  mathTitle?: string | undefined;
  topics: readonly { slug: string }[];
}

/** The paper as it is cited. */
export function cardCitation({
  title,
  date,
  arxiv,
  authorNames,
  mathTitle,
}: Omit<CardPaper, 'slug' | 'listed' | 'topics'>): CardCite {
  const names = citedNames(authorNames);
  return { title, date, key: citationKey({ title, date, authorNames: names }), arxiv, authorNames: names, mathTitle };
}

export function cardAttributes(paper: CardPaper): CardAttributes {
  return {
    slug: paper.slug,
    listed: paper.listed,
    topics: paper.topics.map(({ slug }) => slug).join(' '),
    cite: citeAttribute(cardCitation(paper)),
  };
}
