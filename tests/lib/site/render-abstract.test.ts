import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderAbstract, renderThroughPipeline } from '../../../src/lib/site/render-abstract.ts';
import { stripControls } from '../../../src/lib/common/text.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

test("the fast path gives exactly the pipeline's HTML for abstracts without math or links", async () => {
  const texts = [
    ...HOSTILE_STRINGS,
    'Code at www.github.com/foo_bar/my-repo. and www.x.com/<script> a@b.co',
    'one\n\ntwo  paragraphs\twith   spaces',
    '~~strike~~ | table | *em* <b>&amp;</b> "q" \'s\' \u00a0nbsp é 中 😀',
    '1. list\n\n# heading\n\n> quote\n\n---',
  ];
  let fast = 0;
  for (const text of texts.map(stripControls)) {
    const html = await renderAbstract(text);
    assert.equal(html, await renderThroughPipeline(text), text.slice(0, 40));
    if (!/\$|:\/\//.test(text)) fast++;
  }
  assert.ok(fast >= 10, 'most cases take the fast path');
});

test('scripts, handlers and javascript: links never survive; math becomes MathML', async () => {
  const html = await renderAbstract(
    '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) https://ok.example/a $x^2$ $\\frac{a}{$',
  );
  assert.doesNotMatch(html, /<script|<img|<[^>]*\son\w+=|href="javascript:/);
  assert.match(html, /<a href="https:\/\/ok\.example\/a">/);
  assert.match(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
  assert.doesNotMatch(html, /style=/, 'KaTeX error colours are dropped (the CSP forbids inline styles)');
});

test('math in $$…$$ inside a paragraph is display math, set on a line of its own; $…$ stays inline', async () => {
  const html = await renderAbstract('We prove $$\\sum_i x_i \\le n$$ for every $n$ and $\\mathbb{E}$.');
  const [display, inline, letter] = [...html.matchAll(/<math[^>]*>/g)].map(([tag]) => tag);
  assert.match(display ?? '', /display="block"/);
  assert.doesNotMatch(`${inline}${letter}`, /display="block"/);
  assert.match(html, /<munder><mo>∑<\/mo><mi>i<\/mi><\/munder>/, 'limits below the sum, as in display');
  assert.ok(html.includes('<mi>𝔼</mi>'), 'letters in the form browsers draw');
});

test('a display formula is a block that scrolls by itself, a Tab stop while it does; inline math is not', async () => {
  const html = await renderAbstract('We prove $$\\sum_i x_i \\le n$$ for every $n$.');
  const wrappers = [...html.matchAll(/<span class="([^"]*)"([^>]*)><math/g)].map(
    ([, names, rest]) => `${names}${rest}`,
  );
  assert.deepEqual(wrappers, [
    'katex math-block role="group" aria-label="Formula" tabindex="0" data-may-scroll=""',
    'katex',
  ]);
});
