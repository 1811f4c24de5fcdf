/**
 * New since the last visit. A visit is a run of page views with no gap over VISIT_GAP_MS; a paper
 * is new when it was listed after the newest listing day the pages of the reader's previous visit
 * listed (the site had nothing later then), or, when none of them listed papers, after the day
 * (UTC) of that visit's last view. That stays put for the whole visit, so reloading or coming back
 * to a page keeps its marks. Listing days have no time of day: a paper listed later on the newest
 * day the reader was shown is not new.
 */
import { groupedCount } from '../common/text.ts';

export const VISIT_GAP_MS = 30 * 60 * 1000;

export interface VisitState {
  /** The latest page view, in ms since 1970. */
  lastViewAt: number;
  /** The previous visit's last view: none on a first visit, when nothing is new. */
  seenUpTo?: number;
  /** The newest listing day (YYYY-MM-DD) the previous visit's pages listed, if any listed papers. */
  seenListed?: string;
  /** The newest listing day this visit's pages listed so far. */
  newestShown?: string;
}

/** The later of two listing days, either of which may be unknown. */
const laterDay = (a: string | undefined, b: string | undefined) => (a === undefined || (b ?? '') > a ? b : a);

/** A state with only the fields it has (it is stored as JSON and compared whole). */
function visitState(fields: VisitState): VisitState {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as VisitState;
}

/**
 * The state after a page view at `now` of a page listing papers up to `newestOnPage` (none: a
 * page without papers): a new visit takes the last one's as what was seen.
 */
export function afterPageView(visit: VisitState | undefined, now: number, newestOnPage?: string): VisitState {
  if (visit === undefined) return visitState({ lastViewAt: now, newestShown: newestOnPage });
  if (now - visit.lastViewAt > VISIT_GAP_MS)
    return visitState({
      lastViewAt: now,
      seenUpTo: visit.lastViewAt,
      seenListed: visit.newestShown,
      newestShown: newestOnPage,
    });
  return visitState({ ...visit, lastViewAt: now, newestShown: laterDay(visit.newestShown, newestOnPage) });
}

/** "Mark all as seen" on a page listing papers up to `newestOnPage`: nothing listed up to then is new any more. */
export function markAllSeen(now: number, newestOnPage?: string): VisitState {
  return visitState({ lastViewAt: now, seenUpTo: now, seenListed: newestOnPage, newestShown: newestOnPage });
}

/** Whether a paper listed on `listed` (YYYY-MM-DD) is new to the reader. */
export function isNewSince(listed: string, visit: VisitState | undefined): boolean {
  if (visit?.seenUpTo === undefined) return false;
  return listed > (visit.seenListed ?? new Date(visit.seenUpTo).toISOString().slice(0, 10));
}

/**
 * What a marked list says of its new papers: how many, and (on the home page) how many more the
 * earlier days listed since have — the part that links to them.
 */
export function newSinceNote(count: number, onEarlierDays: number): { lead: string; earlier: string | undefined } {
  return {
    lead: `${groupedCount(count)} new since your last visit`,
    earlier: onEarlierDays > 0 ? `${groupedCount(onEarlierDays)} more on earlier days` : undefined,
  };
}

/** A moment a Date can hold: beyond ±8.64e15 ms, toISOString throws. */
const isMoment = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(new Date(value).getTime());

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDayOrNone = (value: unknown): value is string | undefined =>
  value === undefined || (typeof value === 'string' && DAY.test(value));

/** `value` as a visit state; undefined unless it is one. */
export function asVisitState(value: unknown): VisitState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lastViewAt, seenUpTo, seenListed, newestShown } = value as Record<string, unknown>;
  if (!isMoment(lastViewAt) || !(seenUpTo === undefined || isMoment(seenUpTo))) return undefined;
  if (!isDayOrNone(seenListed) || !isDayOrNone(newestShown)) return undefined;
  return visitState({ lastViewAt, seenUpTo, seenListed, newestShown });
}
