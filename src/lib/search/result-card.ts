/**
 * A search result as a paper card (see src/lib/site/paper-card.ts): what Pagefind's result data
 * says of the paper, with the pages of its day, area and topics. The search page fills a copy of the
 * card's markup with it, as text.
 */
import { citeAttribute, citedNames } from '../reader/saved-paper.ts';
import { formatDate } from '../site/archive.ts';
import { mathTitle } from '../site/title-text.ts';
import { byline } from '../site/byline.ts';
import { askedAuthor } from './asked-author.ts';
import type { CardFacts, LabelTag } from '../site/paper-card.ts';
import type { Urls } from '../site/urls.ts';
import { resultText, type ExcerptPart } from './excerpt.ts';
import { AUTHOR_SEPARATOR, type PagefindResultData } from './query.ts';

/**
 * The card the search page's template is rendered from: every part there, empty, its area's tag
 * and one topic tag to copy for each topic. A result names its authors only when their names are known: the
 * index does not hold a bare author count.
 */
export const RESULT_TEMPLATE: CardFacts = {
  url: '',
  title: '',
  titleHtml: '',
  date: '',
  dateLabel: '',
  listed: '',
  listedLabel: '',
  listedUrl: '',
  upvotes: 0,
  byline: '',
  code: { url: '', stars: 0 },
  // Names that differ: a card shows no topic named as its area (cardTags).
  area: { name: 'area', url: '' },
  topics: [{ name: 'topic', url: '' }],
  summaryHtml: '',
  reader: { slug: '', listed: '', topics: '', cite: '' },
};

export interface ResultCard extends Omit<CardFacts, 'summaryHtml' | 'titleHtml'> {
  /** The title as written, when it has math to typeset (src/lib/site/title-html.ts); `title` is its text. */
  mathTitle: string | undefined;
  /** Shown where a listed paper's summary is: the abstract around the words found, those marked. */
  excerpt: ExcerptPart[];
}

/** Only a web address is linked (the index holds nothing else, but a link is never a script). */
const WEB_URL = /^https?:\/\//i;

function codeOf(url: string | undefined, stars: string | undefined): CardFacts['code'] {
  if (url === undefined || !WEB_URL.test(url)) return undefined;
  const count = Number(stars);
  return { url, stars: stars === undefined || !Number.isInteger(count) ? undefined : count };
}

/** A filter's names (what the index files papers under) to the slugs of their pages. */
export interface FilterSlugs {
  areas: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
}

/** A tag for a filter's value, linked when the page knows its slug. */
function tagOf(name: string, slug: string | undefined, pageOf: (slug: string) => string): LabelTag {
  return { name, url: slug === undefined ? undefined : pageOf(slug) };
}

/** `query`: the words searched for, an author's name among them perhaps (askedAuthor). */
export function resultCard(data: PagefindResultData, urls: Urls, slugs: FilterSlugs, query = ''): ResultCard {
  const { url, meta, filters } = data;
  const { title, excerpt } = resultText(data);
  const date = meta.date ?? '';
  const listed = meta.listed ?? '';
  const names = meta.authors ? meta.authors.split(AUTHOR_SEPARATOR) : [];
  const topicNames = filters.topic ?? [];
  const typeset = meta.title === undefined ? undefined : mathTitle(meta.title);
  return {
    url,
    title,
    mathTitle: typeset,
    date,
    dateLabel: date && formatDate(date),
    listed,
    listedLabel: listed && formatDate(listed),
    listedUrl: listed && urls.date(listed),
    upvotes: Number(meta.upvotes ?? 0),
    byline: names.length > 0 ? byline(names.length, names, askedAuthor(names, query)) : undefined,
    code: codeOf(meta.code, meta.stars),
    // A card's attributes for saving and muting (src/lib/reader/card-data.ts), from the index's
    // fields: an index made before it recorded citation keys has none.
    reader:
      listed && meta.key !== undefined
        ? {
            slug: url.split('/').at(-2) ?? '',
            listed,
            topics: topicNames.flatMap((name) => slugs.topics.get(name) ?? []).join(' '),
            cite: citeAttribute({
              title,
              date,
              key: meta.key,
              arxiv: meta.arxiv,
              authorNames: citedNames(names),
              mathTitle: typeset,
            }),
          }
        : undefined,
    area:
      filters.area?.[0] === undefined ? undefined : tagOf(filters.area[0], slugs.areas.get(filters.area[0]), urls.area),
    topics: topicNames.map((name) => tagOf(name, slugs.topics.get(name), urls.topic)),
    excerpt,
  };
}
