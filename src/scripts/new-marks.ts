/**
 * Lists marked `data-marks-new` (home and day pages): a "New" badge on each paper listed since
 * the reader's previous visit (src/lib/reader/visits.ts), how many, and "Mark all as seen". The
 * home page's earlier days (`data-marks-new-days`) listed since then are marked too, and counted.
 */
import { isNewSince, markAllSeen, newSinceNote, type VisitState } from '../lib/reader/visits.ts';
import { updateState } from './reader-storage.ts';

/** The newest listing day of the papers and days this page lists, if it lists any. */
export function newestListedOnPage(): string | undefined {
  let newest: string | undefined;
  for (const { dataset } of document.querySelectorAll<HTMLElement>('[data-listed]'))
    if (dataset.listed !== undefined && (newest === undefined || dataset.listed > newest)) newest = dataset.listed;
  return newest;
}

function addBadge(where: Element | null): void {
  const badge = document.createElement('span');
  badge.className = 'new-badge';
  badge.textContent = 'New';
  where?.prepend(badge, ' ');
}

function markAll(list: HTMLElement, visit: VisitState | undefined): number {
  let count = 0;
  for (const item of list.querySelectorAll<HTMLElement>(':scope > .paper-item[data-listed]')) {
    if (!isNewSince(item.dataset.listed ?? '', visit)) continue;
    addBadge(item.querySelector('h2, h3'));
    count++;
  }
  return count;
}

/** Marks the earlier days listed since the visit; how many papers they have. */
function markNewDays(visit: VisitState | undefined): number {
  let papers = 0;
  for (const day of document.querySelectorAll<HTMLElement>('[data-marks-new-days] > li[data-listed]')) {
    if (!isNewSince(day.dataset.listed ?? '', visit)) continue;
    addBadge(day);
    papers += Number(day.dataset.count);
  }
  return papers;
}

function addNote(list: HTMLElement, count: number, onEarlierDays: number): void {
  const note = document.createElement('p');
  note.className = 'new-note';
  note.tabIndex = -1;
  const text = document.createElement('span');
  const { lead, earlier } = newSinceNote(count, onEarlierDays);
  text.textContent = lead;
  if (earlier !== undefined) {
    const link = document.createElement('a');
    link.href = '#recent';
    link.textContent = earlier;
    text.append(', and ', link);
  }
  text.append(' · ');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Mark all as seen';
  button.addEventListener('click', () => {
    updateState((state) => ({ ...state, visit: markAllSeen(Date.now(), newestListedOnPage()) }));
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
  const onEarlierDays = markNewDays(visit);
  for (const list of document.querySelectorAll<HTMLElement>('ol[data-marks-new]')) {
    const count = markAll(list, visit);
    if (count > 0) addNote(list, count, onEarlierDays);
  }
}
