/**
 * Save toggles: the `.save-toggle` button of an element with the reader attributes (a card, a
 * paper page's article; src/lib/reader/saved-paper.ts) saves or unsaves its paper. Every toggle
 * of the same paper on the page follows.
 */
import { isSaved, withoutSaved, withSaved } from '../lib/reader/saved-list.ts';
import { savedPaperFromCard } from '../lib/reader/saved-paper.ts';
import { readState, updateState } from './reader-storage.ts';

function attributesOf(card: HTMLElement) {
  const { slug = '', listed = '', topics = '', cite = '' } = card.dataset;
  return { slug, listed, topics, cite };
}

function showSaved(slug: string, saved: boolean): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`[data-slug="${CSS.escape(slug)}"] .save-toggle`))
    button.setAttribute('aria-pressed', String(saved));
}

function toggle(card: HTMLElement): void {
  const paper = savedPaperFromCard(attributesOf(card), Date.now());
  if (!paper) return;
  const { saved } = updateState((state) => ({
    ...state,
    saved: isSaved(state.saved, paper.slug) ? withoutSaved(state.saved, paper.slug) : withSaved(state.saved, paper),
  }));
  showSaved(paper.slug, isSaved(saved, paper.slug));
}

/** Wires the toggles inside `root`, shown once they work (so a shown one is wired already). */
export function wireSaveToggles(root: ParentNode): void {
  const { saved } = readState();
  for (const card of root.querySelectorAll<HTMLElement>('[data-slug][data-cite]')) {
    const button = card.querySelector<HTMLButtonElement>('.save-toggle[hidden]');
    if (!button) continue;
    button.setAttribute('aria-pressed', String(isSaved(saved, card.dataset.slug ?? '')));
    button.addEventListener('click', () => toggle(card));
    button.hidden = false;
  }
}
