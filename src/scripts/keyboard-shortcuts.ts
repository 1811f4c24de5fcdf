/**
 * The site's keyboard shortcuts (src/lib/reader/shortcuts.ts): "/" focuses the search box, j/k
 * move between the papers of the page's lists, a shows or hides the current paper's abstract in
 * its row, s saves the paper, o opens it, ? lists them all. None fires while typing in a field or
 * while a dialog is open, nor at all once the reader turned them off in that list (a stray key,
 * or a word said to speech input, would act): the footer's "Keyboard shortcuts" opens it, to turn
 * them on again.
 */
import { keepForBack } from './kept-for-back.ts';
import {
  listCursorKey,
  listEndSaid,
  movedCursor,
  NO_PAPER_CHOSEN,
  ONLY_SUMMARY,
  PAGE_GONE,
} from '../lib/reader/list-cursor.ts';
import { announce, clearAnnouncement } from './announce.ts';
import { shortcutFor, type ShortcutAction } from '../lib/reader/shortcuts.ts';
import { onOtherTabChange, readState, updateState } from './reader-storage.ts';

// The hint is shown where a keyboard is likely (not on a phone).
const headerBox = document.querySelector<HTMLInputElement>('#site-search');
if (headerBox && matchMedia('(hover: hover) and (pointer: fine)').matches)
  headerBox.placeholder = 'Search papers (press /)';

const CURRENT = 'is-current';

// Hidden by a mute ([hidden]) or by a day's topic filter (a stylesheet): not laid out.
const visiblePapers = () =>
  [...document.querySelectorAll<HTMLElement>('.paper-list > .paper-item')].filter(
    (paper) => paper.getClientRects().length > 0,
  );

/** The paper in a list the reader is on: the one holding focus, else the one last moved to. */
function currentIndex(papers: HTMLElement[]): number | undefined {
  const focused = papers.findIndex((paper) => paper.contains(document.activeElement));
  const index = focused >= 0 ? focused : papers.findIndex((paper) => paper.classList.contains(CURRENT));
  return index < 0 ? undefined : index;
}

/** `paper` as the one j and k go on from. */
function markCurrent(paper: Element): void {
  for (const other of document.querySelectorAll(`.${CURRENT}`)) other.classList.remove(CURRENT);
  paper.classList.add(CURRENT);
}

function move(step: 1 | -1): void {
  const papers = visiblePapers();
  const current = currentIndex(papers);
  const index = movedCursor(current, papers.length, step);
  if (index === undefined) return;
  if (index === current) {
    announce(listEndSaid(step));
    return;
  }
  clearAnnouncement();
  const paper = papers[index] as HTMLElement;
  markCurrent(paper);
  paper.querySelector<HTMLAnchorElement>('h2 a, h3 a')?.focus();
  paper.scrollIntoView({ block: 'nearest' });
}

/** The paper a, s and o act on: the list's current one, or the page's own paper; if none, says how to choose one. */
function currentPaper(): HTMLElement | undefined {
  const papers = visiblePapers();
  const index = currentIndex(papers);
  const paper = index === undefined ? document.querySelector<HTMLElement>('article[data-slug]') : papers[index];
  if (!paper && papers.length > 0) announce(NO_PAPER_CHOSEN);
  return paper ?? undefined;
}

// Back on a list after opening one of its papers, j and k go on from that paper.
keepForBack(
  listCursorKey(location.pathname),
  () => document.querySelector<HTMLElement>(`.paper-list > .paper-item.${CURRENT}`)?.dataset.slug || undefined,
  (slug) =>
    document.querySelector(`.paper-list > .paper-item[data-slug="${CSS.escape(slug)}"]`)?.classList.add(CURRENT),
);

// A paper opened by its title (a click, or Enter on the link) is, as with o, the one j and k go on from back on the list.
document.addEventListener('click', ({ target }) => {
  if (!(target instanceof Element) || !target.closest(':is(h2, h3) a')) return;
  const paper = target.closest('.paper-list > .paper-item');
  if (paper) markCurrent(paper);
});

/** A card's link to its paper's page; none on a saved paper whose page is gone, which keeps its title unlinked. */
const linkOf = (paper: Element) =>
  paper.querySelector<HTMLAnchorElement>('.paper-item :is(h2, h3) a[href]') ?? undefined;

const actions: Record<ShortcutAction, () => void> = {
  search() {
    const box = document.querySelector<HTMLInputElement>('#search-query') ?? headerBox;
    box?.focus();
    box?.select();
  },
  next: () => move(1),
  previous: () => move(-1),
  abstract() {
    const paper = currentPaper();
    if (!paper) return;
    const title = paper.querySelector('.save-title')?.textContent ?? '';
    const row = paper.querySelector<HTMLDetailsElement>('.row-summary');
    if (!row) {
      // A card with its summary (search results, related papers, /saved/) or the paper's own page: nothing to open here.
      if (paper.matches('article')) announce('The whole abstract is on this page.');
      else announce(`${linkOf(paper) ? ONLY_SUMMARY : PAGE_GONE}: ${title}`);
      return;
    }
    // What closing hides must not hold focus: it would fall to the page's start.
    const summary = row.querySelector('summary');
    if (row.open && row.contains(document.activeElement) && !summary?.contains(document.activeElement))
      paper.querySelector<HTMLAnchorElement>(':is(h2, h3) a')?.focus();
    // Opened, the row reads its whole abstract (src/scripts/row-abstracts.ts hears the toggle).
    row.open = !row.open;
    // Said: the disclosure a toggles is not the element in focus.
    announce(`${row.open ? 'Abstract shown' : 'Abstract hidden'}: ${title}`);
  },
  save() {
    const toggle = currentPaper()?.querySelector<HTMLButtonElement>('.save-toggle:not([hidden])');
    if (!toggle) return;
    toggle.click();
    const title = toggle.querySelector('.save-title')?.textContent ?? '';
    // Said: the toggle s presses is not the element in focus, whose change of state would be.
    announce(`${toggle.getAttribute('aria-pressed') === 'true' ? 'Saved' : 'No longer saved'}: ${title}`);
  },
  open() {
    const paper = currentPaper();
    if (!paper) return;
    const link = linkOf(paper);
    if (!link) {
      if (paper.matches('.paper-item'))
        announce(`${PAGE_GONE}: ${paper.querySelector('.save-title')?.textContent ?? ''}`);
      return;
    }
    // The paper opened is the one j and k go on from back on this list.
    if (paper.matches('.paper-item')) markCurrent(paper);
    location.assign(link.href);
  },
  help: () => document.querySelector<HTMLDialogElement>('#shortcuts-help')?.showModal(),
};

const onBox = document.querySelector<HTMLInputElement>('#shortcuts-on');
let shortcutsOff = readState().shortcutsOff === true;
const showSetting = () => {
  if (onBox) onBox.checked = !shortcutsOff;
};
showSetting();
onBox?.addEventListener('change', () => {
  shortcutsOff = !onBox.checked;
  updateState(({ shortcutsOff: _, ...state }) => (shortcutsOff ? { ...state, shortcutsOff: true } : state));
});
// Turned off or on in another tab.
onOtherTabChange((state) => {
  shortcutsOff = state.shortcutsOff === true;
  showSetting();
});
const opener = document.querySelector<HTMLButtonElement>('#open-shortcuts');
opener?.addEventListener('click', actions.help);
if (opener) opener.hidden = false;

document.addEventListener('keydown', (event) => {
  if (shortcutsOff || document.querySelector('dialog[open]')) return;
  const { key, ctrlKey, altKey, metaKey } = event;
  const action = shortcutFor({ key, ctrlKey, altKey, metaKey, target: event.target as HTMLElement | null });
  if (action === undefined) return;
  event.preventDefault();
  actions[action]();
});
