/**
 * The reader's state, kept in the browser's localStorage under one key: saved papers, the visit
 * state and muted topics. The key names the format's version, so another version of the site
 * (a page the service worker kept) never reads or overwrites a format it does not know.
 * What is found there and cannot be read is reset, each part on its own, and the page says so.
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

/** A part of the state, as the page names it when it had to be reset. */
export type StatePart = 'saved papers' | 'muted topics' | 'last visit';

const EVERY_PART: StatePart[] = ['saved papers', 'muted topics', 'last visit'];

/**
 * The stored value (null: nothing stored) as a state, and the parts of it that were there but
 * not readable, each reset on its own: a damaged visit does not cost the reader their saved papers.
 */
export function parseState(stored: string | null): { state: ReaderState; reset: StatePart[] } {
  if (stored === null) return { state: emptyState(), reset: [] };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return { state: emptyState(), reset: EVERY_PART };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { state: emptyState(), reset: EVERY_PART };
  const record = value as Record<string, unknown>;
  const saved = allOf(record.saved, asSavedPaper);
  const muted = allOf(record.muted, asMutedTopic);
  const visit = record.visit === undefined ? undefined : asVisitState(record.visit);
  const unreadable: Record<StatePart, boolean> = {
    'saved papers': !saved,
    'muted topics': !muted,
    'last visit': record.visit !== undefined && !visit,
  };
  const reset = EVERY_PART.filter((part) => unreadable[part]);
  const kept = { saved: saved ?? [], muted: muted ?? [] };
  return { state: visit ? { ...kept, visit } : kept, reset };
}

/** What the page says of the parts it reset. */
export function resetNotice(parts: readonly StatePart[]): string {
  const named = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `Your ${named} could not be read (what this browser kept was damaged or not ours), so ${parts.length > 1 ? 'they were' : 'it was'} reset.`;
}

export function serializeState(state: ReaderState): string {
  return JSON.stringify(state);
}
