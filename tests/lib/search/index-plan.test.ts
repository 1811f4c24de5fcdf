import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../../src/lib/common/files.ts';
import { paperFileText } from '../../../src/lib/ingest/paper-file.ts';
import { planShards } from '../../../src/lib/search/index-plan.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A paper file of its own `date`, listed on the days `captured`. */
const paper = (date: string, ...captured: string[]) =>
  paperFileText(
    {
      title: `A paper of ${date}`,
      date,
      authors: 1,
      upvotes: 1,
      area: 'other',
      topics: ['other'],
      sources: captured.map((day, line) => ({ file: `daily-papers-${day}.txt`, line: line + 1, captured: day })),
    },
    'An abstract.',
  );

const shardsOf = (collection: Record<string, string>) =>
  planShards(new Map(Object.entries(collection)), 'papers', ROOT).map(({ name, slugs, years }) => ({
    name,
    slugs,
    years,
  }));

test("papers are in the shard of the day they were first listed, whatever their own date; a shard keeps its papers' own years", () => {
  assert.deepEqual(
    shardsOf({
      today: paper('2026-04-13', '2026-04-13'),
      // Listed today, published years ago: a day's publishing re-indexes the newest month only.
      'old-listed-today': paper('2019-06-01', '2026-04-13'),
      // Seen again today: its first listing counts.
      'seen-again': paper('2026-01-09', '2026-04-13', '2026-01-10'),
    }),
    [
      { name: '2026-04', slugs: ['old-listed-today', 'today'], years: ['2019', '2026'] },
      { name: '2026-01-to-03', slugs: ['seen-again'], years: ['2026'] },
    ],
  );
});

test('a paper file edited by hand is read through its front matter; one without a captured day is named', () => {
  const edited = paper('2025-03-02', '2025-03-04').replace('captured: "2025-03-04"', "captured: '2025-03-04'");
  assert.deepEqual(shardsOf({ edited }), [{ name: '2025-03', slugs: ['edited'], years: ['2025'] }]);
  const none = paper('2025-03-02', '2025-03-04').replace(/\n {4}captured: .*/, '');
  assert.throws(
    () => shardsOf({ none }),
    (error) =>
      error instanceof InputError && error.message === 'papers/none.md: no source with the day it was captured',
  );
});
