/** The links between the pages of a paginated list (Astro's `page`), as a pager shows them. */
export interface ListPager {
  label: string;
  previous: { url: string; text: string } | undefined;
  next: { url: string; text: string } | undefined;
  position: string;
}

/** A list page's title: the list's name, and which page past the first ("Speech, page 2"). */
export const pagedTitle = (name: string, page: { currentPage: number }): string =>
  page.currentPage === 1 ? name : `${name}, page ${page.currentPage}`;

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
