/**
 * New since the last visit. A visit is a run of page views with no gap over VISIT_GAP_MS; a paper
 * is new when it was listed after the day the reader last saw the site in an earlier visit. That
 * day stays put for the whole visit, so reloading or coming back to a page keeps its marks.
 * Listing days have no time of day: a paper listed on the day of the previous visit is not new.
 */
import { groupedCount } from '../common/text.ts';

export const VISIT_GAP_MS = 30 * 60 * 1000;

export interface VisitState {
  /** The latest page view, in ms since 1970. */
  lastViewAt: number;
  /** Papers listed after this moment's day (UTC) are new; none on a first visit. */
  seenUpTo?: number;
}

/** The state after a page view at `now`: a new visit takes the last one's last view as what was seen. */
export function afterPageView(visit: VisitState | undefined, now: number): VisitState {
  if (visit === undefined) return { lastViewAt: now };
  const newVisit = now - visit.lastViewAt > VISIT_GAP_MS;
  const seenUpTo = newVisit ? visit.lastViewAt : visit.seenUpTo;
  return seenUpTo === undefined ? { lastViewAt: now } : { lastViewAt: now, seenUpTo };
}

/** "Mark all as seen": nothing listed up to today is new any more. */
export function markAllSeen(now: number): VisitState {
  return { lastViewAt: now, seenUpTo: now };
}

/** Whether a paper listed on `listed` (YYYY-MM-DD) is new to the reader. */
export function isNewSince(listed: string, visit: VisitState | undefined): boolean {
  if (visit?.seenUpTo === undefined) return false;
  return listed > new Date(visit.seenUpTo).toISOString().slice(0, 10);
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

/** `value` as a visit state; undefined unless it is one. */
export function asVisitState(value: unknown): VisitState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lastViewAt, seenUpTo } = value as Record<string, unknown>;
  if (!isMoment(lastViewAt)) return undefined;
  if (seenUpTo === undefined) return { lastViewAt };
  return isMoment(seenUpTo) ? { lastViewAt, seenUpTo } : undefined;
}
