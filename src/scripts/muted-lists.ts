/**
 * Muting topics: `.mute-toggle` buttons (a topic page, a paper's topics) mute or unmute their
 * topic, and lists hide the papers whose every topic is muted (src/lib/reader/mute.ts), saying
 * how many, with a button to show them. A list marked `data-shows-muted` (saved papers, a topic's
 * own pages, whose papers all have it) hides none.
 * A day's list filtered by a topic counts only the hidden papers the filter would show.
 */
import {
  isHiddenByMutes,
  isMuted,
  muteChangeSaid,
  muteToggleLabel,
  mutedNote,
  withMuted,
  withoutMuted,
  type MutedTopic,
} from '../lib/reader/mute.ts';
import { isInTopicFilter, topicOfHash } from '../lib/site/day-filter.ts';
import { announce } from './announce.ts';
import { readState, updateState } from './reader-storage.ts';

/** Fired on the document once lists have hidden (or shown) their muted papers again. */
export const MUTED_SHOWN_EVENT = 'paper-digest:muted-shown';

/** A card's topics' slugs (its `data-topics`). */
export const topicsOf = (item: HTMLElement): string[] => (item.dataset.topics ?? '').split(' ').filter(Boolean);

/** The topic a day's list is filtered by (src/lib/site/day-filter.ts): its status line is the URL's target. */
function filterOf(list: HTMLElement): string | undefined {
  const status = list.closest('.day-layout')?.querySelector('.filter-status:target');
  return status ? topicOfHash(`#${status.id}`) : undefined;
}

interface MutedNote {
  note: HTMLElement;
  text: HTMLElement;
  button: HTMLButtonElement;
  /** What its button's last press did, as said (mutedNote). */
  said: string;
}

/** Each list's note, made the first time the list hides a paper. */
const notes = new WeakMap<HTMLElement, MutedNote>();

function noteOf(list: HTMLElement): MutedNote {
  const known = notes.get(list);
  if (known) return known;
  const note = document.createElement('p');
  note.className = 'muted-note';
  const text = document.createElement('span');
  const button = document.createElement('button');
  button.type = 'button';
  const made: MutedNote = { note, text, button, said: '' };
  button.addEventListener('click', () => {
    list.toggleAttribute('data-showing-muted');
    hideMuted(readState().muted);
    announce(made.said);
  });
  note.append(text, ' ', button);
  list.before(note);
  notes.set(list, made);
  return made;
}

function hideInList(list: HTMLElement, muted: readonly MutedTopic[]): void {
  const showing = list.hasAttribute('data-showing-muted');
  const filter = filterOf(list);
  let count = 0;
  for (const item of list.querySelectorAll<HTMLElement>(':scope > .paper-item[data-topics]')) {
    const topics = topicsOf(item);
    const mutedItem = isHiddenByMutes(topics, muted);
    if (mutedItem && isInTopicFilter(topics, filter)) count++;
    item.hidden = mutedItem && !showing;
  }
  if (count === 0 && !notes.has(list)) return;
  const made = noteOf(list);
  const { note, text, button } = made;
  note.hidden = count === 0;
  const said = mutedNote(count, showing);
  made.said = said.said;
  text.textContent = said.text;
  const what = document.createElement('span');
  what.className = 'visually-hidden';
  what.textContent = ` ${said.what}`;
  button.replaceChildren(said.word, what);
}

export function hideMuted(muted: readonly MutedTopic[]): void {
  for (const list of document.querySelectorAll<HTMLElement>('.paper-list:not([data-shows-muted])'))
    hideInList(list, muted);
  document.dispatchEvent(new Event(MUTED_SHOWN_EVENT));
}

/**
 * Each toggle's label says what it does ("Unmute Speech"), so it is no pressed button: a pressed
 * "Unmute" would read as a double negation. A change is said instead, below.
 */
function showToggles(muted: readonly MutedTopic[]): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.mute-toggle')) {
    const topicMuted = isMuted(muted, button.dataset.topic ?? '');
    button.toggleAttribute('data-muted', topicMuted);
    button.textContent = muteToggleLabel(topicMuted, button.dataset.topicName ?? '');
  }
}

/** The muted topics shown: each toggle's label, and the lists' papers hidden or shown. */
export function showMutes(muted: readonly MutedTopic[]): void {
  showToggles(muted);
  hideMuted(muted);
}

export function wireMuteToggles(): void {
  showToggles(readState().muted);
  for (const button of document.querySelectorAll<HTMLButtonElement>('.mute-toggle')) {
    const topic = { slug: button.dataset.topic ?? '', name: button.dataset.topicName ?? '' };
    button.addEventListener('click', () => {
      const { muted } = updateState((state) => ({
        ...state,
        muted: isMuted(state.muted, topic.slug) ? withoutMuted(state.muted, topic.slug) : withMuted(state.muted, topic),
      }));
      showMutes(muted);
      announce(muteChangeSaid(isMuted(muted, topic.slug), topic.name));
    });
    button.hidden = false;
  }
  for (const group of document.querySelectorAll<HTMLElement>('.mute-topics')) group.hidden = false;
}
