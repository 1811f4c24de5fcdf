/**
 * Abstracts come from LaTeX sources, whose text escapes `\%`, `\&`, `\#` and `\_` stand for the
 * characters themselves: "95\% of" reads "95% of". Math (`$…$`, as markdown-body.ts finds it)
 * keeps them, for KaTeX.
 */
import { MATH } from './markdown-body.ts';

const TEXT_ESCAPE = /\\([%&#_])/g;

const unescaped = (text: string) => text.replace(TEXT_ESCAPE, '$1');

/** `text` with LaTeX's text escapes outside math read as their characters. */
export function latexTextUnescaped(text: string): string {
  if (!text.includes('\\')) return text;
  if (!text.includes('$')) return unescaped(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(MATH)) {
    out += unescaped(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + unescaped(text.slice(last));
}
