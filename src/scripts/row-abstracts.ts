/**
 * A row opened shows its paper's whole abstract in place of the summary it was built with
 * (src/lib/site/card-html.ts): the abstract as the paper's page renders it (sanitized, its math
 * typeset at build time), read from that page once per row. Lists hold only summaries, so that
 * a paper's abstract is not repeated in every list it is on. A page that cannot be read (offline
 * and not kept by the service worker, gone after a rebuild) leaves the summary and its link to
 * the page.
 */

/** Rows whose abstract was asked for, shown or not: each page is read once. */
const asked = new WeakSet<HTMLDetailsElement>();

interface PageAbstract {
  content: Node[];
  /** Whether the page lets it take keyboard focus, to scroll a formula wider than the screen. */
  focusable: boolean;
}

/** The abstract on a paper's page (src/pages/papers/[slug].astro), its heading left out. */
async function abstractOfPage(url: string): Promise<PageAbstract | undefined> {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const section = page.querySelector('section.abstract');
  if (!section) return undefined;
  return {
    content: [...section.childNodes].filter((node) => !(node instanceof Element && node.id === 'abstract-heading')),
    focusable: section.hasAttribute('tabindex'),
  };
}

async function showWholeAbstract(row: HTMLDetailsElement): Promise<void> {
  const place = row.querySelector<HTMLElement>('.row-abstract');
  const url = row.closest('.paper-row')?.querySelector<HTMLAnchorElement>(':is(h2, h3) a')?.href;
  if (!place || !url) return;
  place.setAttribute('aria-busy', 'true');
  try {
    const found = await abstractOfPage(url);
    if (!found) return;
    // Nodes of the parsed page, copied in: nothing in them runs (and the site's CSP allows no inline script).
    place.replaceChildren(...found.content.map((node) => document.importNode(node, true)));
    row.classList.add('whole-abstract');
    if (found.focusable) place.tabIndex = 0;
  } catch {
    // Offline with no copy kept, or the connection failed: the summary and its link stay.
  } finally {
    place.removeAttribute('aria-busy');
  }
}

document.addEventListener(
  'toggle',
  ({ target }) => {
    if (!(target instanceof HTMLDetailsElement) || !target.open || !target.matches('.paper-row .row-summary')) return;
    if (asked.has(target)) return;
    asked.add(target);
    void showWholeAbstract(target);
  },
  // A toggle event does not bubble: heard on its way down.
  true,
);
