import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchChart, benchTable, type SizeResult } from '../../bench/lib/report.ts';
import { xmlError } from '../helpers/xml.ts';

function result(papers: number, scale: number): SizeResult {
  const stage = (seconds: number, mb: number) => ({ seconds: seconds * scale, peakRssBytes: mb * 1e6 * scale });
  return {
    papers,
    dumps: papers / 60,
    dumpBytes: papers * 1500,
    ingest: { ...stage(1, 100), mbPerSecond: 60 },
    rerun: { ...stage(0.5, 90), written: 0 },
    astro: { ...stage(5, 600), pages: papers + 100, pagesPerSecond: 200 },
    pagefind: { seconds: 2, pages: papers, pagesPerSecond: 500 },
    total: stage(8, 600),
    dist: { bytes: papers * 20_000, files: papers * 2 },
    index: { bytes: papers * 900, files: papers },
    query: { bytes: 190_000, files: 15 },
    update: {
      ...stage(0.8, 500),
      fraction: 0.1,
      ingestSeconds: 0.1 * scale,
      astroSeconds: 0.5 * scale,
      pagefindSeconds: 0.2 * scale,
    },
    baseline: { ...stage(4, 550), pages: papers },
    ratio: { time: 2, memory: 1.09 },
  };
}

test('the table has a column per size and a row per figure', () => {
  const table = benchTable([result(1000, 1), result(10000, 9)]);
  const lines = table.split('\n');
  assert.match(lines[0] ?? '', /^papers\s+1000\s+10000$/);
  assert.ok(
    lines.some((line) => /^time ratio \(total\/baseline\)\s+2\.00\s+2\.00$/.test(line)),
    table,
  );
  assert.ok(
    lines.some((line) => line.startsWith('cold query kB (files)') && line.includes('190 (15)')),
    table,
  );
  assert.ok(
    lines.some((line) => /^one more day: publish s \(% of total\)\s+0\.80 \(10%\)\s+7\.20 \(10%\)$/.test(line)),
    table,
  );
  assert.ok(
    lines.some((line) =>
      /^ {2}of which ingest\/build \(index\) s\s+0\.10\/0\.50 \(0\.20\)\s+0\.90\/4\.50 \(1\.80\)$/.test(line),
    ),
    table,
  );
});

test('the chart is well-formed SVG: ours and the baseline in both panels, the one-day update in the time panel', () => {
  const svg = benchChart([result(10000, 9), result(1000, 1)]);
  assert.equal(xmlError(svg), undefined);
  assert.equal((svg.match(/<polyline/g) ?? []).length, 5);
  assert.match(svg, /bare Astro baseline/);
  assert.match(svg, /publishing one more day/);
});
