import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/lib/topics/words.ts';
import { WordTable } from '../../../src/lib/topics/word-table.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

/** A table whose description of a word is the word itself. */
const table = () => new WordTable((word) => word);
const wordsOf = (words: WordTable<string>, text: string) => [...words.scan(text)].map((id) => words.infos[id]);

// Letters, digits and what separates them, in every form NFKC or UTF-16 makes tricky.
const PIECES = [
  'a',
  'Z',
  '0',
  '9',
  'model',
  'LLMs',
  ' ',
  '-',
  '.',
  "'",
  '_',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  'Ｌ',
  '²',
  '½',
  'Ⅳ',
  '大',
  'الل',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '\ud835',
  'x\u200by',
  '\u0000',
  'ǅ',
];

test("a text's words are tokenize's words, in order", () => {
  const words = table();
  const texts = [...HOSTILE_STRINGS, '', '   ', 'one', 'Large Language Models (LLMs) scale.'];
  let seed = 11;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 20_000; i++)
    texts.push(
      Array.from({ length: Math.floor(random() * 10) }, () => PIECES[Math.floor(random() * PIECES.length)]).join(''),
    );
  for (const text of texts)
    assert.deepEqual(wordsOf(words, text), tokenize(text).raw, JSON.stringify(text.slice(0, 80)));
});

test('a word keeps its id across texts while the table grows', () => {
  const words = table();
  const many = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
  const first = [...words.scan(many)];
  assert.equal(new Set(first).size, 20_000);
  assert.deepEqual([...words.scan(many)], first);
  assert.equal(words.infos.length, 20_000);
  assert.deepEqual(wordsOf(words, 'w0 w1 w0'), ['w0', 'w1', 'w0']);
  assert.equal(words.infos.length, 20_000, 'no word described twice');
});

test('a long text that needs NFKC keeps all its words, however much the buffer grows', () => {
  const words = table();
  const text = `${'café '.repeat(5000)}zebra okapi`;
  const found = wordsOf(words, text);
  assert.equal(found.length, 5002);
  assert.deepEqual(found.slice(-2), ['zebra', 'okapi']);
});
