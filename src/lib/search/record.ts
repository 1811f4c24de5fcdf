/**
 * What the search index holds for a paper, made from its collection file rather than its built
 * page: the index then needs no built site, so it is made while `astro build` renders (see
 * src/integrations/search-index.ts), and it can never index a page older than its file.
 *
 * Pagefind is given a small HTML document per paper carrying the attributes a paper page would:
 * the title is searchable with weight 10 (its math as words: src/lib/site/title-text.ts) and is
 * the `title` metadata (as written: a result shows it as text, its math typeset); the abstract is the
 * searchable text (plain, its math as TeX source, which makes cleaner excerpts than typeset
 * MathML); date and upvotes are metadata and sorts, the listing day metadata; the area's and topics' names and the year are filters.
 *
 * The authors' names are metadata, not text: Pagefind searches every metadata field, with no
 * boost but the title's, so a name finds its papers and ranks below a title match, while the
 * excerpt stays the abstract's (a list of names makes no excerpt). The code repository is
 * metadata too (the result links it), and a paper with one carries the `code` filter.
 *
 * Since every metadata field is searched, a field holds values, never field names: saving a result
 * needs the card's citation (src/lib/reader/card-data.ts), which the search page puts together
 * from the title, date and authors and the citation's own `key` and `arxiv` fields. As one JSON
 * field, its names ("title", "date", "key") would be words of every paper, found by every search
 * for them. The topics' slugs a result is muted by come from its topic filter.
 */
import { escape as escapeHtml } from 'html-escaper';
import { plainLetters } from '../common/plain-letters.ts';
import { SITE_LANGUAGE } from '../site/constants.ts';
import { searchTitle } from '../site/title-text.ts';
import { createUrls } from '../site/urls.ts';
import { AUTHOR_SEPARATOR, CODE_FILTER, HAS_CODE, TYPED_AUTHORS } from './query.ts';

export interface SearchablePaper {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** The day the listing first showed it, YYYY-MM-DD: the day page a result links to. */
  listed: string;
  upvotes: number;
  /** The area's name, as the taxonomy spells it. */
  area: string;
  /** Topic names, as the taxonomy spells them. */
  topics: readonly string[];
  /** The authors' names, in order, when known (a text dump gives only their count). */
  authorNames?: readonly string[] | undefined;
  /** The code repository, with its stars when known. */
  code?: { url: string; stars?: number | undefined } | undefined;
  /** The abstract as plain text (paragraphs separated by blank lines). */
  abstract: string;
  /** What a card's citation adds to the facts above (src/lib/reader/card-data.ts): its key, and the arXiv id when known. */
  citation?: { key: string; arxiv?: string | undefined } | undefined;
}

/** Weight of the title against the abstract in relevance ranking. */
export const TITLE_WEIGHT = 10;

/** Root-relative: the search page and `npm run search` give Pagefind the site's base path. */
const ROOT_URLS = createUrls('/');

/**
 * Names with letters search does not fold ("Łukasz", "Søren"), also as a reader types them
 * ("Lukasz", "Soren"): a field of their own, searched as every field is, shown nowhere.
 */
function typedNames(names: string): string[] {
  const typed = plainLetters(names);
  return typed === names ? [] : [`<p data-pagefind-meta="${TYPED_AUTHORS}">${escapeHtml(typed)}</p>`];
}

/** The document Pagefind indexes for a paper, and the URL its result links to. */
export function searchRecord({
  slug,
  title,
  date,
  listed,
  upvotes,
  area,
  topics,
  authorNames = [],
  code,
  abstract,
  citation,
}: SearchablePaper): {
  url: string;
  content: string;
} {
  const paragraphs = abstract.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '');
  const names = authorNames.join(AUTHOR_SEPARATOR);
  const content = [
    `<!doctype html><html lang="${SITE_LANGUAGE}"><head><meta charset="utf-8"><title></title></head><body><main data-pagefind-body>`,
    `<h1 data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(searchTitle(title))}</h1>`,
    '<div data-pagefind-ignore>',
    `<span data-pagefind-meta="title">${escapeHtml(title)}</span>`,
    `<time datetime="${date}" data-year="${date.slice(0, 4)}" data-pagefind-meta="date[datetime]" data-pagefind-sort="date[datetime]" data-pagefind-filter="year[data-year]">${date}</time>`,
    `<span data-pagefind-meta="listed">${listed}</span>`,
    ...(citation ? [`<span data-pagefind-meta="key">${escapeHtml(citation.key)}</span>`] : []),
    ...(citation?.arxiv === undefined ? [] : [`<span data-pagefind-meta="arxiv">${escapeHtml(citation.arxiv)}</span>`]),
    `<span data-pagefind-meta="upvotes" data-pagefind-sort="upvotes">${upvotes}</span>`,
    `<a data-pagefind-filter="area">${escapeHtml(area)}</a>`,
    ...topics.map((name) => `<a data-pagefind-filter="topic">${escapeHtml(name)}</a>`),
    ...(authorNames.length > 0 ? [`<p data-pagefind-meta="authors">${escapeHtml(names)}</p>`] : []),
    ...typedNames(names),
    ...(code
      ? [
          `<span data-pagefind-filter="${CODE_FILTER}">${HAS_CODE}</span>`,
          `<a href="${escapeHtml(code.url)}" data-pagefind-meta="code[href]"></a>`,
          ...(code.stars === undefined ? [] : [`<span data-pagefind-meta="stars">${code.stars}</span>`]),
        ]
      : []),
    '</div>',
    // In Unicode's NFKC form, as queries are searched (src/lib/site/title-text.ts: searchQuery): "CO₂" is found as "CO2".
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph.normalize('NFKC'))}</p>`),
    '</main></body></html>',
  ].join('');
  return { url: ROOT_URLS.paper(slug), content };
}
