/**
 * The reader's state, kept in the browser's localStorage under one key: saved papers, the visit
 * state, muted topics and whether the single-key shortcuts are off. The key names the format's version, so another version of the site
 * (a page the service worker kept) never reads or overwrites a format it does not know.
 * What is found there and cannot be read is dropped, each part and each list entry on its own,
 * and the page says so.
 */
import { plural } from '../common/text.ts';
import { asMutedTopic, type MutedTopic } from './mute.ts';
import { asSavedPaper, type SavedPaper } from './saved-paper.ts';
import { asVisitState, type VisitState } from './visits.ts';

export const STORE_KEY = 'paper-digest:v1';

export interface ReaderState {
  /** Newest saved first. */
  saved: SavedPaper[];
  muted: MutedTopic[];
  visit?: VisitState;
  /** The reader turned the single-key shortcuts off (src/scripts/keyboard-shortcuts.ts). */
  shortcutsOff?: true;
}

export const emptyState = (): ReaderState => ({ saved: [], muted: [] });

/** Every item read by `read`, and how many were not; undefined if `value` is no list. */
function readableOf<T>(
  value: unknown,
  read: (item: unknown) => T | undefined,
): { items: T[]; dropped: number } | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(read).filter((item): item is T => item !== undefined);
  return { items, dropped: value.length - items.length };
}

/** A part of the state, as the page names it when it could not read it. */
export type StatePart = 'saved papers' | 'muted topics' | 'last visit';
/** A part that is a list, read entry by entry. */
export type ListPart = Exclude<StatePart, 'last visit'>;

const LIST_PARTS: ListPart[] = ['saved papers', 'muted topics'];
const EVERY_PART: StatePart[] = [...LIST_PARTS, 'last visit'];
const isList = (part: StatePart): part is ListPart => part !== 'last visit';
/** One entry of a list part, as the page counts them. */
const ENTRY: Record<ListPart, string> = { 'saved papers': 'saved paper', 'muted topics': 'muted topic' };

/** What reading the stored value could not keep: parts reset whole, and the entries each list dropped. */
export interface Unread {
  reset: StatePart[];
  dropped: { part: ListPart; count: number }[];
}

const nothingUnread = (): Unread => ({ reset: [], dropped: [] });
const everyPartReset = (): Unread => ({ reset: EVERY_PART, dropped: [] });

/**
 * The stored value (null: nothing stored) as a state, and what of it was there but not readable.
 * Each part is read on its own, and a list entry by entry: a damaged visit does not cost the
 * reader their saved papers, nor one damaged saved paper the others. A part that is not there
 * as its kind (no list) is reset whole.
 */
export function parseState(stored: string | null): { state: ReaderState } & Unread {
  if (stored === null) return { state: emptyState(), ...nothingUnread() };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return { state: emptyState(), ...everyPartReset() };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { state: emptyState(), ...everyPartReset() };
  const record = value as Record<string, unknown>;
  const saved = readableOf(record.saved, asSavedPaper);
  const muted = readableOf(record.muted, asMutedTopic);
  const visit = record.visit === undefined ? undefined : asVisitState(record.visit);
  const lists: Record<ListPart, { dropped: number } | undefined> = { 'saved papers': saved, 'muted topics': muted };
  const reset = EVERY_PART.filter((part) => (isList(part) ? !lists[part] : record.visit !== undefined && !visit));
  const dropped = LIST_PARTS.map((part) => ({ part, count: lists[part]?.dropped ?? 0 })).filter(
    ({ count }) => count > 0,
  );
  const kept = {
    saved: saved?.items ?? [],
    muted: muted?.items ?? [],
    // Anything but `true` is the default: the shortcuts on.
    ...(record.shortcutsOff === true ? { shortcutsOff: true as const } : {}),
  };
  return { state: visit ? { ...kept, visit } : kept, reset, dropped };
}

/** "a", "a and b", "a, b and c". */
const andList = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** What the page says of what it could not read (undefined: it read everything). */
export function unreadNotice({ reset, dropped }: Unread): string | undefined {
  const sentences = [];
  if (reset.length > 0) {
    const one = reset.length === 1 && !reset.some(isList);
    sentences.push(
      `Your ${andList(reset)} could not be read (what this browser kept was damaged or not ours), so ${one ? 'it was' : 'they were'} reset.`,
    );
  }
  if (dropped.length > 0) {
    const one = dropped.length === 1 && dropped[0]?.count === 1;
    const counted = dropped.map(({ part, count }) => plural(count, ENTRY[part]));
    sentences.push(`${andList(counted)} could not be read and ${one ? 'was' : 'were'} dropped.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

export function serializeState(state: ReaderState): string {
  return JSON.stringify(state);
}
