/**
 * Abstracts come from LaTeX sources, whose text escapes `\%`, `\&`, `\#` and `\_` stand for the
 * characters themselves: "95\% of" reads "95% of". Math (`$…$`, as markdown-body.ts finds it)
 * keeps them, for KaTeX.
 */
import { outsideMath } from './markdown-body.ts';

const TEXT_ESCAPE = /\\([%&#_])/g;

/** `text` with LaTeX's text escapes outside math read as their characters. */
export function latexTextUnescaped(text: string): string {
  return text.includes('\\') ? outsideMath(text, (part) => part.replace(TEXT_ESCAPE, '$1')) : text;
}
