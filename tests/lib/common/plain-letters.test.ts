import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainLetters } from '../../../src/lib/common/plain-letters.ts';

test('letters Unicode gives no base letter are written as the letters readers type for them', () => {
  assert.equal(
    plainLetters('Straße GROẞ Æsthetic œuvre Søren Łukasz Đorđe Þórður Ħal ılık Ŋaŋŋa Ŧaŧ'),
    'Strasse GROSS AEsthetic oeuvre Soren Lukasz Dorde Thórdur Hal ilik Ngangnga Tat',
  );
});

test('other text is left as it is: letters with marks, which search folds itself, and every other script', () => {
  for (const text of ['Crème Brûlée Ünïcödé', 'plain words', '大规模语言模型', 'Ｆｕｌｌｗｉｄｔｈ ﬁ', ''])
    assert.equal(plainLetters(text), text);
});
