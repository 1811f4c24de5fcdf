import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchRecord, TITLE_WEIGHT } from '../../../src/lib/search/record.ts';

const paper = {
  slug: 'a-paper',
  title: 'Attention Is All You Need',
  date: '2026-03-24',
  listed: '2026-04-13',
  upvotes: 42,
  area: 'Language & Text',
  topics: ['Large Language Models', 'Efficient ML'],
  abstract: 'First paragraph with $x^2$.\n\nSecond paragraph.',
};

test('a record links to the paper page, root-relative, and carries what a paper page would', () => {
  const { url, content } = searchRecord(paper);
  assert.equal(url, '/papers/a-paper/');
  assert.match(content, /<main data-pagefind-body>/);
  assert.match(
    content,
    new RegExp(
      `<h1 data-pagefind-weight="${TITLE_WEIGHT}">Attention Is All You Need</h1><div data-pagefind-ignore><span data-pagefind-meta="title">Attention Is All You Need</span>`,
    ),
  );
  assert.match(
    content,
    /<time datetime="2026-03-24" data-year="2026" data-pagefind-meta="date\[datetime\]" data-pagefind-sort="date\[datetime\]" data-pagefind-filter="year\[data-year\]">/,
  );
  assert.match(content, /<span data-pagefind-meta="upvotes" data-pagefind-sort="upvotes">42<\/span>/);
  assert.match(content, /<span data-pagefind-meta="listed">2026-04-13<\/span>/);
  // What saving a result needs besides the facts above, escaped as the text it is; no arXiv id, no field.
  const saved = searchRecord({ ...paper, citation: { key: 'vaswani<2017>&', arxiv: '1706.03762' } }).content;
  assert.match(saved, /<span data-pagefind-meta="key">vaswani&lt;2017&gt;&amp;<\/span>/);
  assert.match(saved, /<span data-pagefind-meta="arxiv">1706\.03762<\/span>/);
  assert.doesNotMatch(searchRecord({ ...paper, citation: { key: 'k' } }).content, /arxiv/);
  assert.match(
    content,
    /<a data-pagefind-filter="area">Language &amp; Text<\/a><a data-pagefind-filter="topic">Large Language Models<\/a><a data-pagefind-filter="topic">Efficient ML<\/a>/,
  );
  // Facts and filters are not searchable text; the title and the abstract are.
  assert.match(
    content,
    /<div data-pagefind-ignore><span[^]*<\/div><p>First paragraph with \$x\^2\$\.<\/p><p>Second paragraph\.<\/p><\/main>/,
  );
});

test('untrusted text stays text: markup, quotes and ampersands are escaped', () => {
  const { content } = searchRecord({
    ...paper,
    title: '<img src=x onerror=alert(1)> "quoted" & more',
    topics: ['A "topic" <b>'],
    abstract: '</main><script>alert(1)</script>\n\n<p data-pagefind-body>',
  });
  assert.doesNotMatch(content, /<img|<script|<b>|<p data-pagefind-body>|<\/main><script/);
  assert.match(content, />&lt;img src=x onerror=alert\(1\)&gt; &quot;quoted&quot; &amp; more<\/h1>/);
  assert.match(content, />A &quot;topic&quot; &lt;b&gt;<\/a>/);
  assert.equal(content.match(/<main/g)?.length, 1);
  assert.equal(content.match(/<\/main>/g)?.length, 1);
});

test("a title's math is searched as words with the title's weight; the metadata keeps it as written", () => {
  const { content } = searchRecord({ ...paper, title: 'Scaling Laws for $\\ell_2$-Regularized Models' });
  assert.match(content, />Scaling Laws for l2-Regularized Models ell 2 ℓ₂<\/h1>/);
  assert.match(content, /<span data-pagefind-meta="title">Scaling Laws for \$\\ell_2\$-Regularized Models<\/span>/);
});

test('blank lines split paragraphs; an empty abstract leaves the title alone', () => {
  assert.match(searchRecord({ ...paper, abstract: 'one\n\n\n\ntwo\n\n' }).content, /<p>one<\/p><p>two<\/p><\/main>/);
  assert.match(searchRecord({ ...paper, abstract: '' }).content, /<\/div><\/main>/);
});

test("the authors' names are searchable metadata, not text: the excerpt stays the abstract's", () => {
  const { content } = searchRecord({
    ...paper,
    authorNames: ['Ashish Vaswani', 'Noam "N." Shazeer <ns>', 'Łukasz Kaiser'],
  });
  assert.match(
    content,
    /<div data-pagefind-ignore>[^]*<p data-pagefind-meta="authors">Ashish Vaswani, Noam &quot;N\.&quot; Shazeer &lt;ns&gt;, Łukasz Kaiser<\/p>[^]*<\/div><p>First paragraph/,
  );
  // "Ł" is no "L" with a mark, which search would fold: the names also as a reader types them.
  assert.match(
    content,
    /<p data-pagefind-meta="typed_authors">Ashish Vaswani, Noam &quot;N\.&quot; Shazeer &lt;ns&gt;, Lukasz Kaiser<\/p>[^]*<\/div>/,
  );
  assert.doesNotMatch(
    searchRecord({ ...paper, authorNames: ['Tomás Ferreira'] }).content,
    /typed_authors/,
    'search folds "á" itself',
  );
  // Names unknown (a text dump gives their count): no field at all, rather than an empty one.
  assert.doesNotMatch(searchRecord(paper).content, /authors/);
  assert.doesNotMatch(searchRecord({ ...paper, authorNames: [] }).content, /authors/);
});

test('a paper with code carries the code filter, its repository and its stars; one without carries none', () => {
  const { content } = searchRecord({
    ...paper,
    code: { url: 'https://github.com/o/r?a=1&b="2"', stars: 412 },
  });
  assert.match(
    content,
    /<div data-pagefind-ignore>[^]*<span data-pagefind-filter="code">yes<\/span><a href="https:\/\/github\.com\/o\/r\?a=1&amp;b=&quot;2&quot;" data-pagefind-meta="code\[href\]"><\/a><span data-pagefind-meta="stars">412<\/span><\/div>/,
  );
  assert.doesNotMatch(
    searchRecord({ ...paper, code: { url: 'https://github.com/o/r' } }).content,
    /data-pagefind-meta="stars"/,
  );
  assert.doesNotMatch(searchRecord(paper).content, /data-pagefind-filter="code"|data-pagefind-meta="code/);
});

test('every metadata field holds values, never field names, since Pagefind searches them all', () => {
  const { content } = searchRecord({
    ...paper,
    authorNames: ['Ashish Vaswani'],
    code: { url: 'https://github.com/a/b', stars: 3 },
    citation: { key: 'vaswani2026attention', arxiv: '1706.03762' },
  });
  const values = [...content.matchAll(/data-pagefind-meta="(\w+)(?:\[\w+\])?"[^>]*>([^<]*)</g)].map(
    ([, , value]) => value,
  );
  assert.ok(values.length >= 6, values.join(' | '));
  for (const field of ['title', 'date', 'key', 'arxiv', 'authors', 'authorNames', 'cite', 'topics'])
    assert.ok(
      !values.some((value) => new RegExp(`\\b${field}\\b`, 'i').test(value ?? '')),
      `"${field}" in ${values.join(' | ')}`,
    );
});
