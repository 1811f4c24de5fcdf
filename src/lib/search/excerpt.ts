/**
 * A result's excerpt, made from the abstract. Pagefind's own excerpt centres on the best-weighted
 * matches, which are the title's (weight 10): it would repeat the title the result shows above it.
 * Pagefind gives each result its indexed text (the title, then the abstract) as plain text, and
 * the word positions of its matches: the excerpt is the run of abstract words with the most
 * matches, those marked. Never HTML: parts of text, rendered as text.
 */
import { plainText, searchTitle } from '../site/title-text.ts';
import type { PagefindResultData } from './query.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** How Pagefind splits its text into the words its match locations count (pagefind.js: word_separators). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Punctuation before and after a word's letters and digits. */
const AROUND_WORD = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** A result's excerpt at most: two or three lines of a card. */
export const EXCERPT_WORDS = 36;

/** Words shown before the first match, for context. */
const LEAD = 3;

/**
 * `content`: the result's indexed text; `locations`: its matches' word positions; `title`: the
 * title it was indexed with (its words lead the text); `length`: the excerpt's words at most.
 */
export function abstractExcerpt(
  content: string,
  locations: readonly number[],
  title: string,
  length: number,
): ExcerptPart[] {
  const words = content.trim().split(WORD_SEPARATORS);
  const start = searchTitle(title).trim().split(WORD_SEPARATORS).filter(Boolean).length;
  const found = [...new Set(locations)].filter((at) => at >= start).sort((a, b) => a - b);
  // The window holding the most matches, the earliest of equals; with none, the abstract's start.
  let from = start;
  let most = 0;
  for (const at of found) {
    const begin = Math.max(start, Math.min(at - LEAD, words.length - length));
    const count = found.filter((other) => other >= begin && other < begin + length).length;
    if (count > most) [from, most] = [begin, count];
  }
  const to = Math.min(words.length, from + length);
  const marked = new Set(found);
  const parts: ExcerptPart[] = [];
  const add = (text: string, isMarked: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (from >= to) return parts;
  if (from > start) add('… ', false);
  for (let at = from; at < to; at++) {
    if (at > from) add(' ', false);
    const word = words[at] ?? '';
    if (!marked.has(at)) add(word, false);
    else {
      // The word found, without the punctuation around it ("Quiet-STaR," marks "Quiet-STaR").
      const [, before = '', core = '', after = ''] = AROUND_WORD.exec(word) ?? [];
      // A word of symbols alone ("&") is marked whole.
      if (core === '') add(word, true);
      else {
        add(before, false);
        add(core, true);
        add(after, false);
      }
    }
  }
  if (to < words.length) add(' …', false);
  return parts;
}

/** A result's title as text (its address when it has none) and its excerpt: what the page and the terminal show. */
export function resultText({ url, content = '', locations = [], meta }: PagefindResultData): {
  title: string;
  excerpt: ExcerptPart[];
} {
  return {
    title: meta.title === undefined ? url : plainText(meta.title),
    excerpt: abstractExcerpt(content, locations, meta.title ?? '', EXCERPT_WORDS),
  };
}
