/**
 * The Daily Papers API's pages: `GET /api/daily_papers?date=YYYY-MM-DD&limit=N&p=K`, pages
 * numbered from 0, as huggingface_hub's `list_daily_papers` sends them. A page shorter than the
 * limit is the last one.
 */

/** Papers per page: huggingface_hub's default for `list_daily_papers`. */
export const PAGE_LIMIT = 50;

/** Pages followed for one day at most, far beyond any day seen (about 100 papers): a guard against an API that ignores `p`. */
export const MAX_PAGES = 50;

/** The URL of page `page` (from 0) of the day `date` (YYYY-MM-DD); `apiUrl` without a trailing slash. */
export function pageUrl(apiUrl: string, date: string, page: number, limit: number): string {
  const params = new URLSearchParams({ date, limit: String(limit), p: String(page) });
  return `${apiUrl}/api/daily_papers?${params}`;
}

/** Whether a page of `count` items ends the day. */
export function isLastPage(count: number, limit: number): boolean {
  return count < limit;
}
