import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BASELINE_WINDOWS,
  MIN_RECENT_PAPERS,
  LAST_MONTH_DAYS,
  RISING_TOPICS_SHOWN,
  monthsBetween,
  papersPerMonth,
  risingBaselineDays,
  risingTopics,
  seriesOf,
  type DatedPaper,
} from '../../../src/lib/topics/trends.ts';

const paper = (listed: string, ...slugs: string[]): DatedPaper => ({ listed, topics: slugs.map((slug) => ({ slug })) });

/** `count` papers of a topic listed on a day. */
const many = (count: number, listed: string, slug: string) => Array.from({ length: count }, () => paper(listed, slug));

test('months from one to another, across years, both included', () => {
  assert.deepEqual(monthsBetween('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsBetween('2026-04', '2026-04'), ['2026-04']);
});

test("a topic's series: every month of the collection, zeros included, each paper counted in its listed month", () => {
  const papers = [
    paper('2025-12-31', 'robotics'),
    paper('2026-01-01', 'robotics', 'vision'),
    paper('2026-01-31', 'robotics'),
    paper('2026-03-02', 'vision'),
  ];
  const perMonth = papersPerMonth(papers);
  assert.deepEqual(perMonth.months, ['2025-12', '2026-01', '2026-02', '2026-03']);
  assert.deepEqual(seriesOf(perMonth, 'robotics'), [
    { month: '2025-12', papers: 1 },
    { month: '2026-01', papers: 2 },
    { month: '2026-02', papers: 0 },
    { month: '2026-03', papers: 0 },
  ]);
  assert.deepEqual(
    seriesOf(perMonth, 'vision').map(({ papers: count }) => count),
    [0, 1, 0, 1],
  );
  assert.deepEqual(
    seriesOf(perMonth, 'nowhere').map(({ papers: count }) => count),
    [0, 0, 0, 0],
  );
});

test('every topic-paper pair is counted exactly once over the series', () => {
  const papers = Array.from({ length: 500 }, (_, i) =>
    paper(
      `202${5 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      ...['a', 'b', 'c'].slice(0, (i % 3) + 1),
    ),
  );
  const perMonth = papersPerMonth(papers);
  for (const slug of ['a', 'b', 'c']) {
    const total = seriesOf(perMonth, slug).reduce((sum, { papers: count }) => sum + count, 0);
    assert.equal(total, papers.filter(({ topics }) => topics.some((topic) => topic.slug === slug)).length);
  }
});

test('an empty collection has no months', () => {
  assert.deepEqual(seriesOf(papersPerMonth([]), 'a'), []);
  assert.deepEqual(risingTopics([]), []);
});

/** A year of history ending 2026-04-13: one paper of `steady` every 10 days. */
const steady = Array.from({ length: 36 }, (_, i) =>
  paper(new Date(Date.UTC(2026, 3, 13) - i * 10 * 86_400_000).toISOString().slice(0, 10), 'steady'),
);

test('rising: the last 30 days against the monthly average of the 180 days before; new topics ranked by their count', () => {
  assert.equal(LAST_MONTH_DAYS * BASELINE_WINDOWS, 180);
  const papers = [
    ...steady,
    // 2 a window before (12 over 180 days), 10 in the last 30 days.
    ...Array.from({ length: 12 }, (_, i) => paper(`2026-0${1 + (i % 3)}-0${1 + (i % 9)}`, 'growing')),
    ...many(10, '2026-04-01', 'growing'),
    ...many(4, '2026-04-13', 'fresh'),
    // Too few to be a trend, however new.
    ...many(MIN_RECENT_PAPERS - 1, '2026-04-10', 'tiny'),
    ...many(20, '2026-04-12', 'other'),
    // Before the baseline: does not count.
    ...many(50, '2025-01-01', 'fresh'),
  ];
  const rising = risingTopics(papers);
  assert.deepEqual(
    rising.map(({ slug }) => slug),
    ['fresh', 'growing'],
  );
  const [fresh, growing] = rising;
  assert.deepEqual(fresh, { slug: 'fresh', recent: 4, before: 0, isNew: true, growth: 5 });
  assert.equal(growing?.recent, 10);
  assert.equal(growing?.before, 2);
  assert.equal(growing?.isNew, false);
  assert.equal(growing?.growth, 11 / 3);
});

test('the last 30 days end on the newest listing day; the day 30 days before is in the baseline', () => {
  const papers = [...steady, ...many(3, '2026-03-15', 'edge'), ...many(3, '2026-03-14', 'edge')];
  // 2026-03-15 is 29 days before 2026-04-13: recent. 2026-03-14 is 30 days before: baseline.
  assert.deepEqual(
    risingTopics(papers).map(({ slug, recent, before }) => ({ slug, recent, before })),
    [{ slug: 'edge', recent: 3, before: 0.5 }],
  );
});

test('a topic no busier than before is not rising; ties go to more papers, then to the slug', () => {
  const papers = [
    ...steady,
    ...many(6, '2026-04-01', 'b'),
    ...many(6, '2026-04-01', 'a'),
    ...many(3, '2026-04-01', 'c'),
    ...many(2, '2026-04-01', 'c-before'),
  ];
  assert.deepEqual(
    risingTopics(papers).map(({ slug }) => slug),
    ['a', 'b', 'c'],
  );
  // `steady` has 3 papers a month, before and now.
  assert.ok(!risingTopics(papers).some(({ slug }) => slug === 'steady'));
});

test('a young collection averages over the history it has; with less than a month of it, nothing is rising', () => {
  // 60 days of history: the baseline is the 30 days before the last 30.
  const young = [...many(3, '2026-02-13', 'a'), ...many(9, '2026-04-13', 'a')];
  assert.deepEqual(
    risingTopics(young).map(({ before, recent }) => ({ before, recent })),
    [{ before: 3, recent: 9 }],
  );
  assert.deepEqual(risingTopics([...many(3, '2026-03-01', 'a'), ...many(9, '2026-04-13', 'a')]), []);
});

test(`at most ${RISING_TOPICS_SHOWN} rising topics`, () => {
  const papers = [...steady, ...Array.from({ length: 9 }, (_, i) => many(3 + i, '2026-04-13', `t${i}`)).flat()];
  assert.deepEqual(
    risingTopics(papers).map(({ slug }) => slug),
    ['t8', 't7', 't6', 't5', 't4'],
  );
});

test('the rising topics are measured against 180 days, or the days a young collection has before its last month', () => {
  const day = (listed: string) => ({ listed });
  assert.equal(risingBaselineDays([day('2025-01-01'), day('2026-04-13')]), 180);
  assert.equal(risingBaselineDays([day('2026-01-01'), day('2026-04-13')]), 73);
});
