/**
 * Trends on the built fixture site: a topic page's chart table against the collection it was
 * built from (each paper counted in the month of its listing day), and the home page's rising topics.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { readPaperFile } from '../../src/lib/ingest/paper-file.ts';
import { listingDay } from '../../src/lib/site/listing-day.ts';
import { siteBuilt, useFixtureSite } from '../helpers/site.ts';

const site = useFixtureSite();

/** Each paper of the collection: its listing day, its area's and its topics' slugs. */
let collection: { listed: string; area: string; topics: string[] }[] = [];

before(async () => {
  await siteBuilt(site);
  collection = readdirSync(site.papers)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const { data } = readPaperFile(readFileSync(join(site.papers, file), 'utf8'));
      return {
        listed: listingDay(data.sources as { captured: string }[]),
        area: data.area as string,
        topics: data.topics as string[],
      };
    });
});

const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

/** The chart's table on a page: month (`YYYY-MM`) → papers. */
function chartTable(html: string): Map<string, number> {
  const rows = html.matchAll(
    /<tr><th scope="row"><time datetime="(\d{4}-\d{2})">[^<]*<\/time><\/th><td>(\d+)<\/td><\/tr>/g,
  );
  return new Map([...rows].map(([, month, papers]) => [month as string, Number(papers)]));
}

test("a topic's and an area's page chart their papers per listed month, every month of the collection", () => {
  const months = collection.map(({ listed }) => listed.slice(0, 7)).sort();
  const [first, last] = [months[0] as string, months.at(-1) as string];
  const labels = [
    ['topics', 'speech-audio'],
    ['topics', 'computer-vision'],
    ['areas', 'audio'],
    ['areas', 'vision'],
  ] as const;
  for (const [kind, slug] of labels) {
    const html = page(`${kind}/${slug}`);
    const table = chartTable(html);
    const expected = new Map<string, number>();
    for (const month of table.keys()) expected.set(month, 0);
    for (const { listed, area, topics } of collection)
      if (kind === 'topics' ? topics.includes(slug) : area === slug)
        expected.set(listed.slice(0, 7), (expected.get(listed.slice(0, 7)) ?? 0) + 1);
    assert.deepEqual(table, expected, slug);
    const keys = [...table.keys()];
    assert.equal(keys[0], first);
    assert.equal(keys.at(-1), last);
    // One bar a month, in an image named for what it shows.
    assert.equal(html.match(/<rect /g)?.length, table.size);
    assert.match(
      html,
      /<svg class="trend-chart"[^>]* role="img" aria-label="Papers per month in [^"]+, Dec 2025 – Apr 2026"/,
    );
  }
  assert.ok((chartTable(page('topics/speech-audio')).get('2026-01') ?? 0) >= 60);
  assert.ok((chartTable(page('areas/audio')).get('2026-01') ?? 0) >= 60);
  // Their later pages have no chart.
  assert.equal(chartTable(page('topics/speech-audio/1')).size, 0);
  assert.equal(chartTable(page('areas/audio/1')).size, 0);
});

test('the home page lists rising topics with their papers of the last 30 days, as the collection has them', () => {
  const html = page('');
  const section = /<section aria-labelledby="rising">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
  const items = [
    ...section.matchAll(
      /<li><a href="[^"]*\/topics\/([^/"]+)\/">[^<]+<\/a> <span class="count">(\d+) in the last 30 days · ([^<]+)<\/span><\/li>/g,
    ),
  ];
  assert.ok(items.length > 0, 'some topics are rising');
  const newest = collection
    .map(({ listed }) => listed)
    .sort()
    .at(-1) as string;
  const daysBefore = (day: string) => (Date.parse(newest) - Date.parse(day)) / 86_400_000;
  for (const [, slug, recent, before] of items) {
    assert.notEqual(slug, 'other');
    const papers = collection.filter(({ topics }) => topics.includes(slug as string));
    assert.equal(Number(recent), papers.filter(({ listed }) => daysBefore(listed) < 30).length, slug);
    if (before === 'new') assert.ok(!papers.some(({ listed }) => daysBefore(listed) >= 30 && daysBefore(listed) < 210));
  }
});
