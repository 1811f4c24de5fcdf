/**
 * A title with math in it ("Scaling Laws for $\ell_2$-Regularized Models") as text: readable
 * where only text goes (`<title>`, feeds, link previews, the terminal search; an abstract's too),
 * and as plain words for the search index, so its math is searched with the title's weight.
 * Typeset: title-html.ts.
 */
import { plainLetters } from '../common/plain-letters.ts';
import { summarize, SUMMARY_LENGTH } from '../common/text.ts';

/**
 * Math as Pandoc reads it: `$$…$$`, or `$…$` with no space just inside the dollars and no digit
 * just after the closing one ("costs $5 and $10" stays text).
 */
const MATH = /\$\$(?=\S)([^$]*?\S)\$\$|\$(?=\S)([^$]*?\S)\$(?!\d)/g;

export interface TitlePart {
  text: string;
  math: boolean;
}

/** Where a text's math is: each `$…$` span's start and end. */
export function mathSpans(text: string): [number, number][] {
  return [...text.matchAll(MATH)].map((match) => [match.index, match.index + match[0].length]);
}

/** The title as written when it has math to typeset (title-html.ts), else undefined: its text is plainText. */
export function mathTitle(title: string): string | undefined {
  return mathSpans(title).length > 0 ? title : undefined;
}

/** The start of an abstract lists show: its math whole, to be typeset (summaryHtml). */
export function abstractSummary(abstract: string): string {
  return summarize(abstract, SUMMARY_LENGTH, abstract.includes('$') ? mathSpans(abstract) : []);
}

export function titleParts(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  for (const match of title.matchAll(MATH)) {
    if (match.index > last) parts.push({ text: title.slice(last, match.index), math: false });
    // `$$…$$` (display math in an abstract) is one formula too, set inline in a line of text.
    parts.push({ text: match[1] ?? match[2] ?? '', math: true });
    last = match.index + match[0].length;
  }
  if (last < title.length) parts.push({ text: title.slice(last), math: false });
  return parts;
}

/** TeX commands a title's math commonly uses, as the characters they stand for. */
const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  ell: 'ℓ',
  infty: '∞',
  times: '×',
  cdot: '·',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  in: '∈',
  sqrt: '√',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  log: 'log',
  exp: 'exp',
  circ: '∘',
};
const SUBSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'[i] ?? c]),
);
const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()n'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ'[i] ?? c]),
);

/**
 * Math as readable text: known commands as their characters, digits sub- or superscript; math
 * with any other command stays TeX.
 */
function readableMath(tex: string): string {
  // Digits and a few signs as sub- or superscript characters; anything else keeps its mark: "n^(k+1)".
  const script = (mark: string, marks: Record<string, string>) => (_: string, braced?: string, single?: string) => {
    const body = braced ?? single ?? '';
    if ([...body].every((c) => c in marks)) return [...body].map((c) => marks[c]).join('');
    return body.length === 1 ? `${mark}${body}` : `${mark}(${body})`;
  };
  const readable = tex
    .replace(/\\(?:mathrm|mathbf|mathit|mathcal|mathbb|text|textbf|operatorname)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (command, name: string) => SYMBOLS[name] ?? command)
    .replace(/_(?:\{([^{}]*)\}|(\w))/g, script('_', SUBSCRIPT))
    .replace(/\^(?:\{([^{}]*)\}|(\w))/g, script('^', SUPERSCRIPT))
    .replace(/\\[,;:! ]|[{}]/g, '');
  return readable.includes('\\') ? tex : readable.trim();
}

/**
 * A title, or an abstract, as readable text: its math as characters where it can be
 * ("ℓ₂-Regularized"), else as TeX.
 */
export function plainText(written: string): string {
  if (!written.includes('$')) return written;
  return titleParts(written)
    .map(({ text, math }) => (math ? readableMath(text) : text))
    .join('');
}

/**
 * A query as the index holds titles: its math pasted in as TeX, or as the pages show it as text
 * ("ℓ₂-Regularized", copied from a result), is searched in its typed form ("l2-Regularized"), and
 * characters of compatibility (full-width letters, ligatures: "ﬁ") as the plain ones they stand
 * for (Unicode's NFKC form), which the index holds too (searchTitle).
 */
export function searchQuery(query: string): string {
  // Not the index's other forms: every word of a query must match, and those are in titles only.
  return mathAsWords(query.normalize('NFKC'));
}

/** The longest math written as one word in the index. */
const COMPACT_MATH = 6;

/**
 * The title's words for the search index. Its math stands in the title as a reader types it in
 * plain text ("\ell_2-Regularized" → "l2-Regularized", "$k$-wise" → "k-wise"), and its other forms
 * follow the title: the symbols' names ("ell 2") and the characters ("ℓ₂"); so do the plain forms
 * of its compatibility characters and of letters search does not fold ("ß", "æ"), and the
 * suffixes of its Chinese and Japanese.
 */
export function searchTitle(title: string): string {
  const indexed = mathAsWords(title);
  // Full-width letters and ligatures ("Ｆｕｌｌｗｉｄｔｈ", "ﬁ"), and "Straße", also as the plain words a reader types.
  const plain = title
    .split(/\s+/)
    .filter((word) => !word.includes('$'))
    .map((word) => [word, plainLetters(word.normalize('NFKC'))])
    .filter(([word, typed]) => typed !== word)
    .map(([, typed]) => typed);
  return [indexed, ...new Set(plain), ...unspacedSuffixes(title)].join(' ');
}

/** Runs of the scripts written without spaces between words: Chinese and Japanese. */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}/gu;

/** How far into a run its suffixes are indexed: a title's run is a few words. */
const UNSPACED_SUFFIXES = 32;

/**
 * A run of Chinese or Japanese is one word to the index, found by its start alone ("大规模…" by
 * 大规模); its suffixes as words of their own find it by any part ("语言模型" in 大规模语言模型的…).
 */
function unspacedSuffixes(title: string): string[] {
  return [...title.matchAll(UNSPACED_RUN)].flatMap(([run]) => {
    const characters = [...run];
    return characters.slice(1, UNSPACED_SUFFIXES + 1).map((_, start) => characters.slice(start + 1).join(''));
  });
}

function mathAsWords(title: string): string {
  if (!title.includes('$')) return title;
  const others: string[] = [];
  const inline = titleParts(title)
    .map(({ text, math }) => {
      if (!math) return text;
      // A symbol's name is a word ("ell", "alpha"); a layout command ("\mathcal", "\frac") is not.
      const named = (ell: string) =>
        text.replace(/\\([A-Za-z]+)/g, (_, name: string) =>
          name === 'ell' ? ell : name in SYMBOLS ? ` ${name} ` : ' ',
        );
      const words = named(' ell ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const typed = named('l').replace(/[^\p{L}\p{N}]+/gu, '');
      const readable = readableMath(text);
      const written = typed.length > 1 && typed.length <= COMPACT_MATH ? typed : readable;
      others.push(...[words, readable].filter((form) => form !== written));
      return written;
    })
    .join('');
  return [inline, ...new Set(others)].join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * What names a typeset title for a screen reader's lists of links and headings (`aria-label`):
 * Chromium leaves MathML out of a name, so a title with math is named by its readable text
 * (`plain`); one without needs no label.
 */
export function typesetTitleLabel(html: string, plain: string): string | undefined {
  return html.includes('<math') ? plain : undefined;
}
