import assert from 'node:assert/strict';
import { test } from 'node:test';
import yaml from 'js-yaml';
import type { PaperData } from '../../../src/content.config.ts';
import { frontMatter } from '../../../src/lib/ingest/paper-file.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

// The dump the front matter promises: every string double-quoted, one line, no references.
const JS_YAML = { quotingType: '"', forceQuotes: true, lineWidth: -1, noRefs: true } as const;

/** Every field, in the order the writer writes them (js-yaml dumps an object's keys in its order). */
function paper(text: string): PaperData {
  return {
    title: text,
    date: '2024-02-29',
    arxiv: text,
    authors: 3,
    authorNames: [text, 'Ada Lovelace'],
    upvotes: 0,
    comments: 2,
    github: text,
    githubStars: 1_000_000,
    projectPage: text,
    organization: text,
    keywords: [text],
    aiSummary: text,
    area: text,
    topics: [text, 'other'],
    sources: [
      { file: text, line: 7, captured: '2026-04-13' },
      { file: 'b.json', item: 1_000_000, captured: text },
    ],
  };
}

/** The fields a text dump gives: the ones only JSON gives are left out, not written empty. */
function textPaper(text: string): PaperData {
  const { title, date, authors, upvotes, area, topics, sources } = paper(text);
  return { title, date, authors, upvotes, area, topics, sources };
}

// Every code point class js-yaml treats alike: controls, C1, the named escapes, surrogates
// (paired and lone), non-characters, the YAML 1.1 indicators and keywords.
const CHARACTERS = [
  ...Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code)),
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ufffd',
  '\ud7ff',
  '\ue000',
  '\ud800',
  '\udfff',
  '\ud83e\udd84',
  '\udbff\udfff',
  '大',
  'é',
  '\u0301',
  '\u202e',
];
const KEYWORDS = [
  '',
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'n',
  '~',
  'null',
  'true',
  '1e3',
  '0x1F',
  '012',
  '1:20',
  '190:20:30',
  '-',
  '- x',
  ': x',
  '? x',
  ' lead',
  'trail ',
  '#x',
];

test('front matter is exactly what js-yaml dumps', () => {
  const texts = [
    ...HOSTILE_STRINGS,
    ...KEYWORDS,
    ...CHARACTERS,
    ...CHARACTERS.map((c) => `a${c}b${c}`),
    CHARACTERS.join(''),
  ];
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 2000; i++) {
    texts.push(
      Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => CHARACTERS[Math.floor(random() * CHARACTERS.length)],
      ).join(''),
    );
  }
  for (const text of texts) {
    assert.equal(frontMatter(paper(text)), yaml.dump(paper(text), JS_YAML), JSON.stringify(text));
    assert.equal(frontMatter(textPaper(text)), yaml.dump(textPaper(text), JS_YAML), JSON.stringify(text));
  }
  const empty = { ...paper('x'), topics: [], sources: [] };
  assert.equal(frontMatter(empty), yaml.dump(empty, JS_YAML));
});

test('numbers other than integers are refused, never written in another form', () => {
  assert.throws(() => frontMatter({ ...paper('x'), upvotes: 1.5 }), /not an integer/);
  assert.throws(() => frontMatter({ ...paper('x'), authors: -0 }), /not an integer/);
});
