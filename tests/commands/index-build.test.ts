import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { BuildStopped, PAGES_BUILT, pagesFromBuild } from '../../src/lib/search/build-signal.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { OFFLINE_MANIFEST_FILE } from '../../src/lib/search/offline.ts';
import { filterNamesOf, paperRecord } from '../../src/lib/search/paper-records.ts';
import { InputError } from '../../src/lib/common/files.ts';
import { ingestQuietly, SAMPLE, TAXONOMY, temporaryFolder } from '../helpers/cli.ts';
import { textEntry } from '../helpers/text-dump.ts';
import { searchBuiltSite } from '../../src/lib/search/pagefind-node.ts';
import { abstractExcerpt } from '../../src/lib/search/excerpt.ts';

/**
 * The sample's collection, ingested once with a paper listed in February and one in 2024 (search
 * shards hold papers by listing day: three shards); each test indexes a copy of it.
 */
const sample = join(temporaryFolder(), 'papers');
const dumps = temporaryFolder();
copyFileSync(SAMPLE, join(dumps, 'daily-papers-2026-04-13.txt'));
writeFileSync(join(dumps, 'daily-papers-2026-02-10.txt'), textEntry('Winter Sparse Probes', 'Feb 10, 2026 3'));
writeFileSync(join(dumps, 'daily-papers-2024-05-10.txt'), textEntry('Spring Lattice Codes', 'May 10, 2024 1'));
await ingestQuietly([dumps], sample);
const PAPERS = 45;

function copyOfSample(): { papers: string; dist: string; slugs: string[] } {
  const work = temporaryFolder();
  const papers = join(work, 'papers');
  cpSync(sample, papers, { recursive: true, preserveTimestamps: true });
  return {
    papers,
    dist: join(work, 'dist'),
    slugs: readdirSync(papers)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3)),
  };
}

test('the index: its shards, their list, the offline list; a rerun reuses every shard', async () => {
  const { papers, dist } = copyOfSample();
  const first = await buildSearchIndex({ dist, papersDir: papers, pages: PAGES_BUILT });
  // The bench reads the first line.
  assert.match(
    first,
    /^Search index: 45 papers in 3 shards → .+\/pagefind in \d+\.\ds\n {2}rebuilt: (?:[\w-]+ \(\d+ papers?, \d+\.\ds\)(?:, |;)){3} reused: 0\n {2}offline cache: \d+ files \(\d+\.\d MB\)$/,
  );
  const list = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as {
    shards: { name: string; papers: number }[];
  };
  assert.deepEqual(
    list.shards.reduce((sum, { papers: count }) => sum + count, 0),
    PAPERS,
  );
  assert.deepEqual(
    readdirSync(join(dist, 'pagefind')).sort(),
    [...list.shards.map(({ name }) => name), 'shards.json'].sort(),
  );
  assert.ok(existsSync(join(dist, OFFLINE_MANIFEST_FILE)));
  assert.match(
    await buildSearchIndex({ dist, papersDir: papers, pages: PAGES_BUILT }),
    /\n {2}rebuilt: none; reused: 3\n/,
  );
});

test('a build that stops stops the index before the list of shards changes, and leaves no offline list', async () => {
  const { papers, dist, slugs } = copyOfSample();
  await buildSearchIndex({ dist, papersDir: papers, pages: PAGES_BUILT });
  const listed = readFileSync(join(dist, 'pagefind/shards.json'), 'utf8');
  for (const slug of slugs) {
    const file = join(papers, `${slug}.md`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^upvotes: (\d+)$/m,
        (_, upvotes: string) => `upvotes: ${Number(upvotes) + 1}`,
      ),
    );
  }
  const input = new PassThrough();
  input.end();
  await assert.rejects(buildSearchIndex({ dist, papersDir: papers, pages: pagesFromBuild(input) }), BuildStopped);
  assert.equal(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'), listed);
  assert.equal(existsSync(join(dist, OFFLINE_MANIFEST_FILE)), false);
});

test('a collection file the index cannot be made from is named, before anything is written', async () => {
  const { papers, dist, slugs } = copyOfSample();
  const file = join(papers, `${slugs[0]}.md`);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^date: .*\n/m, ''));
  await assert.rejects(buildSearchIndex({ dist, papersDir: papers, pages: PAGES_BUILT }), (error) => {
    assert.ok(error instanceof InputError);
    assert.equal(error.message, `${file}: no date`);
    return true;
  });
  assert.equal(existsSync(dist), false);
  assert.throws(
    () =>
      paperRecord(file, slugs[0] as string, text.replace(/^upvotes: \d+$/m, 'upvotes: -1'), filterNamesOf(TAXONOMY)),
    (error) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, new RegExp(`^${file}: upvotes: `));
      return true;
    },
  );
});

test("a paper's record names its topics as pages do: `other` too, a slug the taxonomy lost not at all; its area by name", () => {
  const names = filterNamesOf(TAXONOMY);
  assert.equal(names.topics.get('other'), 'Other');
  const text = readFileSync(join(sample, readdirSync(sample).find((name) => name.endsWith('.md')) ?? ''), 'utf8')
    .replace(/^topics:\n(?: {2}- .*\n)+/m, 'topics:\n  - "other"\n  - "lost-topic"\n')
    .replace(/^area: .*$/m, 'area: "vision"');
  const { content } = paperRecord('paper.md', 'paper', text, names);
  assert.deepEqual(
    [...content.matchAll(/<a data-pagefind-filter="topic">([^<]*)<\/a>/g)].map(([, name]) => name),
    ['Other'],
  );
  assert.match(content, new RegExp(`<a data-pagefind-filter="area">${names.areas.get('vision')}</a>`));
  // An area the taxonomy lost is `other`'s, as the pages have it.
  const lost = paperRecord('paper.md', 'paper', text.replace(/^area: .*$/m, 'area: "lost-area"'), names).content;
  assert.match(lost, /<a data-pagefind-filter="area">Other<\/a>/);
});

test('a result excerpt shows the text as written: an entity in a title or abstract is decoded once, never twice', async () => {
  const work = temporaryFolder();
  const dump = join(work, 'daily-papers-2026-04-13.txt');
  writeFileSync(
    dump,
    textEntry('Escaping and &amp; entity', 'Apr 10', {
      abstract: 'A paper about the &amp; entity, <b>tags</b> & signs.',
    }),
  );
  const papers = join(work, 'papers');
  const dist = join(work, 'dist');
  await ingestQuietly([dump], papers);
  await buildSearchIndex({ dist, papersDir: papers, pages: PAGES_BUILT });
  const { results } = await searchBuiltSite(dist, '/', 'entity', { filters: {} }, 5);
  const excerpt = abstractExcerpt(results[0]?.content ?? '', [], results[0]?.meta.title ?? '', 30)
    .map(({ text }) => text)
    .join('');
  assert.match(excerpt, /about the &amp; entity, <b>tags<\/b> & signs\./);
  assert.equal(results[0]?.meta.title, 'Escaping and &amp; entity');
});
