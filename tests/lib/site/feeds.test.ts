import assert from 'node:assert/strict';
import { test } from 'node:test';
import rss from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { SaxesParser } from 'saxes';
import {
  isStillListed,
  periodFeedItems,
  channelOf,
  feedChannel,
  feedItems,
  opml,
  publicationDate,
  SITE_FEEDS,
  listFeedTitle,
  xmlSafe,
} from '../../../src/lib/site/feeds.ts';
import { SITE_NAME } from '../../../src/lib/site/constants.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';
import { xmlError } from '../../helpers/xml.ts';

const NASTY = ['a\u0000b\u0008c\u000bd\u001fe\ufffef\uffff', 'lone \ud800 surrogate \udc00', ...HOSTILE_STRINGS];

test('xmlSafe removes exactly what XML 1.0 forbids', () => {
  assert.equal(xmlSafe('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg'), 'abcdefg');
  assert.equal(xmlSafe('tab\tlf\ncr\r😀 é \u0085'), 'tab\tlf\ncr\r😀 é \u0085');
  assert.equal(xmlSafe('x\ud800y\udc00z\ud83d\ude00'), 'xyz\ud83d\ude00');
});

test('pubDate: the paper day at midnight UTC, RFC 822', () => {
  assert.equal(publicationDate('2024-02-29').toUTCString(), 'Thu, 29 Feb 2024 00:00:00 GMT');
});

async function buildFeed(): Promise<string> {
  const papers = NASTY.map((text, i) => ({
    title: `${text.slice(0, 200)} ${i}`,
    date: '2024-01-0' + ((i % 9) + 1),
    abstract: text,
    url: `/sub/papers/p${i}/`,
    topics: [text.slice(0, 30), 'LLM & <friends>'],
  }));
  const response = await rss({
    title: 'T & <t>',
    description: 'd',
    site: 'https://example.org/sub/',
    items: feedItems(papers, 'https://example.org/sub/'),
  });
  return response.text();
}

test('a feed of hostile text is well-formed XML with unique guids, and an RSS reader reads it back', async () => {
  const xml = await buildFeed();
  assert.equal(xmlError(xml), undefined);
  const parsed = new XMLParser().parse(xml);
  const guids = parsed.rss.channel.item.map((item: { guid: string }) => item.guid);
  assert.equal(new Set(guids).size, NASTY.length);
  const feed = await new Parser().parseString(xml);
  assert.equal(feed.items.length, NASTY.length);
  assert.equal(feed.items[2]?.title?.startsWith('<script>alert("x")</script>'), true, 'text stays text');
  // Readers render a description as HTML: once decoded from XML it must still be escaped text.
  assert.equal(
    feed.items[2]?.content,
    '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>',
  );
  assert.equal(feed.items[0]?.link, 'https://example.org/sub/papers/p0/');
  assert.ok(!xml.includes('<script>'), 'markup is escaped');
  assert.ok(!xml.includes(']]>'));
});

test("a description's math is readable text, as the item's title has it; prices stay as written", () => {
  const [item] = feedItems(
    [
      {
        title: 'ℓ₂-Regularized Models',
        date: '2026-04-13',
        abstract: 'We study $\\ell_2$ regularization of $x^2$ at $5 and $10.\n\nIt bounds $$\\sum_i x_i$$ below.',
        url: '/papers/l2/',
        topics: [],
      },
    ],
    'https://example.org/',
  );
  assert.equal(
    item?.description,
    '<p>We study ℓ₂ regularization of x² at $5 and $10.</p><p>It bounds ∑_i x_i below.</p>',
  );
});

test('a channel links to its page under the base path and names its own URL', async () => {
  const channel = feedChannel({
    title: 'Digest: LLM & <friends>\u0000',
    description: 'd',
    pageUrl: 'https://example.org/sub/topics/llm/',
    feedUrl: 'https://example.org/sub/topics/llm/rss.xml?a=1&b="2"',
  });
  const xml = await (await rss({ ...channel, items: [] })).text();
  assert.equal(xmlError(xml), undefined);
  const { channel: parsed } = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
  assert.equal(parsed.link, 'https://example.org/sub/topics/llm/');
  assert.equal(parsed.title, 'Digest: LLM & <friends>');
  assert.equal(parsed.language, 'en');
  assert.deepEqual(parsed['atom:link'], {
    '@_href': 'https://example.org/sub/topics/llm/rss.xml?a=1&b="2"',
    '@_rel': 'self',
    '@_type': 'application/rss+xml',
  });
  const feed = await new Parser().parseString(xml);
  assert.equal(feed.link, 'https://example.org/sub/topics/llm/');
});

test('without xmlSafe the trap is real: @astrojs/rss passes control characters through', async () => {
  const response = await rss({
    title: 't',
    description: 'd',
    site: 'https://example.org/',
    items: [{ title: 'a\u0000b', link: '/x/' }],
  });
  assert.match(xmlError(await response.text()) ?? '', /disallowed character/);
});

test('the day-by-day feed: one item a day listing every paper, hostile titles as text', async () => {
  const papers = NASTY.map((text, i) => ({
    title: `${text.slice(0, 80)} ${i}`,
    url: `/sub/papers/p${i}/`,
    upvotes: i,
  }));
  const items = periodFeedItems(
    [
      {
        date: '2026-04-13',
        label: 'April 13, 2026',
        url: '/sub/dates/2026-04-13/',
        count: papers.length,
        shown: papers,
      },
      {
        date: '2026-04-12',
        label: 'April 12, 2026',
        url: '/sub/dates/2026-04-12/',
        count: 1,
        shown: papers.slice(1, 2),
      },
    ],
    'https://example.org/sub/',
  );
  const xml = await (await rss({ title: 't', description: 'd', site: 'https://example.org/sub/', items })).text();
  assert.equal(xmlError(xml), undefined);
  const feed = await new Parser().parseString(xml);
  assert.deepEqual(
    feed.items.map(({ title, link, pubDate }) => [title, link, pubDate]),
    [
      [
        `April 13, 2026: ${NASTY.length} papers`,
        'https://example.org/sub/dates/2026-04-13/',
        'Mon, 13 Apr 2026 00:00:00 GMT',
      ],
      ['April 12, 2026: 1 paper', 'https://example.org/sub/dates/2026-04-12/', 'Sun, 12 Apr 2026 00:00:00 GMT'],
    ],
  );
  // Readers render the description as HTML: a list of links whose titles stay text.
  const list = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(feed.items[0]?.content ?? '').ol.li;
  assert.equal(list.length, NASTY.length);
  assert.deepEqual(
    list.map((item: { a: { '@_href': string } }) => item.a['@_href']),
    papers.map((_, i) => `https://example.org/sub/papers/p${i}/`),
  );
  assert.ok(!(feed.items[0]?.content ?? '').includes('<script>'));
  assert.match(feed.items[1]?.content ?? '', /\(1 upvote\)<\/li><\/ol>$/);
  // Shown once: the guid is the day's page.
  assert.deepEqual(
    feed.items.map(({ guid }) => guid),
    ['https://example.org/sub/dates/2026-04-13/', 'https://example.org/sub/dates/2026-04-12/'],
  );
});

test('the newest period is still being listed, unless it is the only one; its item says "so far" under a guid of its own', async () => {
  assert.deepEqual(
    [0, 1, 2].map((index) => isStillListed(index, 3)),
    [true, false, false],
  );
  assert.equal(isStillListed(0, 1), false, 'an archive of one day has nothing later to wait for');
  const week = (stillListed: boolean) =>
    periodFeedItems(
      [
        {
          date: '2026-04-14',
          label: 'Week 16, 2026 (Apr 13–Apr 19)',
          url: '/weeks/2026-W16/',
          count: 47,
          shown: [{ title: 'Best', url: '/p/best/', upvotes: 90 }],
          stillListed,
        },
      ],
      'https://e.org/',
    );
  const parsed = async (items: ReturnType<typeof week>) =>
    (
      await new Parser().parseString(
        await (await rss({ title: 't', description: 'd', site: 'https://e.org/', items })).text(),
      )
    ).items[0];
  const sofar = await parsed(week(true));
  const over = await parsed(week(false));
  assert.equal(sofar?.title, 'Week 16, 2026 (Apr 13–Apr 19), so far: top 1 of 47 papers');
  assert.equal(over?.title, 'Week 16, 2026 (Apr 13–Apr 19): top 1 of 47 papers');
  // Readers show the whole week again once it is over, and only then.
  assert.equal(sofar?.guid, 'https://e.org/weeks/2026-W16/#so-far');
  assert.equal(over?.guid, 'https://e.org/weeks/2026-W16/');
  assert.equal(sofar?.link, over?.link);
});

test("a week's item lists its best papers and says how many it has; its guid is its page, whatever its best", async () => {
  const best = { title: 'Best', url: '/p/best/', upvotes: 90 };
  const week = (shown: (typeof best)[]) =>
    periodFeedItems(
      [{ date: '2026-04-19', label: 'Week 16, 2026 (Apr 13–Apr 19)', url: '/weeks/2026-W16/', count: 312, shown }],
      'https://e.org/',
    );
  const [item] = week([best]);
  assert.equal(item?.title, 'Week 16, 2026 (Apr 13–Apr 19): top 1 of 312 papers');
  assert.equal(item?.link, 'https://e.org/weeks/2026-W16/');
  // Upvotes reorder a week's best: readers must not show the week again for that.
  const guids = [];
  for (const shown of [[best], [{ ...best, title: 'Overtaken', url: '/p/other/' }, best]]) {
    const xml = await (await rss({ title: 't', description: 'd', site: 'https://e.org/', items: week(shown) })).text();
    guids.push((await new Parser().parseString(xml)).items[0]?.guid);
  }
  assert.deepEqual(guids, ['https://e.org/weeks/2026-W16/', 'https://e.org/weeks/2026-W16/']);
});

/** A namespace-aware parse: an element whose prefix the feed does not declare is an error. */
function namespaceError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

const CHANNEL = feedChannel({
  title: 't',
  description: 'd',
  pageUrl: 'https://example.org/sub/',
  feedUrl: 'https://example.org/sub/rss.xml',
});

test('an item names its authors in one dc:creator, hostile names as text; a paper whose names are unknown names none', async () => {
  const papers = NASTY.map((text, i) => ({
    title: `Paper ${i}`,
    date: '2025-12-01',
    abstract: 'An abstract.',
    url: `/sub/papers/p${i}/`,
    topics: [],
    authorNames: [text.slice(0, 200), ' Ada Lovelace ', `Grace O'Hopper & <co>`],
  }));
  const unnamed = { title: 'Unnamed', date: '2025-12-01', abstract: 'A.', url: '/sub/papers/u/', topics: [] };
  const items = feedItems(
    [...papers, unnamed, { ...unnamed, url: '/sub/papers/v/', authorNames: [] }],
    'https://example.org/sub/',
  );
  const xml = await (await rss({ ...CHANNEL, items })).text();
  assert.equal(xmlError(xml), undefined);
  assert.equal(namespaceError(xml), undefined, 'the dc prefix is declared');
  assert.match(xml, /<rss version="2\.0" xmlns:atom="[^"]+" xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/">/);
  assert.ok(!xml.includes('<script>'), 'markup is escaped');
  const feed = await new Parser().parseString(xml);
  assert.deepEqual(
    feed.items.map(({ creator }) => creator),
    [
      ...NASTY.map((text) => `${xmlSafe(text.slice(0, 200)).trim()}, Ada Lovelace, Grace O'Hopper & <co>`),
      undefined,
      undefined,
    ],
  );
  assert.equal(xml.match(/<dc:creator>/g)?.length, NASTY.length, 'one element an item');
  // RSS's <author> is an e-mail address: never a name.
  assert.doesNotMatch(xml, /<author>/);
});

test("an item links the paper's page and, under its abstract, its arXiv page", async () => {
  const paper = {
    title: 'From Code Foundation Models to Agents',
    date: '2025-11-23',
    abstract: 'First.\n\nSecond.',
    url: '/sub/papers/from-code/',
    topics: [],
    authorNames: ['Jian Yang'],
  };
  const items = feedItems(
    [
      { ...paper, arxiv: '2511.18538' },
      { ...paper, url: '/sub/papers/old/', arxiv: 'hep-th/9901001' },
      { ...paper, url: '/sub/papers/none/' },
    ],
    'https://example.org/sub/',
  );
  const xml = await (await rss({ ...CHANNEL, items })).text();
  assert.equal(xmlError(xml), undefined);
  const feed = await new Parser().parseString(xml);
  assert.deepEqual(
    feed.items.map(({ link, guid, content }) => [link, guid, content]),
    [
      [
        'https://example.org/sub/papers/from-code/',
        'https://example.org/sub/papers/from-code/',
        '<p>First.</p><p>Second.</p><p><a href="https://arxiv.org/abs/2511.18538">arXiv:2511.18538</a></p>',
      ],
      [
        'https://example.org/sub/papers/old/',
        'https://example.org/sub/papers/old/',
        '<p>First.</p><p>Second.</p><p><a href="https://arxiv.org/abs/hep-th/9901001">arXiv:hep-th/9901001</a></p>',
      ],
      ['https://example.org/sub/papers/none/', 'https://example.org/sub/papers/none/', '<p>First.</p><p>Second.</p>'],
    ],
  );
});

test("OPML lists every feed, well-formed: the site's at the top, each area's and its topics' in a folder", () => {
  const xml = opml(
    'Paper Digest & co',
    [{ title: 'All <papers>', feedUrl: 'https://e.org/rss.xml', pageUrl: 'https://e.org/' }],
    [
      {
        title: 'Vision & co',
        feeds: [
          { title: 'Vision (area)', feedUrl: 'https://e.org/areas/v/rss.xml', pageUrl: 'https://e.org/areas/v/' },
          {
            title: 'Topic \u0000 "quoted"',
            feedUrl: 'https://e.org/topics/a/rss.xml',
            pageUrl: 'https://e.org/topics/a/',
          },
        ],
      },
    ],
  );
  assert.equal(xmlError(xml), undefined);
  const outlines = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'outline' }).parse(xml).opml
    .body.outline;
  const text = (outline: Record<string, string>) => outline['@_text'];
  assert.deepEqual(outlines.map(text), ['All <papers>', 'Vision & co']);
  assert.equal(outlines[0]['@_xmlUrl'], 'https://e.org/rss.xml');
  assert.equal(outlines[1]['@_xmlUrl'], undefined, 'a folder is no feed');
  assert.deepEqual(outlines[1].outline.map(text), ['Vision (area)', 'Topic  "quoted"']);
});

test("a feed's channel: the site's newest papers, its days, or a topic's or an area's, with absolute URLs", () => {
  const site = new URL('https://example.org/');
  assert.deepEqual(channelOf(site, 'newest'), {
    title: SITE_NAME,
    description: SITE_FEEDS.newest.description,
    pageUrl: 'https://example.org/',
    feedUrl: 'https://example.org/rss.xml',
  });
  assert.deepEqual(channelOf(site, 'days'), {
    title: `${SITE_NAME}: day by day`,
    description: SITE_FEEDS.days.description,
    pageUrl: 'https://example.org/dates/',
    feedUrl: 'https://example.org/dates/rss.xml',
  });
  const topic = {
    kind: 'topic' as const,
    name: 'Speech',
    description: 'Speech papers.',
    url: '/topics/speech/',
    feedUrl: '/topics/speech/rss.xml',
  };
  assert.deepEqual(channelOf(site, topic), {
    title: `${SITE_NAME}: Speech`,
    description: 'Speech papers.',
    pageUrl: 'https://example.org/topics/speech/',
    feedUrl: 'https://example.org/topics/speech/rss.xml',
  });
  // An area may share a topic's name: its feed says it is the area's.
  assert.deepEqual(channelOf(site, { ...topic, kind: 'area', url: '/areas/audio/', feedUrl: '/areas/audio/rss.xml' }), {
    title: `${SITE_NAME}: Speech (area)`,
    description: 'Speech papers.',
    pageUrl: 'https://example.org/areas/audio/',
    feedUrl: 'https://example.org/areas/audio/rss.xml',
  });
  assert.equal(listFeedTitle({ kind: 'topic', name: 'Speech' }), `${SITE_NAME}: Speech`);
});
