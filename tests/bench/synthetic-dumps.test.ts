import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeEntries, prepareEntries } from '../../src/lib/ingest/collection.ts';
import { parseIsoDate } from '../../src/lib/common/dates.ts';
import { dateDump } from '../../src/lib/ingest/dump-dates.ts';
import { parseDump } from '../../src/lib/ingest/dump-parser.ts';
import { generateDumps, nextDayDumps } from '../../bench/lib/synthetic-dumps.ts';
import { compileTaxonomy, OTHER_AREA } from '../../src/lib/topics/scoring.ts';
import { readTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { TAXONOMY_FILE } from '../../src/content.config.ts';

test('synthetic dumps: deterministic, realistic sizes, every entry valid, duplicates merge to the requested count', () => {
  const dumps = generateDumps(600);
  assert.deepEqual(generateDumps(600), dumps, 'same seed, same dumps');
  assert.notDeepEqual(generateDumps(600, { seed: 2 }), dumps);
  assert.equal(dumps.length, 10);
  const dated = dumps.map(({ name, text }) => {
    const result = dateDump(parseDump(text), {
      fileName: name,
      today: parseIsoDate('2026-11-24') as NonNullable<ReturnType<typeof parseIsoDate>>,
    });
    assert.deepEqual(result.rejected, [], name);
    return { file: name, format: 'text' as const, capture: result.capture, entries: result.entries };
  });
  const entries = dated.flatMap(({ entries: list }) => list);
  assert.ok(entries.length > 600, 'some papers are listed twice');
  assert.ok(entries.some(({ yearInferred }) => yearInferred) && entries.some(({ yearInferred }) => !yearInferred));
  const taxonomy = readTaxonomy(TAXONOMY_FILE);
  const papers = mergeEntries(
    dated.map((dump) => ({ ...dump, entries: prepareEntries(dump.entries, compileTaxonomy(taxonomy)) })),
  );
  assert.equal(papers.length, 600);
  // The bench collection's papers each get one area, as the sample's do.
  const areas = new Set([...Object.keys(taxonomy.areas), OTHER_AREA.slug]);
  for (const { data } of papers) assert.ok(areas.has(data.area), data.area);
  const unplaced = papers.filter(({ data }) => data.area === OTHER_AREA.slug).length;
  assert.ok(unplaced < papers.length * 0.1, `${unplaced} papers in no area`);
  const meanTitle = entries.reduce((sum, { title }) => sum + title.length, 0) / entries.length;
  const meanAbstract = entries.reduce((sum, { abstract }) => sum + abstract.length, 0) / entries.length;
  assert.ok(meanTitle > 60 && meanTitle < 100, `titles ${meanTitle}`);
  assert.ok(meanAbstract > 1100 && meanAbstract < 1400, `abstracts ${meanAbstract}`);
});

test('the next day: a new dump, and the last day again only when it was cut short', () => {
  // 600 papers fill 10 whole days ending 2026-04-12; 630 leave the last one half full.
  assert.deepEqual(
    nextDayDumps(600).map(({ name }) => name),
    ['daily-papers-2026-04-13.txt'],
  );
  assert.deepEqual(
    nextDayDumps(630).map(({ name }) => name),
    ['daily-papers-2026-04-12.txt', 'daily-papers-2026-04-13.txt'],
  );
});
