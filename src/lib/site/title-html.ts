/** A title as the pages show it: its math typeset (KaTeX's MathML, as abstracts are; see title-text.ts). */
import katex from 'katex';
import { escape as escapeHtml } from 'html-escaper';
import { KATEX_OPTIONS } from './katex-options.ts';
import { mathLettersForBrowsers } from './math-letters.ts';
import { titleParts } from './title-text.ts';

/** KaTeX styles a few commands (`\pmb`, `\fcolorbox`) inline, which the CSP forbids: drop them. */
const STYLE_ATTRIBUTE = / style="[^"]*"/g;

/** The title as HTML: text escaped, math typeset as MathML (math KaTeX cannot read stays TeX text). */
export function titleHtml(title: string): string {
  return titleParts(title)
    .map(({ text, math }) => {
      if (!math) return escapeHtml(text);
      try {
        const html = katex.renderToString(text, { ...KATEX_OPTIONS, throwOnError: true });
        return mathLettersForBrowsers(html.replace(STYLE_ATTRIBUTE, ''));
      } catch {
        return escapeHtml(`$${text}$`);
      }
    })
    .join('');
}
