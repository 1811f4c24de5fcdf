/** What the /saved/ page's card shows of a saved paper: the text its template is filled with. */
import { byline } from '../site/byline.ts';
import { formatDate } from '../site/archive.ts';
import type { Urls } from '../site/urls.ts';
import { mathTitle, plainText } from '../site/title-text.ts';
import { citeAttribute, type CardAttributes, type SavedPaper } from './saved-paper.ts';

export interface SavedCard {
  title: string;
  /**
   * The title as written, when it has math to typeset (src/lib/site/title-html.ts) and is the
   * title's own: one in an imported file edited by hand may be another's.
   */
  mathTitle: string | undefined;
  url: string;
  /** "Published Mar 24, 2023 · listed Apr 13, 2026 · 3 authors" */
  meta: string;
  /** As a listed card carries them, so the card's Save toggle works as anywhere else. */
  attributes: CardAttributes;
}

export function savedCard(paper: SavedPaper, urls: Pick<Urls, 'paper'>): SavedCard {
  const { slug, title, date, key, arxiv, authorNames, mathTitle: written, listed, topics } = paper;
  const facts = [`Published ${formatDate(date)}`, `listed ${formatDate(listed)}`];
  if (authorNames !== undefined && authorNames.length > 0) facts.push(byline(authorNames.length, authorNames));
  if (arxiv !== undefined) facts.push(`arXiv:${arxiv}`);
  return {
    title,
    mathTitle: written !== undefined && plainText(written) === title ? mathTitle(written) : undefined,
    url: urls.paper(slug),
    meta: facts.join(' · '),
    attributes: {
      slug,
      listed,
      topics: topics.join(' '),
      cite: citeAttribute({ title, date, key, arxiv, authorNames, mathTitle: written }),
    },
  };
}
