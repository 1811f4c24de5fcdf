/**
 * An abstract as a markdown body that renders as exactly its text: markdown and HTML in it are
 * shown literally, `$…$` / `$$…$$` math is kept for KaTeX, and http(s) URLs become links.
 *
 * Every character with meaning to CommonMark, GFM or remark-math is backslash-escaped, which
 * CommonMark allows for any ASCII punctuation, so the escaping needs no knowledge of context.
 */

// Math as remark-math reads it (no backslash escapes inside, closed by as many `$` as opened),
// narrowed as Pandoc does: the opening `$` is followed by a non-space, the closing one preceded by
// a non-space and not followed by a digit — so "costs $5 and $10" stays text. `$$…$$` first.
const MATH = /\$\$(?=[^\s$])[^$]+?(?<=\S)\$\$(?!\$)|\$(?=[^\s$])[^$]*?(?<=[^\s$])\$(?![\d$])/g;

// http(s) URLs; trailing sentence punctuation and unbalanced closing brackets are not part of them.
const URL = /\bhttps?:\/\/[^\s<>"`{}|\\^\u0000-\u001f\u007f]+/g;

// What CommonMark/GFM treat as syntax anywhere in a line, plus `$` for remark-math. Characters
// that matter only at the start of a line (# + - = > digits followed by . or )) are handled there.
const INLINE_SYNTAX = /[\\`*_[\]<>&~|$!]/g;
const LINE_START_SYNTAX = /^(?:[#+\-=>]|\d+(?=[.)]))/;

function escapeText(text: string): string {
  return text.replace(INLINE_SYNTAX, '\\$&');
}

/** Punctuation a URL picks up from the end of its sentence. */
const URL_TRAILING = new Set(".,;:!?'*_~");
const BRACKETS = [
  ['(', ')'],
  ['[', ']'],
] as const;

/**
 * Trims trailing punctuation and unmatched `)` / `]` a URL picked up from its sentence: from the
 * end, one character at a time, with the brackets counted once (a URL can be as long as an
 * abstract, and hostile text can end one in thousands of brackets).
 */
function trimUrl(url: string): string {
  const unmatched = new Map<string, number>(
    BRACKETS.map(([open, close]) => [close, url.split(close).length - url.split(open).length]),
  );
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    if (URL_TRAILING.has(last)) end--;
    else if ((unmatched.get(last) ?? 0) > 0) {
      unmatched.set(last, (unmatched.get(last) ?? 0) - 1);
      end--;
    } else return url.slice(0, end);
  }
}

/** `text` with `change` made to what is not math (as MATH finds it), the math kept as it is. */
export function outsideMath(text: string, change: (part: string) => string): string {
  if (!text.includes('$')) return change(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(MATH)) {
    out += change(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + change(text.slice(last));
}

/** Text as markdown with its math kept as it is. */
const escapeTextKeepingMath = (text: string) => outsideMath(text, escapeText);

/** One paragraph of plain text as markdown: URLs become autolinks (never interpreted), math is kept. */
export function paragraphToMarkdown(paragraph: string): string {
  if (!paragraph.includes('://')) return escapeLineStart(escapeTextKeepingMath(paragraph));
  let out = '';
  let last = 0;
  for (const match of paragraph.matchAll(URL)) {
    const url = trimUrl(match[0]);
    out += escapeTextKeepingMath(paragraph.slice(last, match.index)) + `<${url}>`;
    last = match.index + url.length;
  }
  return escapeLineStart(out + escapeTextKeepingMath(paragraph.slice(last)));
}

/** Line-start syntax: headings, quotes, lists, setext underlines, thematic breaks. */
function escapeLineStart(line: string): string {
  return line.replace(LINE_START_SYNTAX, (syntax) => (/^\d/.test(syntax) ? `${syntax}\\` : `\\${syntax}`));
}

/**
 * The abstract's paragraphs (separated by blank lines), each on one line: spaces, tabs and line
 * ends collapse (markdown would, and leading spaces would make code); NBSP and other Unicode
 * stay. The checks skip the replacing for the usual clean paragraph.
 */
export function paragraphsOf(abstract: string): string[] {
  return (abstract.includes('\n') ? abstract.split(/\n{2,}/) : [abstract])
    .map((paragraph) =>
      paragraph.includes('  ') || paragraph.startsWith(' ') || paragraph.endsWith(' ') || /[\t\r\n]/.test(paragraph)
        ? paragraph.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '')
        : paragraph,
    )
    .filter((paragraph) => paragraph !== '');
}

// What makes abstractToMarkdown change a text: syntax or math, a line break or a tab, a URL, a
// run of spaces or one at either end, line-start syntax. Nearly every abstract has none, and
// these quick tests spare it the passes of the general way.
const SYNTAX_OR_BREAK = /[\\`*_[\]<>&~|$!\t\r\n]/;
const SPACE_OR_SYNTAX_FIRST = /^(?: |[#+\-=>]|\d+[.)])/;

function needsWork(text: string): boolean {
  return (
    SYNTAX_OR_BREAK.test(text) ||
    text.includes('  ') ||
    text.includes('://') ||
    SPACE_OR_SYNTAX_FIRST.test(text) ||
    text.endsWith(' ')
  );
}

/** The abstract as a markdown body. */
export function abstractToMarkdown(abstract: string): string {
  return needsWork(abstract) ? paragraphsOf(abstract).map(paragraphToMarkdown).join('\n\n') : abstract;
}

const ESCAPED_OR_LINK_OR_MATH = /\\([!-/:-@[-`{-~])|<(https?:\/\/[^>]*)>|(\$\$?)/g;

/**
 * The abstract back from its markdown body (the inverse of abstractToMarkdown): for feeds,
 * meta descriptions and similarity, which want the text, not the markup. Outside math, a
 * backslash escapes and `<url>` is a link; an unescaped `$` opens math, kept as written.
 */
export function markdownToAbstract(markdown: string): string {
  const text = markdown.trim();
  let out = '';
  let last = 0;
  ESCAPED_OR_LINK_OR_MATH.lastIndex = 0;
  for (let match = ESCAPED_OR_LINK_OR_MATH.exec(text); match; match = ESCAPED_OR_LINK_OR_MATH.exec(text)) {
    out += text.slice(last, match.index);
    const [whole, escaped, url, delimiter] = match;
    if (delimiter !== undefined) {
      const close = text.indexOf(delimiter, match.index + delimiter.length);
      const end = close === -1 ? text.length : close + delimiter.length;
      out += text.slice(match.index, end);
      ESCAPED_OR_LINK_OR_MATH.lastIndex = end;
    } else out += escaped ?? url ?? whole;
    last = ESCAPED_OR_LINK_OR_MATH.lastIndex;
  }
  return out + text.slice(last);
}
