import { formatDateRange } from './archive.ts';
import type { StablePage } from './stable-pages.ts';

/** The links between the pages of a list (Astro's paginate(), or stable-pages.ts), as a pager shows them. */
export interface ListPager {
  label: string;
  previous: { url: string; text: string } | undefined;
  next: { url: string; text: string } | undefined;
  position: string | undefined;
}

/** The number a page of Astro's paginate() shows: none for the first. */
export const pageNumber = ({ currentPage }: { currentPage: number }): number | undefined =>
  currentPage === 1 ? undefined : currentPage;

/** A list page's title: the list's name, and the number of a page past the first ("Speech, page 2"). */
export const pagedTitle = (name: string, number: number | undefined): string =>
  number === undefined ? name : `${name}, page ${number}`;

/** `words`: what the links say, by the list's order ("Newer"/"Older", "Higher ranked"/"Lower ranked"). */
export function listPager(
  page: { currentPage: number; lastPage: number; url: { prev?: string | undefined; next?: string | undefined } },
  words: { previous: string; next: string },
): ListPager {
  return {
    label: 'Pages',
    previous: page.url.prev ? { url: page.url.prev, text: words.previous } : undefined,
    next: page.url.next ? { url: page.url.next, text: words.next } : undefined,
    position: `Page ${page.currentPage} of ${page.lastPage}`,
  };
}

/**
 * A topic's or an area's page's pager (src/lib/site/stable-pages.ts): its newer and older pages,
 * and the days its papers were listed, which a page past the first keeps.
 */
export function stablePager(
  page: StablePage<{ listed: string }>,
  urlOf: (number: number | undefined) => string,
): ListPager {
  const [newest, oldest] = [page.data[0]?.listed, page.data.at(-1)?.listed];
  return {
    label: 'Pages',
    previous: page.newer && { url: urlOf(page.newer.number), text: 'Newer' },
    next: page.older && { url: urlOf(page.older.number), text: 'Older' },
    position: newest && oldest ? `Listed ${formatDateRange(oldest, newest)}` : undefined,
  };
}
