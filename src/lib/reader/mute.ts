/**
 * Muted topics: lists hide a paper whose every topic is muted (a paper with no topic never is);
 * a topic's own pages hide none (src/scripts/muted-lists.ts): muting it there mutes it elsewhere.
 */
import { plural } from '../common/text.ts';
import { SLUG } from './saved-paper.ts';

export interface MutedTopic {
  slug: string;
  /** Its name, to list it on /saved/ without its page. */
  name: string;
}

export const isMuted = (muted: readonly MutedTopic[], slug: string): boolean =>
  muted.some((topic) => topic.slug === slug);

export function withMuted(muted: readonly MutedTopic[], topic: MutedTopic): MutedTopic[] {
  return isMuted(muted, topic.slug) ? [...muted] : [...muted, topic];
}

export function withoutMuted(muted: readonly MutedTopic[], slug: string): MutedTopic[] {
  return muted.filter((topic) => topic.slug !== slug);
}

export function isHiddenByMutes(topics: readonly string[], muted: readonly MutedTopic[]): boolean {
  return topics.length > 0 && topics.every((slug) => isMuted(muted, slug));
}

/**
 * A list's note on the papers muted topics hide: its text, and its button's word and what the
 * word acts on, which the button says out of sight so that its name reads out of context.
 */
export function mutedNote(count: number, showing: boolean): { text: string; word: string; what: string; said: string } {
  const papers = plural(count, 'paper');
  return {
    text: showing ? `Showing ${papers} of muted topics.` : `${papers} hidden (muted topics) —`,
    word: showing ? 'Hide' : 'Show',
    what: `the ${papers} of muted topics`,
    // Said once the button shows or hides them: the list changed away from the focus.
    said: `${showing ? 'Shown' : 'Hidden'}: the ${papers} of muted topics.`,
  };
}

/** A mute toggle's label: what pressing it does. */
export const muteToggleLabel = (muted: boolean, name: string): string => `${muted ? 'Unmute' : 'Mute'} ${name}`;

/** What the page says once the reader muted or unmuted a topic. */
export const muteChangeSaid = (muted: boolean, name: string): string =>
  muted
    ? `${name} muted: lists hide papers whose every topic is muted (not on the topic's own pages).`
    : `${name} unmuted.`;

/** `value` as a muted topic; undefined unless it is one. */
export function asMutedTopic(value: unknown): MutedTopic | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { slug, name } = value as Record<string, unknown>;
  return typeof slug === 'string' && SLUG.test(slug) && typeof name === 'string' ? { slug, name } : undefined;
}
