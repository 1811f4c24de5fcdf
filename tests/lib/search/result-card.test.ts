import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardAttributes, cardCitation } from '../../../src/lib/reader/card-data.ts';
import { AUTHOR_SEPARATOR } from '../../../src/lib/search/query.ts';
import { resultCard } from '../../../src/lib/search/result-card.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';

const urls = createUrls('/sub/');
const topicSlugs = {
  areas: new Map([['Language & Text', 'language']]),
  topics: new Map([['Large Language Models', 'large-language-models']]),
};

test("a result as a paper card: its day, area and topics link to their pages, the abstract's excerpt keeps its marks as text", () => {
  const card = resultCard(
    {
      url: '/sub/papers/a-paper/',
      // As indexed: the title's math as words (src/lib/site/title-text.ts), then the abstract.
      content: 'Attention <Is> alpha All α. With <b> attention only.',
      locations: [0, 7],
      meta: { title: 'Attention <Is> $\\alpha$ All', date: '2026-03-24', listed: '2026-04-13', upvotes: '42' },
      filters: { area: ['Language & Text'], topic: ['Large Language Models', 'Renamed Topic'], year: ['2026'] },
    },
    urls,
    topicSlugs,
  );
  assert.deepEqual(card, {
    url: '/sub/papers/a-paper/',
    title: 'Attention <Is> α All',
    // As written, for the search page to typeset its math.
    mathTitle: 'Attention <Is> $\\alpha$ All',
    date: '2026-03-24',
    dateLabel: 'March 24, 2026',
    listed: '2026-04-13',
    listedLabel: 'April 13, 2026',
    listedUrl: '/sub/dates/2026-04-13/',
    upvotes: 42,
    byline: undefined,
    code: undefined,
    reader: undefined,
    area: { name: 'Language & Text', url: '/sub/areas/language/' },
    topics: [
      { name: 'Large Language Models', url: '/sub/topics/large-language-models/' },
      { name: 'Renamed Topic', url: undefined },
    ],
    excerpt: [
      { text: 'With <b> ', marked: false },
      { text: 'attention', marked: true },
      { text: ' only.', marked: false },
    ],
  });
});

test("a result carries the card's attributes for saving and muting, put together from the index's fields", () => {
  const paper = {
    slug: 'a-paper',
    listed: '2026-04-13',
    title: 'Attention <Is> α All',
    mathTitle: 'Attention <Is> $\\alpha$ All',
    date: '2026-03-24',
    arxiv: '2604.01234',
    authorNames: ['Ada Lovelace', 'Alan Turing'],
    topics: [{ slug: 'large-language-models' }],
  };
  const meta = {
    title: paper.mathTitle,
    date: paper.date,
    listed: paper.listed,
    authors: paper.authorNames.join(AUTHOR_SEPARATOR),
    key: cardCitation(paper).key,
    arxiv: paper.arxiv,
  };
  const filters = { topic: ['Large Language Models', 'Renamed Topic'] };
  const card = resultCard({ url: '/sub/papers/a-paper/', meta, filters }, urls, topicSlugs);
  // The same attributes as the paper's card on the pages; a topic the site no longer has is left out.
  assert.deepEqual(card.reader, cardAttributes(paper));
  // No names (a text dump) and no arXiv id: the index has neither field, the citation neither part.
  const unnamed = { ...paper, arxiv: undefined, authorNames: undefined };
  const bare = { ...meta, authors: undefined, arxiv: undefined, key: cardCitation(unnamed).key };
  assert.deepEqual(
    resultCard({ url: '/sub/papers/a-paper/', meta: bare, filters }, urls, topicSlugs).reader,
    cardAttributes(unnamed),
  );
  // An index made before it recorded citation keys: nothing to save with.
  const keyless = { ...meta, key: undefined };
  assert.equal(resultCard({ url: '/sub/papers/a-paper/', meta: keyless, filters }, urls, topicSlugs).reader, undefined);
});

test('a result gives its title as written only when it has math to typeset', () => {
  const mathTitle = (title: string) =>
    resultCard({ url: '/sub/papers/a-paper/', meta: { title }, filters: {} }, urls, topicSlugs).mathTitle;
  assert.equal(
    mathTitle('Scaling Laws for $\\ell_2$-Regularized Models'),
    'Scaling Laws for $\\ell_2$-Regularized Models',
  );
  assert.equal(mathTitle('Attention Is All You Need'), undefined);
  assert.equal(mathTitle('Models that cost $5 and $10'), undefined, 'prices are no math');
});

test('a result lacking metadata: its address for a title, no date, no upvotes, no topics', () => {
  const card = resultCard({ url: '/sub/papers/x/', meta: {}, filters: {} }, urls, topicSlugs);
  assert.equal(card.title, '/sub/papers/x/');
  assert.equal(card.mathTitle, undefined);
  assert.deepEqual([card.date, card.dateLabel, card.listed, card.listedUrl], ['', '', '', '']);
  assert.equal(card.upvotes, 0);
  assert.deepEqual(card.topics, []);
  assert.equal(card.area, undefined);
});

test('a result names its authors as the lists do, and links its code with its stars', () => {
  const card = resultCard(
    {
      url: '/sub/papers/x/',
      meta: {
        authors: 'Zuhao Yang, Sudong Wang, Kaichen Zhang, Bo Li',
        code: 'https://github.com/o/r',
        stars: '1412',
      },
      filters: { code: ['yes'] },
    },
    urls,
    topicSlugs,
  );
  assert.equal(card.byline, 'Zuhao Yang, Sudong Wang, … 4 authors');
  assert.deepEqual(card.code, { url: 'https://github.com/o/r', stars: 1412 });
  const asked = resultCard(
    { url: '/x/', meta: { authors: 'Zuhao Yang, Sudong Wang, Kaichen Zhang, Bo Li' }, filters: {} },
    urls,
    topicSlugs,
    'bo li',
  );
  assert.equal(asked.byline, 'Zuhao Yang, Sudong Wang, … Bo Li, … 4 authors', 'the author searched for');
  const few = resultCard({ url: '/x/', meta: { authors: 'A B, C D' }, filters: {} }, urls, topicSlugs);
  assert.equal(few.byline, 'A B, C D');
});

test('a code address that is not a web address is not linked; stars that are not a count are left out', () => {
  const card = (meta: Record<string, string>) => resultCard({ url: '/x/', meta, filters: {} }, urls, topicSlugs).code;
  assert.equal(card({ code: 'javascript:alert(1)' }), undefined);
  assert.deepEqual(card({ code: 'https://github.com/o/r', stars: 'many' }), {
    url: 'https://github.com/o/r',
    stars: undefined,
  });
  assert.deepEqual(card({ code: 'https://github.com/o/r' }), { url: 'https://github.com/o/r', stars: undefined });
});
