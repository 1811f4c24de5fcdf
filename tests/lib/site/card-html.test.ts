import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTagsHtml, paperCardHtml, saveToggleHtml } from '../../../src/lib/site/card-html.ts';
import { RESULT_TEMPLATE } from '../../../src/lib/search/result-card.ts';
import type { CardFacts } from '../../../src/lib/site/paper-card.ts';
import { titleHtml } from '../../../src/lib/site/title-html.ts';

const paper: CardFacts = {
  url: '/papers/tiny-lm/',
  title: 'Tiny <LM> & "friends"',
  titleHtml: 'Tiny &lt;LM&gt; &amp; <em>friends</em>',
  date: '2026-04-10',
  dateLabel: 'April 10, 2026',
  listed: '2026-04-13',
  listedLabel: 'April 13, 2026',
  listedUrl: '/dates/2026-04-13/',
  standing: { rank: 3, of: 47 },
  upvotes: 1,
  byline: "Ada O'Neil, … 4 authors",
  code: { url: 'https://github.com/a/b?x=1&y="2"', stars: 12 },
  area: { name: 'Language & Text', url: '/areas/language/' },
  topics: [{ name: 'Reasoning', url: '/topics/reasoning/' }, { name: 'Gone' }],
  summaryHtml: titleHtml('We <script>alert(1)</script> show…'),
  reader: { slug: 'tiny-lm', listed: '2026-04-13', topics: 'reasoning', cite: '{"title":"Tiny <LM> & \\"friends\\""}' },
};

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
/** What a screen reader reads of a card: its text without tags or what is hidden from it, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<(\w+)[^>]* aria-hidden="true"[^>]*>.*?<\/\1>/g, '')
    .replace(/<(?:[^>"]|"[^"]*")*>/g, '')
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] as string)
    .replace(/\s+/g, ' ')
    .trim();

test('a card escapes its text and attributes as Astro does, and keeps the title as typeset HTML', () => {
  const html = paperCardHtml(paper);
  assert.match(html, /<h3><a href="\/papers\/tiny-lm\/">Tiny &lt;LM&gt; &amp; <em>friends<\/em><\/a><\/h3>/);
  assert.match(html, /<p class="summary">We &lt;script&gt;alert\(1\)&lt;\/script&gt; show…<\/p>/);
  assert.match(html, /<span class="byline">Ada O&#39;Neil, … 4 authors<\/span>/);
  assert.match(html, / data-cite="\{&quot;title&quot;:&quot;Tiny <LM> &amp; \\&quot;friends\\&quot;&quot;\}"/);
  assert.match(
    html,
    /<a class="code" href="https:\/\/github.com\/a\/b\?x=1&amp;y=&quot;2&quot;" rel="noopener noreferrer">Code<\/a><span class="stars"> \(12 stars\)<\/span>/,
  );
  assert.match(html, /<span class="save-title">Tiny &lt;LM&gt; &amp; &quot;friends&quot;<\/span>/);
  assert.doesNotMatch(html, /<script>/);
});

test('a full card reads rank, upvotes, the listing day, the publication, authors and code in order, then its tags', () => {
  const html = paperCardHtml(paper, { headingLevel: 2 });
  assert.match(html, /^<li class="paper-item" data-slug="tiny-lm" data-listed="2026-04-13" data-topics="reasoning"/);
  assert.match(html, /<h2>/);
  assert.equal(
    text(html),
    'Tiny <LM> & friends #3 of 47 that day · 1 upvote · listed April 13, 2026 · published April 10, 2026 · ' +
      "Ada O'Neil, … 4 authors · Code (12 stars) Language & Text Reasoning Gone We <script>alert(1)</script> show… " +
      'Save Tiny <LM> & "friends"',
  );
  assert.match(html, /<li><a>Gone<\/a><\/li>/, 'a topic the page does not know is named, not linked');
  assert.doesNotMatch(paperCardHtml(paper, { showDate: false }), /class="listed"/);
});

test('a compact row puts upvotes and Save in its head and the rest behind the summary, which opens to a link to the full abstract', () => {
  const html = paperCardHtml(paper, { compact: true, showDate: false });
  assert.match(html, /^<li class="paper-item paper-row"/);
  assert.match(
    html,
    /<div class="row-head"> <h3>.*<\/h3> <span class="upvotes">1<span class="upvote-word"> upvote<\/span><\/span> <div class="reader-actions">/,
  );
  assert.match(
    html,
    /<\/div> <p class="meta"> <span class="standing">#3 of 47 that day<\/span> · <span class="published">/,
  );
  assert.match(
    html,
    /<div class="row-abstract"><p><a href="\/papers\/tiny-lm\/#abstract-heading">Full abstract<span class="visually-hidden"> of Tiny &lt;LM&gt; &amp; &quot;friends&quot;<\/span><\/a><\/p><\/div>/,
  );
  assert.match(html, /<a class="code"[^>]*>Code<\/a><span class="stars"> \(12 stars\)<\/span> <\/p> <\/details>/);
  assert.doesNotMatch(html, /class="listed"/, 'a row on its day page');
  // A week's or a month's row names its day before its tags.
  assert.match(
    paperCardHtml(paper, { compact: true }),
    /<div class="row-body"> <a class="listed" href="\/dates\/2026-04-13\/">listed <time datetime="2026-04-13">April 13, 2026<\/time><\/a> <ul class="tags"/,
  );
});

test("a row's disclosure is named for its paper, its summary's first line shown but left out of the name", () => {
  const html = paperCardHtml(
    { ...paper, title: 'Sorting in O(n log n)', titleHtml: titleHtml('Sorting in $O(n \\log n)$') },
    { compact: true },
  );
  const summary = /<summary>(.*?)<\/summary>/.exec(html)?.[1] ?? '';
  assert.equal(
    summary,
    '<span class="row-label">Abstract<span class="visually-hidden"> of Sorting in O(n log n)</span></span>' +
      '<span class="summary" aria-hidden="true">We &lt;script&gt;alert(1)&lt;/script&gt; show…</span>',
  );
});

test('a card without reader data has no Save toggle, and empty facts make bare attributes (the search template)', () => {
  const html = paperCardHtml({
    ...paper,
    reader: undefined,
    url: '',
    standing: undefined,
    byline: undefined,
    code: undefined,
  });
  assert.doesNotMatch(html, /save-toggle|data-slug|standing|byline|class="code"/);
  assert.match(html, /<h3><a href>/);
  const template = paperCardHtml({ ...paper, reader: { slug: '', listed: '', topics: '', cite: '' } });
  assert.match(template, /^<li class="paper-item" data-slug data-listed data-topics data-cite>/);
  const searchTemplate = paperCardHtml(RESULT_TEMPLATE);
  assert.match(
    searchTemplate,
    /<li class="area"><a href>[^<]*<\/a><\/li> <li><a href>/,
    'an area tag, and a topic tag to copy',
  );
});

test('tags put the area first under "Area and topics", or say "Topics"; none make no list', () => {
  assert.equal(
    labelTagsHtml([{ name: 'A & B', url: '/topics/a/' }]),
    '<ul class="tags" aria-label="Topics"> <li><a href="/topics/a/">A &amp; B</a></li> </ul>',
  );
  assert.match(
    labelTagsHtml([], { name: 'Vision', url: '/areas/vision/' }),
    /aria-label="Area and topics"> <li class="area">/,
  );
  assert.equal(labelTagsHtml([]), '');
  assert.equal(
    labelTagsHtml(
      [
        { name: 'Computer Vision', url: '/topics/computer-vision/' },
        { name: '3D Vision', url: '/topics/3d-vision/' },
      ],
      { name: 'Computer Vision', url: '/areas/vision/' },
    ),
    '<ul class="tags" aria-label="Area and topics"> <li class="area"><a href="/areas/vision/">Computer Vision</a></li> <li><a href="/topics/3d-vision/">3D Vision</a></li> </ul>',
    'a topic named as the area is not shown twice',
  );
  assert.equal(
    saveToggleHtml('Tiny'),
    '<button type="button" class="save-toggle" aria-pressed="false" hidden><span class="save-word" aria-hidden="true">Save</span><span class="visually-hidden">Save <span class="save-title">Tiny</span></span></button>',
    'the word shown, which says the state, is left out of the name: aria-pressed says it',
  );
});

test("a title with math is named by its readable text, which Chromium's names would lose; one without needs no label", () => {
  const math = paperCardHtml({
    ...paper,
    title: 'Sorting in O(n log n)',
    titleHtml: titleHtml('Sorting in $O(n \\log n)$'),
  });
  assert.match(
    math,
    /<a href="\/papers\/tiny-lm\/" aria-label="Sorting in O\(n log n\)">Sorting in <span class="katex">/,
  );
  assert.doesNotMatch(paperCardHtml(paper), /aria-label="Tiny/);
});
