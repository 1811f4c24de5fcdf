/**
 * What the search index holds for a paper, made from its collection file rather than its built
 * page: the index then needs no built site, so it is made while `astro build` renders (see
 * src/integrations/search-index.ts), and it can never index a page older than its file.
 *
 * Pagefind is given a small HTML document per paper carrying the attributes a paper page would:
 * the title is searchable with weight 10 and is the `title` metadata; the abstract is the
 * searchable text (plain, its math as TeX source, which makes cleaner excerpts than typeset
 * MathML); date and upvotes are metadata and sorts; topic names and the year are filters.
 */
import { escape as escapeHtml } from 'html-escaper';
import { SITE_LANGUAGE } from '../site/constants.ts';
import { createUrls } from '../site/urls.ts';

export interface SearchablePaper {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  upvotes: number;
  /** Topic names, as the taxonomy spells them. */
  topics: readonly string[];
  /** The abstract as plain text (paragraphs separated by blank lines). */
  abstract: string;
}

/** Weight of the title against the abstract in relevance ranking. */
export const TITLE_WEIGHT = 10;

/** Root-relative: the search page and `npm run search` give Pagefind the site's base path. */
const ROOT_URLS = createUrls('/');

/** The document Pagefind indexes for a paper, and the URL its result links to. */
export function searchRecord({ slug, title, date, upvotes, topics, abstract }: SearchablePaper): {
  url: string;
  content: string;
} {
  const paragraphs = abstract.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '');
  const content = [
    `<!doctype html><html lang="${SITE_LANGUAGE}"><head><meta charset="utf-8"><title></title></head><body><main data-pagefind-body>`,
    `<h1 data-pagefind-meta="title" data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(title)}</h1>`,
    '<div data-pagefind-ignore>',
    `<time datetime="${date}" data-year="${date.slice(0, 4)}" data-pagefind-meta="date[datetime]" data-pagefind-sort="date[datetime]" data-pagefind-filter="year[data-year]">${date}</time>`,
    `<span data-pagefind-meta="upvotes" data-pagefind-sort="upvotes">${upvotes}</span>`,
    ...topics.map((name) => `<a data-pagefind-filter="topic">${escapeHtml(name)}</a>`),
    '</div>',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    '</main></body></html>',
  ].join('');
  return { url: ROOT_URLS.paper(slug), content };
}
