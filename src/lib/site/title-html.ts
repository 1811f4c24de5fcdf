/** A title as the pages show it: its math typeset (KaTeX's MathML, as abstracts are; see title-text.ts). */
import katex from 'katex';
import { escape as escapeHtml } from 'html-escaper';
import { titleParts } from './title-text.ts';

/** The title as HTML: text escaped, math typeset as MathML (math KaTeX cannot read stays TeX text). */
export function titleHtml(title: string): string {
  return titleParts(title)
    .map(({ text, math }) => {
      if (!math) return escapeHtml(text);
      try {
        return katex.renderToString(text, { output: 'mathml', throwOnError: true, strict: 'ignore' });
      } catch {
        return escapeHtml(`$${text}$`);
      }
    })
    .join('');
}
