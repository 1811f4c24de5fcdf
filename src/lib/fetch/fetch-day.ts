/**
 * One day of the listing, every page of it, within the day's time budget: the items as the API
 * gave them, or why the day failed and at which URL. Each page must be a JSON array holding
 * papers (an item that is not one is kept, for the dump's decision to name, see day-dump.ts); a
 * page that only repeats papers already received means the API ignored the paging, which would
 * never end.
 */
import { type Day, toIsoDate } from '../common/dates.ts';
import { InputError } from '../common/files.ts';
import { listedPaperId, parseJsonDump } from '../ingest/json-dump.ts';
import { isLastPage, MAX_PAGES, pageUrl } from './api-pages.ts';
import { requestText } from './api-request.ts';
import type { FetchSettings } from './fetch-settings.ts';
import { withRetries, type Attempt, type Clock } from './retry.ts';

export interface FetchDayDependencies {
  fetch: typeof fetch;
  clock: Clock;
  /** The UTC day: no paper may be dated after it. */
  today: Day;
}

/**
 * The day's items, or why it failed; `url`: the day's first page (for a failed day, the page that
 * failed). `unreached`: no try of the day reached the server.
 */
export type FetchedDay = { items: unknown[]; url: string } | { failed: string; url: string; unreached: boolean };

/** The day's name for a JSON dump: parseJsonDump dates items without a listing day by it. */
export function dumpFileName(date: string): string {
  return `hf-${date}.json`;
}

/** At most this many refused items are named, the rest counted. */
const REASONS_SHOWN = 3;

/** The first refused items' reasons, the rest counted. */
export function refusedItems(rejected: readonly { reason: string }[]): string {
  const shown = rejected.slice(0, REASONS_SHOWN).map(({ reason }) => reason);
  const more = rejected.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

interface PageItems {
  items: unknown[];
  /** The paper each item is (listedPaperId). */
  ids: (string | undefined)[];
}

/** The page's items and the paper each is; or why they cannot be used. */
function readPage(text: string, date: string, today: Day): Attempt<PageItems> {
  let dump;
  try {
    dump = parseJsonDump(text, { fileName: dumpFileName(date), today });
  } catch (error) {
    if (error instanceof InputError) return { fail: error.message };
    throw error;
  }
  // Items, but not one paper among them: not the listing.
  if (dump.entries.length === 0 && dump.rejected.length > 0)
    return { fail: `no item is a paper: ${refusedItems(dump.rejected)}` };
  const items = JSON.parse(text.replace(/^\ufeff/, '')) as unknown[];
  // An item that is not a paper has no id: it is kept whatever page it comes on.
  const ids: (string | undefined)[] = items.map(() => undefined);
  for (const entry of dump.entries) ids[entry.line - 1] = listedPaperId(entry);
  return { value: { items, ids } };
}

/** Every page of `day`, or the reason the day failed. */
export async function fetchDay(
  day: Day,
  settings: FetchSettings,
  { fetch, clock, today }: FetchDayDependencies,
): Promise<FetchedDay> {
  const date = toIsoDate(day);
  const deadline = clock.now() + settings.retryBudgetMs;
  const items: unknown[] = [];
  const seen = new Set<string>();
  let reached = false;
  for (let page = 0; ; page++) {
    const url = pageUrl(settings.apiUrl, date, page, settings.pageLimit);
    const failed = (reason: string) => ({ failed: reason, url, unreached: !reached });
    if (page >= MAX_PAGES) return failed(`more than ${MAX_PAGES} pages: the API does not seem to end`);
    const result = await withRetries(
      async (timeoutMs) => {
        const answer = await requestText(url, timeoutMs, {
          userAgent: settings.userAgent,
          fetch,
          now: () => clock.now(),
        });
        reached ||= answer.unreached !== true;
        return 'value' in answer ? readPage(answer.value, date, today) : answer;
      },
      { deadline, timeoutMs: settings.timeoutMs, backoffMs: settings.backoffMs, clock },
    );
    if ('fail' in result) return failed(result.fail);
    const { items: pageItems, ids } = result.value;
    const fresh = pageItems.filter((_, index) => !seen.has(ids[index] as string));
    if (page > 0 && pageItems.length > 0 && fresh.length === 0)
      return failed(`page ${page} repeats papers of earlier pages: the API ignored the page number (p)`);
    // A paper listed again on a later page (the listing shifted meanwhile) is kept once.
    for (const [index, item] of pageItems.entries()) {
      const id = ids[index];
      if (id === undefined || !seen.has(id)) items.push(item);
      if (id !== undefined) seen.add(id);
    }
    if (isLastPage(pageItems.length, settings.pageLimit))
      return { items, url: pageUrl(settings.apiUrl, date, 0, settings.pageLimit) };
  }
}
