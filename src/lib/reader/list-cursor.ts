/** Moving through a list's papers with j and k: from none, either key goes to the first; the ends stay put. */
export function movedCursor(current: number | undefined, count: number, step: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined) return 0;
  return Math.min(count - 1, Math.max(0, current + step));
}

/** Where a tab keeps the paper a list's cursor was on (sessionStorage): one key per page. */
export const listCursorKey = (path: string): string => `paper-digest:list-cursor:${path}`;
