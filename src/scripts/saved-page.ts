/**
 * The /saved/ page: the saved papers as cards (a copy of the page's template each, filled as
 * text), a note on those whose page a rebuild removed, BibTeX and JSON downloads, importing a
 * JSON export, and the muted topics with their unmute buttons.
 */
import { muteChangeSaid, withoutMuted, type MutedTopic } from '../lib/reader/mute.ts';
import { pagePresence } from '../lib/reader/page-presence.ts';
import { savedBibtex } from '../lib/reader/saved-bibtex.ts';
import { savedCard } from '../lib/reader/saved-card.ts';
import { exportJson, parseExport } from '../lib/reader/saved-export.ts';
import { importSummary, mergeSaved } from '../lib/reader/saved-list.ts';
import type { SavedPaper } from '../lib/reader/saved-paper.ts';
import { plural } from '../lib/common/text.ts';
import { urls } from '../lib/site/constants.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import { readState, updateState } from './reader-storage.ts';
import { wireSaveToggles } from './save-toggles.ts';
import { typesetTitle } from './typeset-title.ts';

const list = document.querySelector<HTMLOListElement>('#saved-list');
const cardTemplate = document.querySelector<HTMLTemplateElement>('#saved-card');
const status = document.querySelector<HTMLElement>('#saved-status');
const say = (text: string) => {
  if (status) status.textContent = text;
};

/**
 * Asks for each card's page (headers only), one at a time so that hundreds of saved papers do
 * not flood the server: a card whose page a rebuild removed says so and links nowhere.
 */
async function noteGonePages(cards: readonly HTMLElement[]): Promise<void> {
  for (const card of cards) {
    const link = card.querySelector<HTMLAnchorElement>('.saved-title');
    if (!link) continue;
    const response = await fetch(link.href, { method: 'HEAD', cache: 'no-store' }).catch(() => undefined);
    if (pagePresence(response?.status) !== 'gone') continue;
    link.removeAttribute('href');
    card.querySelector<HTMLElement>('.saved-gone')?.removeAttribute('hidden');
  }
}

function cardOf(paper: SavedPaper): HTMLElement {
  const { title, mathTitle, url, meta, attributes } = savedCard(paper, urls);
  const card = (cardTemplate?.content.firstElementChild?.cloneNode(true) ??
    document.createElement('li')) as HTMLElement;
  Object.assign(card.dataset, attributes);
  const link = card.querySelector<HTMLAnchorElement>('.saved-title');
  if (link) {
    link.textContent = title;
    link.href = url;
    if (mathTitle !== undefined) void typesetTitle(link, mathTitle);
  }
  const metaLine = card.querySelector('.saved-meta');
  if (metaLine) metaLine.textContent = meta;
  const buttonTitle = card.querySelector('.save-title');
  if (buttonTitle) buttonTitle.textContent = title;
  return card;
}

const downloads = document.querySelectorAll<HTMLButtonElement>('#export-bibtex, #export-json');

/** The downloads are off while nothing is saved: an empty file helps no one. */
function showDownloadable(): void {
  const none = readState().saved.length === 0;
  for (const button of downloads) button.disabled = none;
}

function showSaved(papers: readonly SavedPaper[]): void {
  const cards = papers.map(cardOf);
  list?.replaceChildren(...cards);
  if (list) wireSaveToggles(list);
  void noteGonePages(cards);
  document.querySelector('#saved-empty')?.toggleAttribute('hidden', papers.length > 0);
  showDownloadable();
}

// A card's toggle unsaved or saved its paper again (its own listener ran first), or another tab did.
list?.addEventListener('click', showDownloadable);
addEventListener('storage', showDownloadable);

function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

// The public address, as the paper pages' "Cite" blocks have it.
const paperUrl = (slug: string) => absoluteUrl(import.meta.env.SITE, urls.paper(slug));

document.querySelector('#export-bibtex')?.addEventListener('click', () => {
  const { saved } = readState();
  download('saved-papers.bib', 'application/x-bibtex', savedBibtex(saved, paperUrl));
  say(`Downloaded ${plural(saved.length, 'paper')} as BibTeX.`);
});

document.querySelector('#export-json')?.addEventListener('click', () => {
  const { saved } = readState();
  download('saved-papers.json', 'application/json', exportJson(saved, Date.now()));
  say(`Downloaded ${plural(saved.length, 'paper')} as JSON.`);
});

document.querySelector<HTMLInputElement>('#import-file')?.addEventListener('change', async (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  // The file may be gone or unreadable since it was picked.
  const text = await file.text().catch(() => undefined);
  input.value = '';
  const result = text === undefined ? { error: 'The file could not be read.' } : parseExport(text);
  if ('error' in result) {
    say(`Not imported: ${result.error}`);
    return;
  }
  let summary = '';
  const { saved } = updateState((state) => {
    summary = importSummary(state.saved, result.papers);
    return { ...state, saved: mergeSaved(state.saved, result.papers) };
  });
  showSaved(saved);
  say(summary);
});

const mutedList = document.querySelector<HTMLUListElement>('#muted-list');
const mutedTemplate = document.querySelector<HTMLTemplateElement>('#muted-item');

function showMuted(muted: readonly MutedTopic[]): void {
  mutedList?.replaceChildren(
    ...muted.map(({ slug, name }) => {
      const item = (mutedTemplate?.content.firstElementChild?.cloneNode(true) ??
        document.createElement('li')) as HTMLElement;
      for (const label of item.querySelectorAll('.muted-name, .unmute-name')) label.textContent = name;
      item.querySelector('.unmute')?.addEventListener('click', () => {
        const state = updateState((stored) => ({ ...stored, muted: withoutMuted(stored.muted, slug) }));
        showMuted(state.muted);
        say(muteChangeSaid(false, name));
        document.querySelector<HTMLElement>('#muted-heading')?.focus();
      });
      return item;
    }),
  );
  document.querySelector('#muted-none')?.toggleAttribute('hidden', muted.length > 0);
}

const state = readState();
showSaved(state.saved);
showMuted(state.muted);
for (const hidden of document.querySelectorAll('.saved-tools, .muted-topics')) hidden.removeAttribute('hidden');
