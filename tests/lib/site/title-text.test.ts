import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleHtml } from '../../../src/lib/site/title-html.ts';
import { SUMMARY_LENGTH } from '../../../src/lib/common/text.ts';
import { abstractSummary, mathTitle, plainText, searchQuery, searchTitle } from '../../../src/lib/site/title-text.ts';

const L2 = 'Scaling Laws for $\\ell_2$-Regularized Models';

test('a title without math is the same in every form, escaped as HTML', () => {
  const title = 'Attention <Is> All & "You" Need';
  assert.equal(plainText(title), title);
  assert.equal(searchTitle(title), title);
  assert.equal(titleHtml(title), 'Attention &lt;Is&gt; All &amp; &quot;You&quot; Need');
});

test('math in a title is typeset as MathML, its TeX kept as the annotation', () => {
  const html = titleHtml(L2);
  assert.match(html, /^Scaling Laws for <span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
  assert.match(html, /<msub><mi mathvariant="normal">ℓ<\/mi><mn>2<\/mn><\/msub>/);
  assert.match(html, /<annotation encoding="application\/x-tex">\\ell_2<\/annotation>/);
  assert.match(html, /<\/span>-Regularized Models$/);
  assert.doesNotMatch(html, /style=/, 'no inline style (the CSP forbids them)');
});

test('math cannot style or cover the page: no inline style, sizes capped', () => {
  for (const tex of ['\\pmb{x}', '\\fcolorbox{red}{blue}{x}', '\\color{red}{x}'])
    assert.doesNotMatch(titleHtml(`$${tex}$`), / style="/);
  const huge = titleHtml('$\\rule{100000em}{100000em}$ and $\\kern{9999em}$');
  assert.doesNotMatch(huge, /="\d{2,}(?:\.\d+)?em"/, huge);
  assert.match(huge, /width="4em"/);
});

test('math KaTeX cannot read, or markup inside math, stays text', () => {
  assert.equal(titleHtml('Bad $\\frac{$ bound'), 'Bad $\\frac{$ bound');
  assert.doesNotMatch(titleHtml('$<img src=x onerror=alert(1)>$'), /<img/);
});

test('dollars that are not math stay text: a price, a lone or spaced dollar', () => {
  for (const title of ['It costs $5 and $10', 'A $ sign', 'Spaced $ x $ math', '$$']) {
    assert.equal(plainText(title), title);
    assert.doesNotMatch(titleHtml(title), /<math/);
    assert.equal(mathTitle(title), undefined, 'nothing to typeset');
  }
  assert.equal(mathTitle(L2), L2);
});

test('as text, math reads as characters where it can, TeX where it cannot', () => {
  assert.equal(plainText(L2), 'Scaling Laws for ℓ₂-Regularized Models');
  assert.equal(
    plainText('$O(n \\log n)$ sorting in $\\mathcal{O}(1)$ space for $\\alpha$-$\\beta$ pruning'),
    'O(n log n) sorting in O(1) space for α-β pruning',
  );
  assert.equal(plainText('$x^2$ and $x^{n+1}$ and $x^{ab}$ and $O(n^k)$'), 'x² and xⁿ⁺¹ and x^(ab) and O(n^k)');
  assert.equal(plainText('$\\frac{a}{b}$ rules'), '\\frac{a}{b} rules');
});

test('for the index, math is written as one types it, its other forms after the title', () => {
  assert.equal(searchTitle(L2), 'Scaling Laws for l2-Regularized Models ell 2 ℓ₂');
  assert.equal(searchTitle('Sorting with $k$-wise Comparisons'), 'Sorting with k-wise Comparisons');
  assert.equal(
    searchTitle('$\\alpha$-Divergence and $\\mathcal{O}(1)$ Memory in $O(n \\log n)$'),
    'alpha-Divergence and O1 Memory in Onlogn α O 1 O(1) O n log n O(n log n)',
  );
});

test("a summary never ends inside the abstract's math, which lists typeset whole", () => {
  const before = 'We bound the error of the estimator under heavy tails, '.repeat(4);
  const formula = '$\\epsilon \\le \\frac{C}{\\sqrt{n}}$';
  const abstract = `${before}showing ${formula} for every $n$ and more words after it.`;
  const mathStart = abstract.indexOf('$');
  assert.ok(mathStart < SUMMARY_LENGTH && SUMMARY_LENGTH < abstract.indexOf('$', mathStart + 1));
  assert.equal(abstractSummary(abstract), `${before}showing ${formula}…`, 'a formula ending near the cut is kept');
  const long = `$${'x + '.repeat(40)}y$`;
  assert.equal(abstractSummary(`${before}showing ${long} and more.`), `${before}showing…`, 'a long one is left out');
  const allMath = `$${'\\alpha + '.repeat(40)}b$ and the rest of the abstract.`;
  const cutAsText = abstractSummary(allMath);
  assert.ok(
    cutAsText.startsWith('$\\alpha') && cutAsText.length <= SUMMARY_LENGTH + 1,
    'one that starts it and runs on is cut as text',
  );
  assert.equal(abstractSummary(`We $${'a+'.repeat(40)}b$ then ${'word '.repeat(60)}`).startsWith('We $a+a+'), true);
  assert.equal(abstractSummary('Short, with $$x$$.'), 'Short, with $$x$$.');
  assert.equal(abstractSummary('Short, with $x$.'), 'Short, with $x$.');
  assert.equal(abstractSummary(`Costs $5 and ${'more words '.repeat(30)}`).includes('$5'), true, 'a price is no math');
});

test('a title pasted as the pages show it as text is searched as its math is typed', () => {
  assert.equal(searchQuery('Scaling Laws for ℓ₂-Regularized Models'), 'Scaling Laws for l2-Regularized Models');
  assert.equal(searchQuery('β-VAE with x² terms'), 'β-VAE with x2 terms', 'a Greek letter may be text');
  assert.equal(searchQuery('plain words'), 'plain words');
  assert.equal(searchQuery('$\\ell_2$-Regularized'), searchTitle('$\\ell_2$-Regularized'), 'TeX as titles are indexed');
});

test('full-width letters and ligatures are indexed and searched as the plain words they stand for too', () => {
  assert.equal(searchTitle('Ｆｕｌｌｗｉｄｔｈ and ﬁne Words'), 'Ｆｕｌｌｗｉｄｔｈ and ﬁne Words Fullwidth fine');
  assert.equal(searchTitle('Plain Title'), 'Plain Title');
  assert.equal(searchQuery('ｆｕｌｌｗｉｄｔｈ'), 'fullwidth');
  assert.equal(searchQuery('ℓ₂ ﬁne'), 'l2 fine');
});

test('letters search does not fold are indexed as the plain letters readers type too', () => {
  assert.equal(
    searchTitle('Crème Brûlée: Straße for Æsthetic Models'),
    'Crème Brûlée: Straße for Æsthetic Models Strasse AEsthetic',
  );
  assert.equal(searchTitle('Crème Brûlée'), 'Crème Brûlée', 'search folds "è" and "û" itself');
  // Every word of a query must match: a form only titles hold would lose the abstracts' matches.
  assert.equal(searchQuery('Straße Æsthetic'), 'Straße Æsthetic');
});

test('Chinese and Japanese, written without spaces, are indexed with the suffixes of each run (at most 32): found by any part', () => {
  assert.equal(searchTitle('大规模语言 LLM 日本語'), '大规模语言 LLM 日本語 规模语言 模语言 语言 言 本語 語');
  assert.equal(searchTitle('한국어 모델'), '한국어 모델', 'Korean has spaces between its words');
  assert.equal(searchQuery('大规模语言 王小明'), '大规模语言 王小明', 'a query is matched by the start of a word');
  const long = searchTitle('语'.repeat(100)).split(' ');
  assert.equal(long.length, 1 + 32, 'a run of any length adds a bounded number of words');
});
