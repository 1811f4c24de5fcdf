/**
 * KaTeX's MathML as MathML Core browsers draw it. KaTeX marks a letter's style with `mathvariant`
 * (`\mathbb{E}` is `<mi mathvariant="double-struck">E</mi>`), which Chromium ignores but for
 * "normal": the letters are written instead as Unicode's mathematical letters (𝔼), which every
 * browser draws. And a function name (`\log n`) gets the thin space after it that TeX gives it.
 */

/** Where a style's letters start in Unicode (A, a, 0), and the letters Unicode placed elsewhere. */
interface LetterStyle {
  upper: number;
  lower: number;
  digits?: number;
  elsewhere?: Record<string, string>;
}

const STYLES: Record<string, LetterStyle> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digits: 0x1d7ce },
  italic: { upper: 0x1d434, lower: 0x1d44e, elsewhere: { h: 'ℎ' } },
  'bold-italic': { upper: 0x1d468, lower: 0x1d482 },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    elsewhere: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  },
  'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
  fraktur: { upper: 0x1d504, lower: 0x1d51e, elsewhere: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' } },
  'double-struck': {
    upper: 0x1d538,
    lower: 0x1d552,
    digits: 0x1d7d8,
    elsewhere: { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
  },
  'bold-fraktur': { upper: 0x1d56c, lower: 0x1d586 },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digits: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digits: 0x1d7ec },
  'sans-serif-italic': { upper: 0x1d608, lower: 0x1d622 },
  'sans-serif-bold-italic': { upper: 0x1d63c, lower: 0x1d656 },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digits: 0x1d7f6 },
};

/** A character in a style: Latin letters and digits that the style has; any other stays as it is. */
function styled(character: string, style: LetterStyle): string {
  const elsewhere = style.elsewhere?.[character];
  if (elsewhere !== undefined) return elsewhere;
  const code = character.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCodePoint(style.upper + code - 65);
  if (code >= 97 && code <= 122) return String.fromCodePoint(style.lower + code - 97);
  if (code >= 48 && code <= 57 && style.digits !== undefined) return String.fromCodePoint(style.digits + code - 48);
  return character;
}

/** A token of KaTeX's MathML with a style; its text is already escaped (`&amp;` and the like). */
const STYLED_TOKEN = /<(mi|mn|mtext) mathvariant="([a-z-]+)">([^<]*)<\/\1>/g;

/** The function application KaTeX writes after a function name (`\log`, `\sin`). */
const FUNCTION_APPLICATION = '<mo>\u2061</mo>';
const THIN_SPACE = '0.1667em';

export function mathLettersForBrowsers(html: string): string {
  if (!html.includes('<math')) return html;
  return html
    .replace(STYLED_TOKEN, (token, tag: string, variant: string, text: string) => {
      const style = STYLES[variant];
      if (style === undefined) return token;
      // Entities (`&amp;`) are left whole: only letters and digits have mathematical forms.
      const letters = text.replace(/&[^;]*;|./gsu, (part) => (part.length === 1 ? styled(part, style) : part));
      return `<${tag}>${letters}</${tag}>`;
    })
    .replaceAll(FUNCTION_APPLICATION, `<mo rspace="${THIN_SPACE}">\u2061</mo>`);
}
