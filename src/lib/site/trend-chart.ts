/**
 * A papers-per-month bar chart's geometry in a fixed viewBox (src/components/TrendChart.astro
 * draws it): one bar a month, the first and last months named under the bars (and each year's
 * January between them, on a chart of more than a year), the busiest month's count beside the
 * top line. Its name and its table say the same in words; each bar's title, on hover.
 */
import type { MonthCount } from '../topics/trends.ts';
import { plural } from '../common/text.ts';
import { periodLabel } from './periods.ts';

/** The viewBox: small, so that its text stays readable on a phone and the stylesheet caps its width. */
export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 120;
/** Left of the bars: room for the busiest month's count. */
const GUTTER = 28;
const PLOT_TOP = 8;
const PLOT_BOTTOM = 100;
const MONTH_LABEL_Y = 116;
/** A bar's share of its month's slot; the rest is the gap between bars. */
const BAR_FILL = 0.8;
/** A month with papers is never drawn as flat as one without. */
const MIN_BAR_HEIGHT = 1;

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** "April 2026: 12 papers". */
  title: string;
}

export interface ChartLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

/** Room a month label ("Sep 2026") takes under the axis, and the least gap beside a year's. */
const MONTH_LABEL_ROOM = 64;
const YEAR_LABEL_ROOM = 36;

export interface TrendChart {
  viewBox: string;
  bars: ChartBar[];
  /** The top line (the busiest month's height) and the bottom line (zero), across the bars. */
  lines: { x1: number; x2: number; y: number }[];
  /** The first month, the last month (unless the same), Januaries between them, the busiest month's count. */
  labels: ChartLabel[];
}

/** One decimal: enough at this size, and short in the page. */
const round = (value: number) => Math.round(value * 10) / 10;

const SHORT_MONTH = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Jan 2026", from `2026-01`. */
export const shortMonth = (month: string) => SHORT_MONTH.format(Date.parse(`${month}-01T00:00:00Z`));

/** "April 2026", as the table names a month. */
export const longMonth = (month: string) => periodLabel('month', month);

/** What the chart is, as its accessible name: "Papers per month in Robotics, Jan 2025 – Dec 2026". */
export function chartName(label: string, series: readonly MonthCount[]): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return `Papers per month in ${label}`;
  const span = first === last ? shortMonth(first.month) : `${shortMonth(first.month)} – ${shortMonth(last.month)}`;
  return `Papers per month in ${label}, ${span}`;
}

export function trendChart(series: readonly MonthCount[]): TrendChart {
  const max = Math.max(0, ...series.map(({ papers }) => papers));
  const slot = (CHART_WIDTH - GUTTER) / Math.max(1, series.length);
  const width = round(slot * BAR_FILL);
  const plotHeight = PLOT_BOTTOM - PLOT_TOP;
  const bars = series.map(({ month, papers }, index) => {
    const height = papers === 0 ? 0 : round(Math.max(MIN_BAR_HEIGHT, (papers / max) * plotHeight));
    const x = round(GUTTER + index * slot + (slot - width) / 2);
    return {
      x,
      y: round(PLOT_BOTTOM - height),
      width,
      height,
      title: `${longMonth(month)}: ${plural(papers, 'paper')}`,
    };
  });
  const first = series[0];
  const last = series.at(-1);
  const labels: ChartLabel[] = [];
  if (first) labels.push({ x: GUTTER, y: MONTH_LABEL_Y, anchor: 'start', text: shortMonth(first.month) });
  if (last && last !== first)
    labels.push({ x: CHART_WIDTH, y: MONTH_LABEL_Y, anchor: 'end', text: shortMonth(last.month) });
  if (series.length > 12) {
    let lastYearAt = -Infinity;
    series.forEach(({ month }, index) => {
      const x = round(GUTTER + (index + 0.5) * slot);
      const clear = x - GUTTER >= MONTH_LABEL_ROOM && CHART_WIDTH - x >= MONTH_LABEL_ROOM;
      if (!month.endsWith('-01') || !clear || x - lastYearAt < YEAR_LABEL_ROOM) return;
      labels.push({ x, y: MONTH_LABEL_Y, anchor: 'middle', text: month.slice(0, 4) });
      lastYearAt = x;
    });
  }
  labels.push({ x: GUTTER - 4, y: PLOT_TOP + 4, anchor: 'end', text: String(max) });
  return {
    viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
    bars,
    lines: [PLOT_TOP, PLOT_BOTTOM].map((y) => ({ x1: GUTTER, x2: CHART_WIDTH, y })),
    labels,
  };
}
