/**
 * The reader's state, kept in the browser's localStorage under one key: saved papers, the visit
 * state and muted topics. The key names the format's version, so another version of the site
 * (a page the service worker kept) never reads or overwrites a format it does not know.
 * Anything else found there is reset, and the page says so.
 */
import { asMutedTopic, type MutedTopic } from './mute.ts';
import { asSavedPaper, type SavedPaper } from './saved-paper.ts';
import { asVisitState, type VisitState } from './visits.ts';

export const STORE_KEY = 'paper-digest:v1';

export interface ReaderState {
  /** Newest saved first. */
  saved: SavedPaper[];
  muted: MutedTopic[];
  visit?: VisitState;
}

export const emptyState = (): ReaderState => ({ saved: [], muted: [] });

/** Every item read by `read`, or undefined if one is not. */
function allOf<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(read);
  return items.every((item) => item !== undefined) ? (items as T[]) : undefined;
}

/** The stored value (null: nothing stored) as a state; `reset` when it was there but not readable. */
export function parseState(stored: string | null): { state: ReaderState; reset: boolean } {
  if (stored === null) return { state: emptyState(), reset: false };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return { state: emptyState(), reset: true };
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const saved = allOf(record.saved, asSavedPaper);
  const muted = allOf(record.muted, asMutedTopic);
  const visit = record.visit === undefined ? undefined : asVisitState(record.visit);
  if (!saved || !muted || (record.visit !== undefined && !visit)) return { state: emptyState(), reset: true };
  return { state: visit ? { saved, muted, visit } : { saved, muted }, reset: false };
}

export function serializeState(state: ReaderState): string {
  return JSON.stringify(state);
}
