/** Titles that scripts fill in as text (search results, /saved/), typeset once their script runs. */
import { plainText, typesetTitleLabel } from '../lib/site/title-text.ts';

/**
 * A title's math set as the pages set it: MathML from KaTeX, whose text is escaped (title-html.ts),
 * loaded with the first title that has math. Until then, or if it cannot load, the title reads
 * as text.
 */
export async function typesetTitle(link: HTMLAnchorElement, title: string): Promise<void> {
  try {
    const { titleHtml } = await import('../lib/site/title-html.ts');
    const html = titleHtml(title);
    link.innerHTML = html;
    const label = typesetTitleLabel(html, plainText(title));
    if (label !== undefined) link.setAttribute('aria-label', label);
  } catch {
    // The title stays text.
  }
}
