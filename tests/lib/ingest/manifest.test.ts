import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  manifestHolds,
  recordsToTrust,
  trustedRecord,
  unchangedReport,
  type IngestManifest,
} from '../../../src/lib/ingest/manifest.ts';
import type { IngestReport } from '../../../src/lib/ingest/report.ts';

const report: IngestReport = {
  out: 'p',
  written: true,
  dumps: [],
  entries: 3,
  deletedDumps: [],
  removed: ['gone'],
  ignored: [],
  repaired: ['damaged'],
  rejected: [{ file: 'a', line: 1, reason: 'r' }],
  inferredYears: [],
  papers: { total: 3, new: 1, updated: 1, unchanged: 1, removed: 1 },
};
const stamp = (path: string, size = 1, mtimeMs = 1) => ({ path, size, mtimeMs });
const record = (path: string, size = 1, mtimeMs = 1) => ({
  ...stamp(path, size, mtimeMs),
  key: `key of ${path}`,
  hash: `hash of ${path}`,
});
const manifest: IngestManifest = {
  fingerprint: { inputs: [stamp('d1')], settings: 's', code: 'c' },
  files: [record('a.md'), record('b.md')],
  report,
};

test('the manifest holds only when inputs, settings and every file are as it says', () => {
  assert.equal(
    manifestHolds(manifest, { inputs: [stamp('d1')], settings: 's', code: 'c' }, () => [stamp('a.md'), stamp('b.md')]),
    true,
  );
  assert.equal(
    manifestHolds(undefined, { inputs: [stamp('d1')], settings: 's', code: 'c' }, () => []),
    false,
  );
  assert.equal(
    manifestHolds(manifest, { inputs: [stamp('d1', 2)], settings: 's', code: 'c' }, () => [
      stamp('a.md'),
      stamp('b.md'),
    ]),
    false,
    'a dump changed',
  );
  assert.equal(
    manifestHolds(manifest, { inputs: [stamp('d1'), stamp('d2')], settings: 's', code: 'c' }, () => [
      stamp('a.md'),
      stamp('b.md'),
    ]),
    false,
    'a dump added',
  );
  assert.equal(
    manifestHolds(manifest, { inputs: [stamp('d1')], settings: 't', code: 'c' }, () => [stamp('a.md'), stamp('b.md')]),
    false,
    'taxonomy, code, options or day',
  );
  assert.equal(
    manifestHolds(manifest, { inputs: [stamp('d1')], settings: 's', code: 'c' }, () => [
      stamp('a.md', 1, 2),
      stamp('b.md'),
    ]),
    false,
    'a paper edited',
  );
  assert.equal(
    manifestHolds(manifest, { inputs: [stamp('d1')], settings: 's', code: 'c' }, () => [stamp('a.md')]),
    false,
    'a paper deleted',
  );
  const notAsked = () => assert.fail('the files are not looked at when a dump changed');
  assert.equal(manifestHolds(manifest, { inputs: [stamp('d1', 2)], settings: 's', code: 'c' }, notAsked), false);
});

test("a file's record is trusted while stat finds the file as recorded and the code is the same", () => {
  const records = recordsToTrust(manifest, 'c');
  assert.deepEqual([...records.keys()], ['a.md', 'b.md']);
  assert.deepEqual(trustedRecord(records, stamp('a.md')), record('a.md'));
  assert.equal(trustedRecord(records, stamp('a.md', 2)), undefined, 'another size');
  assert.equal(trustedRecord(records, stamp('a.md', 1, 2)), undefined, 'modified since');
  assert.equal(trustedRecord(records, stamp('c.md')), undefined, 'not recorded');
  assert.equal(recordsToTrust(manifest, 'd').size, 0, 'recorded by other code');
  assert.equal(recordsToTrust(undefined, 'c').size, 0);
});

test('an unchanged rerun reports every paper unchanged, rejections as before', () => {
  const again = unchangedReport(report);
  assert.deepEqual(again.papers, { total: 3, new: 0, updated: 0, unchanged: 3, removed: 0 });
  assert.deepEqual(again.removed, []);
  assert.deepEqual(again.repaired, [], 'nothing repaired again');
  assert.deepEqual(again.rejected, report.rejected);
});
