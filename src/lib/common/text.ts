/**
 * Cleaning untrusted dump text. Text is data: everything printable is kept exactly;
 * only terminal escape sequences and control characters are removed, because they are
 * invisible, break XML (feeds) and can rewrite a terminal that prints a report.
 */

// ANSI/VT escape sequences: CSI (ESC [ … final, or the 8-bit CSI U+009B), OSC (ESC ] … BEL/ST),
// and the other ESC sequences (intermediate bytes, then one final byte: `ESC 7`, `ESC ( B`). Removed whole, so no "[31m" residue stays behind;
// an OSC never closed on its line loses its introducer only, so it swallows no text after it.
const ANSI_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)|\u001b[ -/]*[0-~]/g;

// C0 controls except tab, DEL, and C1 controls.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Non-characters that XML and YAML forbid even though they are valid UTF-8. */
const NON_CHARACTER = /[\ufffe\uffff]/g;

// Anything stripControls would change; testing first keeps clean text (nearly all of it) fast.
const NEEDS_STRIPPING = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;

// Bidirectional formatting characters. Printable, so dump text keeps them, but a terminal that
// prints them raw reorders the rest of the line: a title could make a report line read otherwise.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// What a terminal must not be sent, newlines and tabs aside.
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text for a terminal, lines kept: escape sequences and controls removed, a tab made a space (so
 * the words either side stay apart, whatever the terminal's tab stops), bidirectional formatting
 * characters shown by name (<U+202E>) instead of applied.
 */
export function terminalText(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, '')
    .replace(TERMINAL_CONTROL, '')
    .replace(/\t/g, ' ')
    .replace(
      BIDI_CONTROL,
      (character) => `<U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
    );
}

/**
 * Removes escape sequences and control characters; turns tabs into spaces; closes the
 * bidirectional formatting the text leaves open (closeBidi).
 */
export function stripControls(text: string): string {
  if (!NEEDS_STRIPPING.test(text)) return closeBidi(text);
  return closeBidi(
    text.replace(ANSI_SEQUENCE, '').replace(CONTROL_CHARACTER, '').replace(NON_CHARACTER, '').replace(/\t/g, ' '),
  );
}

// Embeddings and overrides (LRE, RLE, LRO, RLO), closed by PDF; isolates (LRI, RLI, FSI), closed by PDI.
const PDF = '\u202c';
const PDI = '\u2069';
const closerOf = (character: string) =>
  '\u202a\u202b\u202d\u202e'.includes(character) ? PDF : '\u2066\u2067\u2068'.includes(character) ? PDI : undefined;
const EXPLICIT_BIDI = /[\u202a-\u202e\u2066-\u2069]/;
// Where the bidirectional algorithm ends a paragraph, and with it whatever was left open.
const PARAGRAPH_END = /[\n\r\u2029]/;

/**
 * Every bidirectional embedding, override and isolate the text opens is closed by the end of its
 * paragraph, and closers with nothing to close are dropped: one left open (an RLO in a title)
 * would reorder whatever a page or a feed prints after the text on the same line.
 */
export function closeBidi(text: string): string {
  if (!EXPLICIT_BIDI.test(text)) return text;
  let out = '';
  const open: string[] = [];
  const close = (depth: number) => {
    while (open.length > depth) out += open.pop();
  };
  for (const character of text) {
    const closer = closerOf(character);
    if (closer) open.push(closer);
    else if (character === PDF && open.at(-1) !== PDF) continue;
    else if (character === PDF) open.pop();
    else if (character === PDI) {
      const isolate = open.lastIndexOf(PDI);
      if (isolate < 0) continue;
      close(isolate + 1);
      open.pop();
    } else if (PARAGRAPH_END.test(character)) close(0);
    out += character;
  }
  close(0);
  return out;
}

/**
 * Trims every kind of white space from both ends: String#trim knows NBSP, the Unicode spaces,
 * U+2028/U+2029 and U+FEFF, which copies of the listing's HTML may leave behind.
 */
export function trimSpace(text: string): string {
  return text.trim();
}

/** A title as one line: inner runs of white space become a single space. */
export function cleanTitle(line: string): string {
  return trimSpace(stripControls(line)).replace(/[\s\u00a0]{2,}|[\n\r\u2028\u2029]/g, ' ');
}

/** Thousands grouped as English writes them ("1,234"): one formatter, as lists print many counts. */
const GROUPED = new Intl.NumberFormat('en-US');

/** A count as English writes it: "999", "1,234". */
export const groupedCount = (count: number): string => (count < 1000 ? String(count) : GROUPED.format(count));

/** A count with its noun: "1 paper", "3 papers", "1,234 stars". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupedCount(count)} ${count === 1 ? one : many}`;
}

/** Characters of an abstract that lists show. */
export const SUMMARY_LENGTH = 240;

/** How far past its length a summary may run to keep a formula whole that it could not end before. */
const WHOLE_SPAN_SLACK = 80;

/**
 * The start of an abstract, cut at a word, for lists and page descriptions. `whole`: spans of it
 * (start, end) not to cut inside — its math: the cut goes after one that ends a little past the
 * length, else before it (a span that starts the abstract and runs on is cut as text).
 */
export function summarize(
  abstract: string,
  length = SUMMARY_LENGTH,
  whole: readonly (readonly [number, number])[] = [],
): string {
  if (abstract.length <= length) return abstract;
  const cut = abstract.slice(0, length);
  let end = Math.max(cut.lastIndexOf(' '), length - 40);
  const straddled = whole.find(([start, stop]) => start < end && end < stop);
  if (straddled) {
    const [start, stop] = straddled;
    if (stop <= length + WHOLE_SPAN_SLACK) end = stop;
    else if (start > 0) end = start;
  }
  // Never between the two halves of a character outside the BMP (emoji, rare CJK).
  if (/[\ud800-\udbff]/.test(abstract.charAt(end - 1))) end--;
  if (end >= abstract.length) return abstract;
  // Cut after a sentence or clause: the ellipsis replaces its stop ("end…", not "end.…").
  const kept = abstract.slice(0, end).replace(/(?<=[^\s.,;:–—-])[\s.,;:–—-]+$/u, '');
  return `${closeBidi(kept)}…`;
}

/**
 * The identity of a title for merging: Unicode-compatible form, without explicit bidirectional
 * formatting (closeBidi may add some), case-folded, white space collapsed. Two copies of one
 * listing that differ only in such details are the same paper.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
