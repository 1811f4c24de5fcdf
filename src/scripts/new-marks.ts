/**
 * Lists marked `data-marks-new` (home and day pages): a "New" badge on each paper listed since
 * the reader's previous visit (src/lib/reader/visits.ts), how many, and "Mark all as seen".
 */
import { isNewSince, markAllSeen, type VisitState } from '../lib/reader/visits.ts';
import { updateState } from './reader-storage.ts';

function markAll(list: HTMLElement, visit: VisitState | undefined): number {
  let count = 0;
  for (const item of list.querySelectorAll<HTMLElement>(':scope > .paper-item[data-listed]')) {
    if (!isNewSince(item.dataset.listed ?? '', visit)) continue;
    const badge = document.createElement('span');
    badge.className = 'new-badge';
    badge.textContent = 'New';
    item.querySelector('h2, h3')?.prepend(badge, ' ');
    count++;
  }
  return count;
}

function addNote(list: HTMLElement, count: number): void {
  const note = document.createElement('p');
  note.className = 'new-note';
  note.tabIndex = -1;
  const text = document.createElement('span');
  text.textContent = `${count} new since your last visit · `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Mark all as seen';
  button.addEventListener('click', () => {
    updateState((state) => ({ ...state, visit: markAllSeen(Date.now()) }));
    for (const badge of document.querySelectorAll('.new-badge')) {
      badge.nextSibling?.remove();
      badge.remove();
    }
    for (const other of document.querySelectorAll<HTMLElement>('.new-note')) other.textContent = 'All marked as seen.';
    note.focus();
  });
  note.append(text, button);
  list.before(note);
}

/** `visit`: the state after this page view. */
export function markNewPapers(visit: VisitState | undefined): void {
  for (const list of document.querySelectorAll<HTMLElement>('ol[data-marks-new]')) {
    const count = markAll(list, visit);
    if (count > 0) addNote(list, count);
  }
}
