/**
 * Save toggles: the `.save-toggle` button of an element with the reader attributes (a card, a
 * paper page's article; src/lib/reader/saved-paper.ts) saves or unsaves its paper. Every toggle
 * of the same paper on the page follows.
 */
import { isSaved, withoutSaved, withSaved } from '../lib/reader/saved-list.ts';
import { savedPaperFromCard } from '../lib/reader/saved-paper.ts';
import { readState, updateState } from './reader-storage.ts';

function cardAttributes(paper: HTMLElement) {
  const { slug = '', listed = '', topics = '', cite = '' } = paper.dataset;
  return { slug, listed, topics, cite };
}

function showSaved(slug: string, saved: boolean): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`[data-slug="${CSS.escape(slug)}"] .save-toggle`))
    button.setAttribute('aria-pressed', String(saved));
}

function toggle(paper: HTMLElement): void {
  const attributes = cardAttributes(paper);
  const saved = savedPaperFromCard(attributes, Date.now());
  if (!saved) return;
  const { saved: papers } = updateState((state) => ({
    ...state,
    saved: isSaved(state.saved, saved.slug) ? withoutSaved(state.saved, saved.slug) : withSaved(state.saved, saved),
  }));
  showSaved(saved.slug, isSaved(papers, saved.slug));
}

/** Wires the toggles inside `root`, shown once they work (so a shown one is wired already). */
export function wireSaveToggles(root: ParentNode): void {
  const { saved } = readState();
  for (const paper of root.querySelectorAll<HTMLElement>('[data-slug][data-cite]')) {
    const button = paper.querySelector<HTMLButtonElement>('.save-toggle[hidden]');
    if (!button) continue;
    button.setAttribute('aria-pressed', String(isSaved(saved, paper.dataset.slug ?? '')));
    button.addEventListener('click', () => toggle(paper));
    button.hidden = false;
  }
}
