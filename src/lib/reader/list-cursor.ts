/** Moving through a list's papers with j and k: from none, either key goes to the first; the ends stay put. */
export function movedCursor(current: number | undefined, count: number, step: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined) return 0;
  return Math.min(count - 1, Math.max(0, current + step));
}

/** What is said when j or k finds no paper further that way: a key that did nothing says why. */
export const listEndSaid = (step: 1 | -1): string =>
  step === 1 ? 'This is the last paper of the list.' : 'This is the first paper of the list.';

/** What a, s or o say on a list with no paper chosen yet, instead of doing nothing silently. */
export const NO_PAPER_CHOSEN = 'No paper chosen: press j to move to the first.';

/** What a says on a card that shows its summary and no row to open: o opens the paper, with its whole abstract. */
export const ONLY_SUMMARY = 'This list shows the summary only; o opens the whole abstract';

/** What a and o say on a saved paper whose page a rebuild removed (its title is kept, unlinked). */
export const PAGE_GONE = "This paper's page is gone from the site; only its title is kept";

/** Where a tab keeps the paper a list's cursor was on (sessionStorage): one key per page. */
export const listCursorKey = (path: string): string => `paper-digest:list-cursor:${path}`;

/** Where a tab keeps the papers whose rows a list page had open (sessionStorage): one key per page. */
export const openRowsKey = (path: string): string => `paper-digest:open-rows:${path}`;
