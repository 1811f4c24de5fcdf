/**
 * A row opened shows its paper's whole abstract in place of the summary it was built with
 * (src/lib/site/card-html.ts): the abstract as the paper's page renders it (sanitized, its math
 * typeset at build time), read from that page. Lists hold only summaries, so that a paper's
 * abstract is not repeated in every list it is on. A page that cannot be read (offline and not
 * kept by the service worker, gone after a rebuild) leaves the summary and its link to the page,
 * and is asked for again the next time the row opens.
 */
import { openRowsKey } from '../lib/reader/list-cursor.ts';
import { keepForBack } from './kept-for-back.ts';
import { tabStopWhileScrolling } from './scroll-focus.ts';

/** Rows whose abstract is being read or shown: a row opened and closed meanwhile asks once. */
const asked = new WeakSet<HTMLDetailsElement>();

interface PageAbstract {
  content: Node[];
  /** Whether it may scroll sideways (a formula wider than the screen): then a Tab stop while it does. */
  mayScroll: boolean;
}

/** The abstract on a paper's page (src/pages/papers/[slug].astro), its heading left out. */
async function abstractOfPage(url: string): Promise<PageAbstract | undefined> {
  const response = await fetch(url);
  // Only this site's own pages, as built: nothing else is copied into the list.
  if (!response.ok || new URL(response.url).origin !== location.origin) return undefined;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const section = page.querySelector('section.abstract');
  if (!section) return undefined;
  return {
    content: [...section.childNodes].filter((node) => !(node instanceof Element && node.id === 'abstract-heading')),
    mayScroll: section.hasAttribute('data-may-scroll'),
  };
}

/**
 * A row whose abstract could not be read says so beside its link; and since screen readers hear
 * the row's disclosure by its short name, the summary left out of it, they hear the summary there.
 */
function sayNotRead(row: HTMLDetailsElement, place: HTMLElement): void {
  const summary = row.querySelector('.summary');
  if (!summary || place.querySelector('.not-read')) return;
  const said = document.createElement('span');
  said.className = 'visually-hidden';
  said.append(...[...summary.childNodes].map((node) => node.cloneNode(true)), ' ');
  const note = document.createElement('span');
  note.className = 'not-read';
  note.textContent = 'The whole abstract could not be loaded. ';
  place.querySelector('p')?.prepend(said, note);
}

async function showWholeAbstract(row: HTMLDetailsElement): Promise<void> {
  const place = row.querySelector<HTMLElement>('.row-abstract');
  const url = row.closest('.paper-row')?.querySelector<HTMLAnchorElement>(':is(h2, h3) a')?.href;
  if (!place || !url) return;
  asked.add(row);
  place.setAttribute('aria-busy', 'true');
  let found: PageAbstract | undefined;
  try {
    found = await abstractOfPage(url);
  } catch {
    // Offline with no copy kept, or the connection failed.
  }
  place.removeAttribute('aria-busy');
  if (!found) {
    asked.delete(row);
    sayNotRead(row, place);
    return;
  }
  // The link a reader may have moved to meanwhile goes: focus stays on the row's disclosure.
  if (place.contains(document.activeElement)) row.querySelector('summary')?.focus();
  // Nodes of the parsed page, copied in: nothing in them runs (and the site's CSP allows no inline script).
  place.replaceChildren(...found.content.map((node) => document.importNode(node, true)));
  if (found.mayScroll) tabStopWhileScrolling(place);
  for (const formula of place.querySelectorAll('[data-may-scroll]')) tabStopWhileScrolling(formula);
  row.classList.add('whole-abstract');
}

const opened = (row: HTMLDetailsElement) => {
  if (row.open && !asked.has(row)) void showWholeAbstract(row);
};

document.addEventListener(
  'toggle',
  ({ target }) => {
    if (target instanceof HTMLDetailsElement && target.matches('.paper-row .row-summary')) opened(target);
  },
  // A toggle event does not bubble: heard on its way down.
  true,
);
// Back on a list after following one of its papers, the rows the reader had opened are open again.
keepForBack(
  openRowsKey(location.pathname),
  () => {
    const slugs = [...document.querySelectorAll('.paper-row .row-summary[open]')].flatMap(
      (row) => row.closest<HTMLElement>('.paper-item')?.dataset.slug ?? [],
    );
    return slugs.length > 0 ? slugs.join('\n') : undefined;
  },
  (kept) => {
    for (const slug of kept.split('\n')) {
      const row = document.querySelector<HTMLDetailsElement>(
        `.paper-item[data-slug="${CSS.escape(slug)}"] .row-summary`,
      );
      if (row) row.open = true;
    }
  },
);
// Rows opened before this script ran.
for (const row of document.querySelectorAll<HTMLDetailsElement>('.paper-row .row-summary[open]')) opened(row);
