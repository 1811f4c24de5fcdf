import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abstractToMarkdown, paragraphsOf, paragraphToMarkdown } from '../../../src/lib/ingest/markdown-body.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

// abstractToMarkdown returns most abstracts as they are after a few quick tests: it must give
// exactly what the general way (paragraphs, then each escaped) gives, whatever the text.
const general = (abstract: string) => paragraphsOf(abstract).map(paragraphToMarkdown).join('\n\n');

test('the shortcut for plain abstracts gives what the general way gives', () => {
  const pieces = [
    'a',
    'word',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\t',
    '\r',
    '1.',
    '12)',
    '#',
    '+',
    '-',
    '=',
    '>',
    '$',
    '$x$',
    ':',
    '/',
    '://',
    'https://x.org/a_b',
    '\\',
    '`',
    '*',
    '_',
    '[',
    ']',
    '<',
    '&',
    '~',
    '|',
    '!',
    '(',
    ')',
    'é',
    '\u00a0',
    '2.5',
  ];
  const texts = [
    ...HOSTILE_STRINGS,
    '',
    ' ',
    'plain text.',
    ' lead',
    'trail ',
    '1. list',
    '12) list',
    '3.5 is fine',
    '- item',
    '+1',
    'a://b',
  ];
  let seed = 3;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 20_000; i++)
    texts.push(
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join(''),
    );
  for (const text of texts) assert.equal(abstractToMarkdown(text), general(text), JSON.stringify(text));
});
