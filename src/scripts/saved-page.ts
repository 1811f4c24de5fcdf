/**
 * The /saved/ page: the saved papers as cards (a copy of the page's template each, filled as
 * text), a note on those whose page a rebuild removed, BibTeX and JSON downloads, importing a
 * JSON export, and the muted topics with their unmute buttons. Both lists follow what another
 * tab changes.
 */
import { muteChangeSaid, withoutMuted, type MutedTopic } from '../lib/reader/mute.ts';
import { otherTabChangeSaid } from '../lib/reader/other-tab-said.ts';
import { pagePresence } from '../lib/reader/page-presence.ts';
import { savedBibtex } from '../lib/reader/saved-bibtex.ts';
import { savedCard } from '../lib/reader/saved-card.ts';
import { exportJson, parseExport } from '../lib/reader/saved-export.ts';
import { importSummary, listedAfterChange, mergeSaved } from '../lib/reader/saved-list.ts';
import type { SavedPaper } from '../lib/reader/saved-paper.ts';
import { plural } from '../lib/common/text.ts';
import { urls } from '../lib/site/constants.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import { onOtherTabChange, readState, updateState } from './reader-storage.ts';
import { wireSaveToggles } from './save-toggles.ts';
import { showInOrder } from './show-in-order.ts';
import { typesetTitle } from './typeset-title.ts';

const list = document.querySelector<HTMLOListElement>('#saved-list');
const cardTemplate = document.querySelector<HTMLTemplateElement>('#saved-card');
const status = document.querySelector<HTMLElement>('#saved-status');
const say = (text: string) => {
  if (!status) return;
  // The same words again (another tab saved one more paper) are emptied first, to be heard again.
  if (status.textContent === text) {
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  } else status.textContent = text;
};
// What another tab changed no longer holds once this page saves or unsaves a paper itself.
list?.addEventListener('click', ({ target }) => {
  if (target instanceof Element && target.closest('.save-toggle')) say('');
});

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

/** The saved papers as this page last read them: what differs later is another tab's change. */
let known: readonly SavedPaper[] = [];

/** Reads what is saved; the downloads are off while nothing is: an empty file helps no one. */
function readSaved(): void {
  known = readState().saved;
  for (const button of downloads) button.disabled = known.length === 0;
}

/** The papers listed, and each one's card: a card listed again is the same, focus and all. */
let listed: readonly SavedPaper[] = [];
let cards = new Map<string, HTMLElement>();

function showSaved(papers: readonly SavedPaper[]): void {
  const shown = papers.map((paper) => cards.get(paper.slug) ?? cardOf(paper));
  const made = shown.filter((card) => !card.isConnected);
  cards = new Map(shown.map((card) => [card.dataset.slug ?? '', card]));
  listed = papers;
  if (list) {
    showInOrder(list, shown, document.querySelector('#saved-heading'));
    wireSaveToggles(list);
  }
  void noteGonePages(made);
  document.querySelector('#saved-empty')?.toggleAttribute('hidden', papers.length > 0);
  readSaved();
}

// A card's toggle unsaved or saved its paper again (its own listener ran first).
list?.addEventListener('click', readSaved);

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
  const result = text === undefined ? { error: 'the file could not be read.' } : parseExport(text);
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

function mutedItemOf({ slug, name }: MutedTopic): HTMLElement {
  const item = (mutedTemplate?.content.firstElementChild?.cloneNode(true) ??
    document.createElement('li')) as HTMLElement;
  item.dataset.topic = slug;
  for (const label of item.querySelectorAll('.muted-name, .unmute-name')) label.textContent = name;
  item.querySelector('.unmute')?.addEventListener('click', () => {
    const state = updateState((stored) => ({ ...stored, muted: withoutMuted(stored.muted, slug) }));
    showMuted(state.muted);
    say(muteChangeSaid(false, name));
    document.querySelector<HTMLElement>('#muted-heading')?.focus();
  });
  return item;
}

/** Each muted topic's item: one listed again is the same, focus and all. */
let mutedItems = new Map<string, HTMLElement>();

function showMuted(muted: readonly MutedTopic[]): void {
  const shown = muted.map((topic) => mutedItems.get(topic.slug) ?? mutedItemOf(topic));
  mutedItems = new Map(shown.map((item) => [item.dataset.topic ?? '', item]));
  if (mutedList) showInOrder(mutedList, shown, document.querySelector('#muted-heading'));
  document.querySelector('#muted-none')?.toggleAttribute('hidden', muted.length > 0);
}

const slugsOf = (items: readonly { slug: string }[]) => items.map(({ slug }) => slug);

// Another tab saved, unsaved, muted or unmuted (or only counted a page view: then nothing moves,
// and nothing is said).
onOtherTabChange(({ saved, muted }) => {
  const said = otherTabChangeSaid(
    { before: slugsOf(known), after: slugsOf(saved) },
    { before: [...mutedItems.keys()], after: slugsOf(muted) },
  );
  showSaved(listedAfterChange(listed, known, saved));
  showMuted(muted);
  if (said) say(said);
});

const state = readState();
showSaved(state.saved);
showMuted(state.muted);
for (const hidden of document.querySelectorAll('.saved-tools, .muted-topics')) hidden.removeAttribute('hidden');
