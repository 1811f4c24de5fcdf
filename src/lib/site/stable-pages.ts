/**
 * A topic's or an area's list in pages that keep their papers: the list's own URL holds its
 * newest papers (from `size` up to twice as many less one; all of them in a shorter list), and
 * the pages after it hold `size` papers each, numbered from the oldest (`/topics/<slug>/1/` is
 * the oldest page). A day's new papers change the first page only, until it is full and its
 * oldest `size` become the next numbered page (and the page before it links that one as newer):
 * a later paper leaves the other pages as they were. Within a listing day papers are ranked by
 * upvotes, so a day the listing still counts, cut by a new page, may move across that cut.
 */

export interface StablePage<T> {
  /** Its number in the URL: undefined for the list's own URL. */
  number: number | undefined;
  /** Its papers, newest first. */
  data: T[];
  /** The page of newer papers (undefined: the first page), and of older ones; absent at the ends. */
  newer?: { number: number | undefined };
  older?: { number: number };
}

/** `newestFirst`'s pages, the first page first. */
export function stablePages<T>(newestFirst: readonly T[], size: number): StablePage<T>[] {
  const total = newestFirst.length;
  const numbered = total < 2 * size ? 0 : Math.floor(total / size) - 1;
  const firstLength = total - numbered * size;
  const pages: StablePage<T>[] = [{ number: undefined, data: newestFirst.slice(0, firstLength) }];
  for (let number = numbered; number >= 1; number -= 1) {
    const end = total - (number - 1) * size;
    pages.push({ number, data: newestFirst.slice(end - size, end) });
  }
  return pages.map((page, index) => ({
    ...page,
    ...(index > 0 && { newer: { number: pages[index - 1]?.number } }),
    ...(index < pages.length - 1 && { older: { number: pages[index + 1]?.number as number } }),
  }));
}
