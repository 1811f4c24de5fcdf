import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paperFileText } from '../../../src/lib/ingest/paper-file.ts';
import { assignShards, indexedPart, shardFingerprint, type DatedPaper } from '../../../src/lib/search/shards.ts';

/** `count` papers on `date`, named after it. */
const on = (date: string, count = 1): DatedPaper[] =>
  Array.from({ length: count }, (_, i) => ({ slug: `p-${date}-${i}`, date, year: date.slice(0, 4) }));
const summary = (papers: DatedPaper[], min?: number, max?: number) =>
  assignShards(papers, min, max).map(({ name, from, to, slugs }) => `${name} ${from}..${to} ${slugs.length}`);

test("the newest month, the newest year's months before it, each year before: newest first", () => {
  const papers = [
    ...on('2026-11-03', 3),
    ...on('2026-10-31'),
    ...on('2026-01-02'),
    ...on('2025-06-01', 2),
    ...on('2024-12-31'),
  ];
  assert.deepEqual(summary(papers, 1), [
    '2026-11 2026-11..2026-11 3',
    '2026-01-to-10 2026-01..2026-10 2',
    '2025 2025-01..2025-12 2',
    '2024 2024-01..2024-12 1',
  ]);
});

test('the months before the newest one are named for their whole range, papers or not', () => {
  assert.deepEqual(summary([...on('2026-03-01'), ...on('2026-02-10')], 1), [
    '2026-03 2026-03..2026-03 1',
    '2026-01-to-02 2026-01..2026-02 1',
  ]);
  assert.deepEqual(summary([...on('2026-02-01'), ...on('2026-01-10')], 1), [
    '2026-02 2026-02..2026-02 1',
    '2026-01 2026-01..2026-01 1',
  ]);
  assert.deepEqual(summary([...on('2026-01-05'), ...on('2025-12-31')], 1), [
    '2026-01 2026-01..2026-01 1',
    '2025 2025-01..2025-12 1',
  ]);
  assert.deepEqual(summary([]), []);
});

test('small completed years share a shard, grouped from the newest; what is left at the oldest end joins the last group', () => {
  const papers = [
    ...on('2026-04-01'),
    ...on('2025-05-01', 5),
    ...on('2024-05-01', 2),
    ...on('2023-05-01', 2),
    ...on('2021-05-01'),
    ...on('2019-05-01'),
  ];
  assert.deepEqual(summary(papers, 3), [
    '2026-04 2026-04..2026-04 1',
    '2025 2025-01..2025-12 5',
    '2019-to-2024 2019-01..2024-12 6',
  ]);
  assert.deepEqual(summary([...papers, ...on('2021-06-01')], 3), [
    '2026-04 2026-04..2026-04 1',
    '2025 2025-01..2025-12 5',
    '2023-to-2024 2023-01..2024-12 4',
    '2019-to-2021 2019-01..2021-12 3',
  ]);
  assert.deepEqual(summary([...on('2026-04-01'), ...on('2024-05-01'), ...on('2022-05-01')], 3), [
    '2026-04 2026-04..2026-04 1',
    '2022-to-2024 2022-01..2024-12 2',
  ]);
});

test('a shard lists its slugs sorted, whatever the input order', () => {
  const [shard] = assignShards([
    { slug: 'b', date: '2026-04-02', year: '2026' },
    { slug: 'a', date: '2026-04-01', year: '2025' },
    { slug: 'c', date: '2026-04-02', year: '2019' },
  ]);
  assert.deepEqual(shard?.slugs, ['a', 'b', 'c']);
  assert.deepEqual(shard?.years, ['2019', '2025', '2026'], "the years of the papers' own dates, sorted");
});

test("a fingerprint depends on the code, every paper's text and listing day, not on their order", () => {
  const [a, b] = [
    { slug: 'a', text: 'one', listed: '2026-01-02' },
    { slug: 'b', text: 'two', listed: '2026-01-02' },
  ];
  const papers = [a, b];
  const fingerprint = shardFingerprint('code', papers);
  assert.equal(shardFingerprint('code', [...papers].reverse()), fingerprint);
  assert.notEqual(shardFingerprint('code 2', papers), fingerprint);
  assert.notEqual(shardFingerprint('code', [a, { ...b, text: 'two!' }]), fingerprint);
  assert.notEqual(
    shardFingerprint('code', [
      { ...a, text: 'onet' },
      { ...b, text: 'wo' },
    ]),
    fingerprint,
  );
  // An earlier dump read later lists a paper earlier: its record's day changes, so its shard is indexed again.
  assert.notEqual(shardFingerprint('code', [a, { ...b, listed: '2026-01-01' }]), fingerprint);
  assert.notEqual(shardFingerprint('code', papers.slice(0, 1)), fingerprint);
});

test("a paper seen again in another dump (only its sources change) keeps its shard's fingerprint", () => {
  const data = {
    title: 'sources:\n---\nsources:',
    date: '2026-01-02',
    authors: 3,
    upvotes: 4,
    area: 'other',
    topics: ['other'],
  };
  const once = paperFileText(
    { ...data, sources: [{ file: 'a.txt', line: 1, captured: '2026-01-03' }] },
    'An abstract.\n\nsources:\n---\n',
  );
  const twice = paperFileText(
    {
      ...data,
      sources: [
        { file: 'a.txt', line: 1, captured: '2026-01-03' },
        { file: 'b.txt', line: 9, captured: '2026-01-04' },
      ],
    },
    'An abstract.\n\nsources:\n---\n',
  );
  assert.notEqual(once, twice);
  assert.equal(indexedPart(once), indexedPart(twice));
  assert.equal(
    shardFingerprint('code', [{ slug: 'a', text: once, listed: '2026-01-03' }]),
    shardFingerprint('code', [{ slug: 'a', text: twice, listed: '2026-01-03' }]),
  );
  assert.match(
    indexedPart(once),
    /^---\ntitle: .*\nupvotes: 4\narea: "other"\ntopics:\n {2}- "other"\n---\n\nAn abstract\.\n\nsources:\n---\n\n$/s,
  );
  const upvoted = paperFileText(
    { ...data, upvotes: 5, sources: [{ file: 'a.txt', line: 1, captured: '2026-01-03' }] },
    'An abstract.',
  );
  assert.notEqual(
    shardFingerprint('code', [{ slug: 'a', text: upvoted, listed: '2026-01-03' }]),
    shardFingerprint('code', [{ slug: 'a', text: once, listed: '2026-01-03' }]),
  );
});

test('a shard with too many papers is cut into consecutive month ranges, from its oldest month on', () => {
  const year = [...on('2025-01-10', 2), ...on('2025-02-10', 2), ...on('2025-04-10', 3), ...on('2025-11-10', 1)];
  // At most 4: Jan–Mar (4), Apr–Dec (4: months with none join the range); together the whole year.
  assert.deepEqual(summary([...on('2026-04-01'), ...year], 1, 4), [
    '2026-04 2026-04..2026-04 1',
    '2025-04-to-12 2025-04..2025-12 4',
    '2025-01-to-03 2025-01..2025-03 4',
  ]);
  assert.deepEqual(summary([...on('2026-04-01'), ...year, ...on('2025-12-01')], 1, 4), [
    '2026-04 2026-04..2026-04 1',
    '2025-12 2025-12..2025-12 1',
    '2025-04-to-11 2025-04..2025-11 4',
    '2025-01-to-03 2025-01..2025-03 4',
  ]);
  // A month with more than the most is a shard alone.
  assert.deepEqual(summary([...on('2026-04-01'), ...on('2025-03-01', 6), ...on('2025-05-01')], 1, 4), [
    '2026-04 2026-04..2026-04 1',
    '2025-04-to-12 2025-04..2025-12 1',
    '2025-01-to-03 2025-01..2025-03 6',
  ]);
  // Grouped years are cut by months too, across the new year.
  assert.deepEqual(summary([...on('2026-04-01'), ...on('2024-11-01', 2), ...on('2025-02-01', 3)], 5, 3), [
    '2026-04 2026-04..2026-04 1',
    '2025-02-to-12 2025-02..2025-12 3',
    '2024-01-to-2025-01 2024-01..2025-01 2',
  ]);
});

test("the newest year's earlier months, cut, change only their last part as months are added; the newest month is never cut", () => {
  const march = [...on('2026-01-05', 3), ...on('2026-02-05', 3), ...on('2026-03-05', 9)];
  assert.deepEqual(summary([...on('2026-03-20', 0), ...march], 1, 4), [
    '2026-03 2026-03..2026-03 9',
    '2026-02 2026-02..2026-02 3',
    '2026-01 2026-01..2026-01 3',
  ]);
  const april = summary([...march, ...on('2026-04-02', 2)], 1, 4);
  const may = summary([...march, ...on('2026-04-02', 2), ...on('2026-05-02')], 1, 4);
  assert.deepEqual(april, [
    '2026-04 2026-04..2026-04 2',
    '2026-03 2026-03..2026-03 9',
    '2026-02 2026-02..2026-02 3',
    '2026-01 2026-01..2026-01 3',
  ]);
  assert.deepEqual(may, [
    '2026-05 2026-05..2026-05 1',
    '2026-04 2026-04..2026-04 2',
    '2026-03 2026-03..2026-03 9',
    '2026-02 2026-02..2026-02 3',
    '2026-01 2026-01..2026-01 3',
  ]);
});
