import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexReport } from '../../bench/lib/bench-size.ts';

test("the search index's line in a build's output gives its papers and its time, counts grouped or not", () => {
  const said = (papers: string) =>
    `x\nSearch index: ${papers} in 12 shards → /b/dist/pagefind in 8.0s\n  rebuilt: none; reused: 12\n`;
  assert.deepEqual(indexReport(said('50,060 papers')), { pages: 50060, seconds: 8 });
  assert.deepEqual(indexReport(said('43 papers')), { pages: 43, seconds: 8 });
  assert.deepEqual(indexReport(said('1 paper')), { pages: 1, seconds: 8 });
  assert.throws(() => indexReport('no summary\n'), /printed no search index summary/);
});
