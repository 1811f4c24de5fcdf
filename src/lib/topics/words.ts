/**
 * The words phrases and texts are matched by: tokens, acronyms and light stemming, the same on
 * both sides, so that a phrase and a text meet at their stems. Only one derivational suffix is
 * removed, longest first, keeping a stem of at least three letters.
 */

const DERIVATIONAL_SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['izations', 'iz'],
  ['ization', 'iz'],
  ['isations', 'iz'],
  ['isation', 'iz'],
  ['izing', 'iz'],
  ['ising', 'iz'],
  ['izer', 'iz'],
  ['ised', 'iz'],
  ['ized', 'iz'],
  ['ize', 'iz'],
  ['ise', 'iz'],
  ['ations', ''],
  ['ation', ''],
  ['tions', 't'],
  ['tion', 't'],
  ['tors', 't'],
  ['tor', 't'],
  ['ings', ''],
  ['ing', ''],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
];

/** Words whose endings look inflected but are not ("embed" is no past tense of "emb"). */
const UNSTEMMED = new Set([
  'embed',
  'bias',
  'lens',
  'news',
  'gas',
  'atlas',
  'canvas',
  'alias',
  'hundred',
  'shed',
  'bed',
  'red',
]);

// Words repeat across papers: each is stemmed once (the cache stays small, a language's words).
const stems = new Map<string, string>();

/** quantize, quantized, quantizing, quantization → quantiz; models → model; pruning, pruned → prun. */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = stemWord(word);
    if (stems.size < 500_000) stems.set(word, cached);
  }
  return cached;
}

function stemWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || UNSTEMMED.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, replacement] of DERIVATIONAL_SUFFIXES) {
    // "-eed" (speed, need, exceed) is a root, not a past tense.
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 'ed' && w.endsWith('eed'))) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (/([bcdgklmnprt])\1$/.test(w)) w = w.slice(0, -1); // embedded → embed, labelling → label; -ss stays
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words as written (for acronyms) and their stems (for phrases). */
export interface Tokens {
  raw: string[];
  stems: string[];
}

export function tokenize(text: string): Tokens {
  const raw = text.normalize('NFKC').match(WORD) ?? [];
  return { raw, stems: raw.map(stem) };
}

/** A phrase with two or more capitals and no spaces (LLM, LoRA, Grad-CAM) is an acronym. */
export function isAcronym(phrase: string): boolean {
  return !/\s/.test(phrase) && (phrase.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}
