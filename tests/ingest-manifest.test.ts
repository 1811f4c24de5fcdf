import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manifestHolds, unchangedReport, type IngestManifest } from '../src/lib/ingest-manifest.ts';
import type { IngestReport } from '../src/lib/ingest-report.ts';

const report: IngestReport = {
  out: 'p', written: true, dumps: [], entries: 3, removed: ['gone'], ignored: [], rejected: [{ file: 'a', line: 1, reason: 'r' }], inferredYears: [],
  papers: { total: 3, new: 1, updated: 1, unchanged: 1, removed: 1 },
};
const stamp = (path: string, size = 1, mtimeMs = 1) => ({ path, size, mtimeMs });
const manifest: IngestManifest = { fingerprint: { inputs: [stamp('d1')], settings: 's' }, files: [stamp('a.md'), stamp('b.md')], report };

test('the manifest holds only when inputs, settings and every file are as it says', () => {
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1')], settings: 's' }, () => [stamp('a.md'), stamp('b.md')]), true);
  assert.equal(manifestHolds(undefined, { inputs: [stamp('d1')], settings: 's' }, () => []), false);
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1', 2)], settings: 's' }, () => [stamp('a.md'), stamp('b.md')]), false, 'a dump changed');
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1'), stamp('d2')], settings: 's' }, () => [stamp('a.md'), stamp('b.md')]), false, 'a dump added');
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1')], settings: 't' }, () => [stamp('a.md'), stamp('b.md')]), false, 'taxonomy, code, options or day');
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1')], settings: 's' }, () => [stamp('a.md', 1, 2), stamp('b.md')]), false, 'a paper edited');
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1')], settings: 's' }, () => [stamp('a.md')]), false, 'a paper deleted');
  const notAsked = () => assert.fail('the files are not looked at when a dump changed');
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1', 2)], settings: 's' }, notAsked), false);
});

test('an unchanged rerun reports every paper unchanged, rejections as before', () => {
  const again = unchangedReport(report);
  assert.deepEqual(again.papers, { total: 3, new: 0, updated: 0, unchanged: 3, removed: 0 });
  assert.deepEqual(again.removed, []);
  assert.deepEqual(again.rejected, report.rejected);
});
