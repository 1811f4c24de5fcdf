/**
 * Letters that Unicode does not write as a base letter and a mark, which search therefore does not
 * fold to a plain letter as it folds "é" to "e": each as the letters a reader types for it
 * ("Straße" as "Strasse", "Łukasz" as "Lukasz", "Søren" as "Soren"). Only these: a transliteration (the
 * slugs' @sindresorhus/transliterate) would also write Greek and Cyrillic in Latin letters.
 */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'ng',
  Ŋ: 'Ng',
  ı: 'i',
};

const FOLDED = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

/** The text with each such letter as the plain letters it is typed as. */
export function plainLetters(text: string): string {
  return text.replace(FOLDED, (letter) => PLAIN_LETTERS[letter] ?? letter);
}
