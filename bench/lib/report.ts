/** The benchmark's results as a table for the terminal and an SVG chart (time and memory vs size). */

export interface Stage {
  seconds: number;
  peakRssBytes: number;
}

export interface SizeResult {
  papers: number;
  dumps: number;
  dumpBytes: number;
  ingest: Stage & { mbPerSecond: number };
  /** The same ingest again: nothing to write. */
  rerun: Stage & { written: number };
  /** `astro build`, the search index made alongside in a second process (peak: both together). */
  astro: Stage & { pages: number; pagesPerSecond: number };
  /** The search index's part of the build: its own time, while the pages render. */
  pagefind: { seconds: number; pages: number; pagesPerSecond: number };
  total: Stage;
  dist: { bytes: number; files: number };
  /** The Pagefind index (dist/pagefind). */
  index: { bytes: number; files: number };
  /**
   * What one cold search query reads of the index (as a browser would download it), as the
   * search page runs it: ranked over every year, with its filter counts.
   */
  query: { bytes: number; files: number };
  /** Publishing one more day's dump onto the built site: ingest, then build (and index) again. */
  update: Stage & { fraction: number; ingestSeconds: number; astroSeconds: number; pagefindSeconds: number };
  baseline: Stage & { pages: number };
  /** Our full build over the baseline: time, and peak memory (largest stage vs baseline). */
  ratio: { time: number; memory: number };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
const s = (seconds: number) => seconds.toFixed(seconds < 10 ? 2 : 1);

export function benchTable(results: readonly SizeResult[]): string {
  const rows = [
    ['papers', ...results.map((r) => String(r.papers))],
    ['ingest s (MB/s)', ...results.map((r) => `${s(r.ingest.seconds)} (${r.ingest.mbPerSecond.toFixed(0)})`)],
    ['ingest rerun s', ...results.map((r) => `${s(r.rerun.seconds)} (${r.rerun.written} written)`)],
    [
      'astro build + index s (pages/s)',
      ...results.map((r) => `${s(r.astro.seconds)} (${r.astro.pagesPerSecond.toFixed(0)})`),
    ],
    [
      '  index, alongside s (papers/s)',
      ...results.map((r) => `${s(r.pagefind.seconds)} (${r.pagefind.pagesPerSecond.toFixed(0)})`),
    ],
    ['total s', ...results.map((r) => s(r.total.seconds))],
    [
      'one more day: publish s (% of total)',
      ...results.map((r) => `${s(r.update.seconds)} (${(r.update.fraction * 100).toFixed(0)}%)`),
    ],
    [
      '  of which ingest/build (index) s',
      ...results.map(
        (r) => `${s(r.update.ingestSeconds)}/${s(r.update.astroSeconds)} (${s(r.update.pagefindSeconds)})`,
      ),
    ],
    ['baseline astro s', ...results.map((r) => s(r.baseline.seconds))],
    ['time ratio (total/baseline)', ...results.map((r) => r.ratio.time.toFixed(2))],
    [
      'peak RSS MB ingest/build + index',
      ...results.map((r) => `${mb(r.ingest.peakRssBytes)}/${mb(r.astro.peakRssBytes)}`),
    ],
    ['baseline peak RSS MB', ...results.map((r) => mb(r.baseline.peakRssBytes))],
    ['memory ratio (max stage/baseline)', ...results.map((r) => r.ratio.memory.toFixed(2))],
    ['dist MB (files)', ...results.map((r) => `${mb(r.dist.bytes)} (${r.dist.files})`)],
    ['search index MB (files)', ...results.map((r) => `${mb(r.index.bytes)} (${r.index.files})`)],
    ['cold query kB (files)', ...results.map((r) => `${(r.query.bytes / 1000).toFixed(0)} (${r.query.files})`)],
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

interface Series {
  name: string;
  color: string;
  points: [number, number][];
}

function panel(title: string, series: Series[], x0: number): string {
  const width = 420;
  const height = 260;
  const pad = { left: 56, right: 16, top: 36, bottom: 40 };
  const xs = series.flatMap(({ points }) => points.map(([x]) => x));
  const ys = series.flatMap(({ points }) => points.map(([, y]) => y));
  const xMax = Math.max(1, ...xs);
  const yMax = Math.max(1e-9, ...ys) * 1.1;
  const px = (x: number) => x0 + pad.left + (x / xMax) * (width - pad.left - pad.right);
  const py = (y: number) => height - pad.bottom - (y / yMax) * (height - pad.top - pad.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const parts = [
    `<text x="${x0 + width / 2}" y="20" text-anchor="middle" font-weight="bold">${title}</text>`,
    `<line x1="${px(0)}" y1="${py(0)}" x2="${px(xMax)}" y2="${py(0)}" stroke="#888"/>`,
    `<line x1="${px(0)}" y1="${py(0)}" x2="${px(0)}" y2="${py(yMax)}" stroke="#888"/>`,
    ...ticks.map(
      (t) =>
        `<text x="${px(0) - 6}" y="${py(t) + 4}" text-anchor="end" font-size="11">${t < 10 ? t.toFixed(1) : t.toFixed(0)}</text>`,
    ),
    ...[...new Set(xs)].map(
      (x) =>
        `<text x="${px(x)}" y="${py(0) + 16}" text-anchor="middle" font-size="11">${x >= 1000 ? `${x / 1000}k` : x}</text>`,
    ),
    `<text x="${x0 + width / 2}" y="${height - 6}" text-anchor="middle" font-size="11">papers</text>`,
  ];
  series.forEach(({ name, color, points }, index) => {
    const path = points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${path}"/>`);
    parts.push(
      ...points.map(([x, y]) => `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${color}"/>`),
    );
    parts.push(`<text x="${px(0) + 10}" y="${pad.top + 14 * index + 4}" font-size="12" fill="${color}">${name}</text>`);
  });
  return parts.join('\n');
}

/** Two panels — build time and peak memory against paper count — ours against the baseline. */
export function benchChart(results: readonly SizeResult[]): string {
  const sorted = [...results].sort((a, b) => a.papers - b.papers);
  const time = panel(
    'Build time (s)',
    [
      {
        name: 'Paper Digest (ingest + build with index)',
        color: '#0b57d0',
        points: sorted.map((r) => [r.papers, r.total.seconds]),
      },
      { name: 'bare Astro baseline', color: '#b3261e', points: sorted.map((r) => [r.papers, r.baseline.seconds]) },
      { name: 'publishing one more day', color: '#146c2e', points: sorted.map((r) => [r.papers, r.update.seconds]) },
    ],
    0,
  );
  const memory = panel(
    'Peak memory (MB)',
    [
      {
        name: 'Paper Digest (largest stage)',
        color: '#0b57d0',
        points: sorted.map((r) => [r.papers, Math.max(r.ingest.peakRssBytes, r.astro.peakRssBytes) / 1e6]),
      },
      {
        name: 'bare Astro baseline',
        color: '#b3261e',
        points: sorted.map((r) => [r.papers, r.baseline.peakRssBytes / 1e6]),
      },
    ],
    440,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="860" height="260" viewBox="0 0 860 260" font-family="system-ui, sans-serif">\n<rect width="860" height="260" fill="#fff"/>\n${time}\n${memory}\n</svg>\n`;
}
