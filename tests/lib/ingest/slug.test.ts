import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assignSlugs,
  cutAtWord,
  MAX_SLUG_LENGTH,
  SLUG_PATTERN,
  titleSlug,
  type SlugRequest,
} from '../../../src/lib/ingest/slug.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

test('slugs are lowercase ASCII words from the NFKC title, accents transliterated', () => {
  assert.equal(titleSlug('Crème Brûlée: a Study', 'k'), 'creme-brulee-a-study');
  assert.equal(titleSlug('Ｆｕｌｌｗｉｄｔｈ ＬＬＭ', 'k'), 'fullwidth-llm');
  assert.equal(titleSlug('ﬁne-Tuning GPT-4o', 'k'), 'fine-tuning-gpt-4o');
  assert.equal(titleSlug('Привет мир', 'k'), 'privet-mir');
});

test('a title with nothing to transliterate falls back to a stable hash, never empty', () => {
  const slug = titleSlug('大规模语言模型', '2024-01-02 大规模语言模型');
  assert.match(slug, /^paper-[0-9a-f]{10}$/);
  assert.equal(titleSlug('大规模语言模型', '2024-01-02 大规模语言模型'), slug);
  assert.notEqual(titleSlug('日本語', '2024-01-02 日本語'), slug);
  assert.match(titleSlug('---', 'x'), /^paper-/);
  assert.match(titleSlug('..', 'y'), /^paper-/);
});

test('every hostile title gives a safe slug: no dots, slashes or reserved device names', () => {
  for (const title of [...HOSTILE_STRINGS, '../../etc/passwd', '.', 'CON', 'nul', 'a/b\\c']) {
    const slug = titleSlug(title, title);
    assert.match(slug, SLUG_PATTERN, title.slice(0, 30));
    assert.ok(slug.length <= MAX_SLUG_LENGTH);
    assert.notEqual(slug, 'con');
  }
  assert.equal(titleSlug('CON', 'k'), 'con-paper');
});

test('long titles are cut at a word, at most 80 characters', () => {
  const slug = titleSlug('Word '.repeat(40), 'k');
  assert.ok(slug.length <= 80 && slug.length > 70, slug);
  assert.match(slug, /^word(-word)+$/);
  assert.equal(cutAtWord('abc-def-ghi', 7), 'abc-def');
  assert.equal(cutAtWord('abc-def-ghi', 6), 'abc');
  assert.equal(cutAtWord('abcdefghij', 4), 'abcd');
});

const request = (title: string, date: string): SlugRequest => ({ key: `${date} ${title.toLowerCase()}`, title, date });

test('namesakes: the earliest keeps the plain slug, later ones get their date', () => {
  const a = request('Same Title', '2020-05-05');
  const b = request('Same Title', '2021-05-06');
  const c = request('Same Title!', '2020-05-05');
  const slugs = assignSlugs([b, c, a], new Map());
  assert.equal(slugs.get(a.key), 'same-title');
  assert.equal(slugs.get(c.key), 'same-title-2020-05-05');
  assert.equal(slugs.get(b.key), 'same-title-2021-05-06');
  // Deterministic whatever the input order.
  assert.deepEqual([...assignSlugs([a, b, c], new Map())].sort(), [...slugs].sort());
});

test('a third paper with the same slug and date gets a counter; all stay under 80 characters', () => {
  const long = 'Long '.repeat(30);
  const requests = [request(long, '2020-01-01'), request(`${long}!`, '2020-01-01'), request(`${long}?`, '2020-01-01')];
  const slugs = [...assignSlugs(requests, new Map()).values()];
  assert.equal(new Set(slugs).size, 3);
  for (const slug of slugs) assert.ok(slug.length <= 80, slug);
  assert.ok(slugs.some((slug) => slug.endsWith('-2020-01-01-2')));
});

test('existing slugs are never changed by new papers, even earlier namesakes', () => {
  const later = request('Same Title', '2021-05-06');
  const existing = new Map([[later.key, 'same-title']]);
  const earlier = request('Same Title', '2019-01-01');
  const slugs = assignSlugs([earlier, later], existing);
  assert.equal(slugs.get(later.key), 'same-title');
  assert.equal(slugs.get(earlier.key), 'same-title-2019-01-01');
});

test('the ASCII fast path gives exactly what slugify gives (permalinks must not depend on the path)', async () => {
  const { default: slugify } = await import('@sindresorhus/slugify');
  const { slugWords } = await import('../../../src/lib/ingest/slug.ts');
  const alphabet = 'abcXYZ019 -_\'&.,:;!?()[]{}<>/\\"`~@#$%^*+=|ts';
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const titles = [
    "Conway's Law",
    "Don't Stop",
    "it's",
    "O'Reilly's",
    'Rock & Roll',
    'A&B',
    'CamelCase APIs',
    "'t 's",
    "x's't",
  ];
  for (let i = 0; i < 20_000; i++) {
    titles.push(
      Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );
  }
  for (const title of titles)
    assert.equal(slugWords(title), slugify(title, { decamelize: false }), JSON.stringify(title));
});
