/**
 * Save toggles: the `.save-toggle` button of an element with the reader attributes (a card, a
 * paper page's article; src/lib/reader/saved-paper.ts) saves or unsaves its paper. Every toggle
 * of the same paper on the page follows.
 */
import { isSaved, saveToggleWord, withoutSaved, withSaved } from '../lib/reader/saved-list.ts';
import { savedPaperFromCard } from '../lib/reader/saved-paper.ts';
import { onOtherTabChange, readState, updateState } from './reader-storage.ts';

function attributesOf(card: HTMLElement) {
  const { slug = '', listed = '', topics = '', cite = '' } = card.dataset;
  return { slug, listed, topics, cite };
}

/** A toggle as saved or not: pressed, and its word ("Saved") says so. */
function showSaved(button: HTMLButtonElement, saved: boolean): void {
  button.setAttribute('aria-pressed', String(saved));
  const word = button.querySelector('.save-word');
  if (word) word.textContent = saveToggleWord(saved);
}

/** Every wired toggle on the page as `saved` has it. */
function showAllSaved(saved: readonly { slug: string }[]): void {
  const slugs = new Set(saved.map(({ slug }) => slug));
  for (const button of document.querySelectorAll<HTMLButtonElement>('.save-toggle:not([hidden])'))
    showSaved(button, slugs.has(button.closest<HTMLElement>('[data-slug]')?.dataset.slug ?? ''));
}

function toggle(card: HTMLElement, button: HTMLButtonElement): void {
  const paper = savedPaperFromCard(attributesOf(card), Date.now());
  if (!paper) return;
  // What the button shows, not what is stored: another tab may have changed it since.
  const save = button.getAttribute('aria-pressed') !== 'true';
  const { saved } = updateState((state) => ({
    ...state,
    saved: save ? withSaved(state.saved, paper) : withoutSaved(state.saved, paper.slug),
  }));
  showAllSaved(saved);
}

// Saved or unsaved in another tab: this page's toggles follow.
onOtherTabChange(({ saved }) => showAllSaved(saved));

/** Wires the toggles inside `root`, shown once they work (so a shown one is wired already). */
export function wireSaveToggles(root: ParentNode): void {
  const { saved } = readState();
  for (const card of root.querySelectorAll<HTMLElement>('[data-slug][data-cite]')) {
    const button = card.querySelector<HTMLButtonElement>('.save-toggle[hidden]');
    if (!button) continue;
    showSaved(button, isSaved(saved, card.dataset.slug ?? ''));
    button.addEventListener('click', () => toggle(card, button));
    button.hidden = false;
  }
}
