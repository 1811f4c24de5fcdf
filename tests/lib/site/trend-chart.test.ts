import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  chartName,
  longMonth,
  shortMonth,
  trendChart,
} from '../../../src/lib/site/trend-chart.ts';

const series = [
  { month: '2025-12', papers: 2 },
  { month: '2026-01', papers: 8 },
  { month: '2026-02', papers: 0 },
  { month: '2026-03', papers: 4 },
];

test('months named short for the axis and long for the table', () => {
  assert.equal(shortMonth('2025-01'), 'Jan 2025');
  assert.equal(longMonth('2025-01'), 'January 2025');
});

test("the chart's name says what it shows and over which months", () => {
  assert.equal(chartName('Robotics', series), 'Papers per month in Robotics, Dec 2025 – Mar 2026');
  assert.equal(chartName('Robotics', series.slice(0, 1)), 'Papers per month in Robotics, Dec 2025');
  assert.equal(chartName('Robotics', []), 'Papers per month in Robotics');
});

test('one bar a month, left to right, as tall as its count against the busiest month, standing on one line', () => {
  const { viewBox, bars, lines } = trendChart(series);
  assert.equal(viewBox, `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`);
  assert.equal(bars.length, series.length);
  const [top, bottom] = lines.map(({ y }) => y) as [number, number];
  const tallest = bars[1];
  assert.equal(tallest?.y, top);
  assert.equal(tallest?.height, bottom - top);
  bars.forEach((bar, index) => {
    assert.equal(Math.round((bar.y + bar.height) * 10) / 10, bottom, 'every bar stands on the bottom line');
    assert.ok(Math.abs(bar.height - ((series[index]?.papers ?? 0) / 8) * (bottom - top)) <= 0.1);
    assert.ok(bar.x >= 0 && bar.x + bar.width <= CHART_WIDTH);
    if (index > 0) assert.ok(bar.x >= (bars[index - 1]?.x ?? 0) + (bars[index - 1]?.width ?? 0), 'bars do not overlap');
  });
  assert.equal(bars[2]?.height, 0);
});

test('a month with one paper among hundreds still shows', () => {
  const { bars } = trendChart([
    { month: '2026-01', papers: 1 },
    { month: '2026-02', papers: 900 },
  ]);
  assert.ok((bars[0]?.height ?? 0) >= 1);
});

test('the axis names the first and last months and the busiest count', () => {
  const { labels } = trendChart(series);
  assert.deepEqual(
    labels.map(({ text, anchor }) => [text, anchor]),
    [
      ['Dec 2025', 'start'],
      ['Mar 2026', 'end'],
      ['8', 'end'],
    ],
  );
  for (const { x, y } of labels) assert.ok(x >= 0 && x <= CHART_WIDTH && y >= 0 && y <= CHART_HEIGHT);
  // One month: named once.
  assert.deepEqual(
    trendChart(series.slice(0, 1)).labels.map(({ text }) => text),
    ['Dec 2025', '2'],
  );
});

test('a series of zeros draws flat bars, not a division by zero', () => {
  const { bars, labels } = trendChart([
    { month: '2026-01', papers: 0 },
    { month: '2026-02', papers: 0 },
  ]);
  assert.deepEqual(
    bars.map(({ height, y }) => [height, Number.isFinite(y)]),
    [
      [0, true],
      [0, true],
    ],
  );
  assert.equal(labels.at(-1)?.text, '0');
});

test('a chart of more than a year names each January between its ends, and every bar its month and count', () => {
  const months = Array.from({ length: 26 }, (_, index) => {
    const month = new Date(Date.UTC(2024, 2 + index, 1)).toISOString().slice(0, 7);
    return { month, papers: index % 5 };
  });
  const { labels, bars } = trendChart(months);
  // January 2026 is too near "Apr 2026", which names its year.
  assert.deepEqual(
    labels.map(({ text }) => text),
    ['Mar 2024', 'Apr 2026', '2025', '4'],
  );
  const year = labels.find(({ text }) => text === '2025');
  const january = bars[months.findIndex(({ month }) => month === '2025-01')];
  assert.ok(year && january && Math.abs(year.x - (january.x + january.width / 2)) <= 0.2, 'under its bar');
  assert.equal(bars[0]?.title, 'March 2024: 0 papers');
  assert.equal(bars[1]?.title, 'April 2024: 1 paper');
  assert.equal(trendChart(series).labels.length, 3, 'a year or less: its ends say the years');
});
