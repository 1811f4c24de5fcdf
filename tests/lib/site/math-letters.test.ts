import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mathLettersForBrowsers } from '../../../src/lib/site/math-letters.ts';
import { titleHtml } from '../../../src/lib/site/title-html.ts';

test("a styled letter is written as Unicode's mathematical letter, which browsers draw without mathvariant", () => {
  const html = titleHtml('$\\mathbb{E}_{x} \\mathcal{H} \\mathcal{A} \\mathbf{x} \\mathbb{R}^{2} \\mathfrak{g}$');
  assert.ok(!html.includes('mathvariant'), html);
  for (const letter of ['𝔼', 'ℋ', '𝒜', '𝐱', 'ℝ', '𝔤']) assert.ok(html.includes(letter), `${letter} in ${html}`);
  assert.match(html, /<annotation encoding="application\/x-tex">\\mathbb\{E\}/, 'the TeX stays as it was written');
});

test('digits, entities and characters a style lacks are kept; an unknown style is left to the browser', () => {
  assert.equal(
    mathLettersForBrowsers(
      '<math><mn mathvariant="double-struck">12</mn><mtext mathvariant="bold">a&amp;β</mtext></math>',
    ),
    '<math><mn>𝟙𝟚</mn><mtext>𝐚&amp;β</mtext></math>',
  );
  const normal = '<math><mi mathvariant="normal">x</mi></math>';
  assert.equal(mathLettersForBrowsers(normal), normal);
  assert.equal(
    mathLettersForBrowsers('<p mathvariant="bold">x</p>'),
    '<p mathvariant="bold">x</p>',
    'no math, no change',
  );
});

test('a function name is followed by a thin space, as TeX sets it', () => {
  assert.match(titleHtml('$n \\log n$'), /<mi>log<\/mi><mo rspace="0\.1667em">\u2061<\/mo><mi>n<\/mi>/);
});
