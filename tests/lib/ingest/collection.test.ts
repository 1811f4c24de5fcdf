import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fileStatus,
  mergeEntries,
  paperFileKey,
  paperKey,
  prepareEntries,
  type DumpEntries,
} from '../../../src/lib/ingest/collection.ts';
import { planCollection, slugsGiven, type PlannedPaper } from '../../../src/lib/ingest/collection-plan.ts';
import { extendRegistry, type SlugRegistry } from '../../../src/lib/ingest/slug-registry.ts';
import type { SurveyedFile } from '../../../src/lib/ingest/collection-folder.ts';
import type { DatedEntry } from '../../../src/lib/ingest/dump-dates.ts';
import { paperFileText } from '../../../src/lib/ingest/paper-file.ts';
import { textHash } from '../../../src/lib/common/files.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../../../src/lib/topics/scoring.ts';
import { NO_TAXONOMY, taxonomyOf } from '../../helpers/taxonomy.ts';

function entry(title: string, date: string, upvotes: number, line: number, abstract = `About ${title}.`): DatedEntry {
  return { title, abstract, authors: 2, upvotes, date, line, yearInferred: false };
}

function dump(file: string, captured: string, entries: DatedEntry[]): DumpEntries {
  const [year, month, day] = captured.split('-').map(Number) as [number, number, number];
  return {
    file,
    format: 'text',
    capture: { day: { year, month, day }, source: 'file-name', explanation: undefined },
    entries,
  };
}

/** No topics: every paper goes to `other`. */
const noTopics = compileTaxonomy(NO_TAXONOMY);

/** The dumps' entries prepared, as reading a dump does, and merged into papers. */
function merge(dumps: readonly DumpEntries[], taxonomy: CompiledTaxonomy = noTopics) {
  return mergeEntries(dumps.map((d) => ({ ...d, entries: prepareEntries(d.entries, taxonomy) })));
}

/** A planned paper's file text, as the thread that has its entry renders it. */
const textOf = ({ data, newest }: PlannedPaper<{ body: string }>) => paperFileText(data, newest.body);
/** How the file's text compares with the one on disk, as the thread that writes it finds. */
const statusOf = (paper: PlannedPaper<{ body: string }>) => fileStatus(textHash(textOf(paper)), paper.before);

/** Files on disk, as the ingest surveys them, from their texts by slug. */
function onDisk(texts: Iterable<[string, string]>): Map<string, SurveyedFile> {
  return new Map(
    [...texts].map(([slug, text]) => [
      slug,
      { key: paperFileKey(text), hash: textHash(text), stat: { size: text.length, mtimeMs: 0 } },
    ]),
  );
}

test('one paper, one file: sightings merge across dumps with the highest upvotes and all sources', () => {
  const papers = merge([
    dump('b.txt', '2026-04-14', [entry('Paper One', '2026-04-10', 5, 30, 'Newer abstract.')]),
    dump('a.txt', '2026-04-13', [entry('paper  one', '2026-04-10', 9, 12), entry('Paper Two', '2026-04-10', 1, 20)]),
  ]);
  assert.equal(papers.length, 2);
  const one = papers.find(({ key }) => key === paperKey('Paper One', '2026-04-10'));
  assert.ok(one);
  assert.equal(one.data.upvotes, 9);
  assert.equal(one.data.title, 'Paper One', 'the newest capture gives the text');
  assert.equal(one.newest.abstract, 'Newer abstract.');
  assert.deepEqual(one.data.sources, [
    { file: 'a.txt', line: 12, captured: '2026-04-13' },
    { file: 'b.txt', line: 30, captured: '2026-04-14' },
  ]);
});

test('the same title on different dates is two papers', () => {
  const papers = merge([
    dump('a.txt', '2026-04-13', [entry('Same', '2025-01-01', 0, 1), entry('Same', '2026-01-01', 0, 9)]),
  ]);
  assert.equal(papers.length, 2);
});

test('papers get their topics from the title and abstract', () => {
  const taxonomy = compileTaxonomy(
    taxonomyOf({
      speech: { name: 'Speech', description: 'd', phrases: { 'speech recognition': 5 } },
    }),
  );
  const papers = merge(
    [
      dump('a.txt', '2026-04-13', [
        entry('Speech Recognition at Scale', '2025-01-01', 0, 1, 'We train a recognizer.'),
        entry('Something Else', '2025-01-01', 0, 9, 'Unrelated.'),
      ]),
    ],
    taxonomy,
  );
  assert.deepEqual(
    papers.map(({ data }) => [data.title, data.topics]),
    [
      ['Something Else', ['other']],
      ['Speech Recognition at Scale', ['speech']],
    ],
  );
});

test('the plan: new, unchanged and updated files; papers no dump lists are removed', () => {
  const first = merge([
    dump('a.txt', '2026-04-13', [entry('Kept', '2025-01-01', 1, 1), entry('Gone', '2025-01-02', 1, 9)]),
  ]);
  const plan = planCollection(first, new Map());
  assert.deepEqual(plan.papers.map(statusOf), ['new', 'new']);
  const disk = onDisk(plan.papers.map((paper) => [paper.slug, textOf(paper)]));

  assert.deepEqual(planCollection(first, disk).papers.map(statusOf), ['unchanged', 'unchanged']);

  const second = merge([dump('a.txt', '2026-04-13', [entry('Kept', '2025-01-01', 7, 1)])]);
  const next = planCollection(second, disk);
  assert.deepEqual(
    next.papers.map((paper) => [paper.slug, statusOf(paper)]),
    [['kept', 'updated']],
  );
  assert.deepEqual(next.removed, ['gone']);
});

test('slugs on disk are kept for their papers; files that are not papers are left alone', () => {
  const papers = merge([
    dump('a.txt', '2026-04-13', [entry('Title', '2025-01-01', 1, 1), entry('Readme', '2025-01-02', 1, 9)]),
  ]);
  const title = planCollection(papers, new Map()).papers.find(({ data }) => data.title === 'Title');
  const renamed = title ? textOf(title) : '';
  const plan = planCollection(
    papers,
    onDisk([
      ['an-older-slug', renamed],
      ['junk', '---js\n{}\n---\n'],
      ['readme', '# Notes\n'],
    ]),
  );
  assert.deepEqual(
    plan.papers.map((paper) => [paper.slug, statusOf(paper)]),
    [
      ['an-older-slug', 'unchanged'],
      ['readme-2025-01-02', 'new'],
    ],
  );
  assert.deepEqual(plan.removed, []);
  assert.deepEqual(plan.ignored, ['junk', 'readme']);
});

/** A JSON dump's entry: an item with an arXiv id, listed on `listed`. */
function item(title: string, date: string, arxiv: string, upvotes: number, number: number, listed: string): DatedEntry {
  return {
    ...entry(title, date, upvotes, number),
    captured: listed,
    details: { arxiv, authorNames: ['Ada Lovelace', 'Alan Turing'], github: 'https://github.com/example/code' },
  };
}

function jsonDump(file: string, captured: string, entries: DatedEntry[]): DumpEntries {
  return { ...dump(file, captured, entries), format: 'json' };
}

test('a paper in a text dump and a JSON dump, a day apart, is one paper with both sources and the JSON details', () => {
  const papers = merge([
    dump('day.txt', '2026-04-13', [entry('Paper  One', '2026-04-10', 9, 12), entry('Paper One', '2026-03-01', 1, 40)]),
    jsonDump('hf-2026-04-13.json', '2026-04-13', [item('Paper One', '2026-04-09', '2604.01234', 7, 3, '2026-04-13')]),
  ]);
  assert.equal(papers.length, 2, 'the namesake of March is another paper');
  const [joined] = papers.filter(({ key }) => key === 'arxiv:2604.01234');
  assert.ok(joined);
  assert.equal(joined.data.upvotes, 9);
  assert.equal(joined.data.arxiv, '2604.01234');
  assert.deepEqual(joined.data.authorNames, ['Ada Lovelace', 'Alan Turing']);
  assert.deepEqual(joined.data.sources, [
    { file: 'day.txt', line: 12, captured: '2026-04-13' },
    { file: 'hf-2026-04-13.json', item: 3, captured: '2026-04-13' },
  ]);
});

test("each detail is the newest sighting's that gives it: a later item without an id or a repository takes neither away", () => {
  const older = item('Paper One', '2026-04-09', '2604.01234', 7, 3, '2026-04-13');
  const newer: DatedEntry = {
    ...entry('Paper One', '2026-04-09', 8, 1),
    captured: '2026-04-14',
    details: { authorNames: ['Ada Lovelace'], githubStars: 12 },
  };
  const [paper] = merge([
    jsonDump('hf-2026-04-13.json', '2026-04-13', [older]),
    jsonDump('hf-2026-04-14.json', '2026-04-14', [newer]),
  ]);
  assert.equal(paper?.key, 'arxiv:2604.01234');
  assert.equal(paper?.data.arxiv, '2604.01234');
  assert.equal(paper?.data.github, 'https://github.com/example/code');
  assert.equal(paper?.data.githubStars, 12);
  assert.deepEqual(paper?.data.authorNames, ['Ada Lovelace']);
});

test('the same arXiv id with an edited title is one paper: the newest title, the slug it had', () => {
  const first = planCollection(
    merge([jsonDump('a.json', '2026-04-13', [item('Old Title', '2026-04-10', '2604.00001', 3, 1, '2026-04-13')])]),
    new Map(),
  );
  const [paper] = first.papers;
  assert.ok(paper);
  const later = planCollection(
    merge([
      jsonDump('a.json', '2026-04-13', [item('Old Title', '2026-04-10', '2604.00001', 3, 1, '2026-04-13')]),
      jsonDump('b.json', '2026-04-14', [item('A Better Title', '2026-04-10', '2604.00001', 8, 1, '2026-04-14')]),
    ]),
    onDisk([[paper.slug, textOf(paper)]]),
  );
  assert.equal(later.papers.length, 1);
  assert.equal(later.papers[0]?.slug, 'old-title');
  assert.equal(later.papers[0]?.data.title, 'A Better Title');
  assert.deepEqual(later.removed, []);
});

test('a paper first written from a text dump keeps its slug once a JSON dump gives its arXiv id', () => {
  const text = dump('day.txt', '2026-04-13', [entry('Paper One', '2026-04-10', 9, 12)]);
  const [paper] = planCollection(merge([text]), new Map()).papers;
  assert.ok(paper);
  // The text dump is gone: only the title and a date a day off say it is the same paper.
  const later = planCollection(
    merge([jsonDump('hf.json', '2026-04-13', [item('Paper One', '2026-04-11', '2604.01234', 7, 1, '2026-04-13')])]),
    onDisk([[paper.slug, textOf(paper)]]),
  );
  assert.deepEqual(
    later.papers.map(({ slug, key }) => [slug, key]),
    [['paper-one', 'arxiv:2604.01234']],
  );
  assert.deepEqual(later.removed, []);
});

test('the slug of a paper removed in this run goes to no other paper of the same title', () => {
  const first = planCollection(
    merge([jsonDump('a.json', '2026-04-13', [item('Foo Bar', '2026-04-10', '2604.00001', 3, 1, '2026-04-13')])]),
    new Map(),
  );
  const [paper] = first.papers;
  assert.ok(paper);
  const later = planCollection(
    merge([jsonDump('b.json', '2026-04-14', [item('Foo Bar', '2026-04-12', '2604.00002', 3, 1, '2026-04-14')])]),
    onDisk([[paper.slug, textOf(paper)]]),
  );
  assert.deepEqual(later.removed, ['foo-bar']);
  assert.equal(later.papers[0]?.slug, 'foo-bar-2026-04-12');
});

/** The collection and its slug registry (slug-registry.ts) as an ingest run leaves them. */
interface Ingested {
  disk: Map<string, string>;
  registry: SlugRegistry;
}

/** One ingest run of `dumps` over `before`: its plan, and the files and registry it leaves. */
function ingestRun(before: Ingested, dumps: readonly DumpEntries[]) {
  const existing = onDisk(before.disk);
  const plan = planCollection(merge(dumps), existing, before.registry);
  const disk = new Map(before.disk);
  for (const slug of plan.removed) disk.delete(slug);
  for (const paper of plan.papers) disk.set(paper.slug, textOf(paper));
  return { plan, disk, registry: extendRegistry(before.registry, slugsGiven(existing, plan.papers)) };
}

/** Each run of `dumps` from an empty folder, then the last with the collection lost (a fresh clone): each one's slugs by key. */
function slugsOfRuns(...runs: (readonly DumpEntries[])[]): [string, string][][] {
  let state: Ingested = { disk: new Map(), registry: new Map() };
  const slugs = runs.map((dumps) => {
    const run = ingestRun(state, dumps);
    state = run;
    return run.plan.papers.map(({ key, slug }): [string, string] => [key, slug]);
  });
  const clone = ingestRun({ disk: new Map(), registry: state.registry }, runs[runs.length - 1] ?? []);
  return [...slugs, clone.plan.papers.map(({ key, slug }) => [key, slug])];
}

const text10 = dump('day.txt', '2026-04-13', [entry('Paper One', '2026-04-10', 9, 12)]);
const json10 = jsonDump('hf.json', '2026-04-13', [item('Paper One', '2026-04-10', '2604.01234', 7, 1, '2026-04-13')]);

test('a paper keeps its slug when the JSON dump that gave its arXiv id is gone, with or without its file', () => {
  assert.deepEqual(slugsOfRuns([text10], [text10, json10], [text10]), [
    [['2026-04-10 paper one', 'paper-one']],
    [['arxiv:2604.01234', 'paper-one']],
    [['2026-04-10 paper one', 'paper-one']],
    [['2026-04-10 paper one', 'paper-one']],
  ]);
});

test('a text sighting joined to a paper of a JSON dump keeps its slug once the JSON dump is gone', () => {
  const text11 = dump('day.txt', '2026-04-13', [entry('Paper One', '2026-04-11', 9, 12)]);
  assert.deepEqual(slugsOfRuns([json10], [json10, text11], [text11]), [
    [['arxiv:2604.01234', 'paper-one']],
    [['arxiv:2604.01234', 'paper-one']],
    [['2026-04-11 paper one', 'paper-one']],
    [['2026-04-11 paper one', 'paper-one']],
  ]);
});

test('two papers an arXiv id joined, parted again, each get back the slug it had', () => {
  const two = dump('day.txt', '2026-04-13', [
    entry('Paper One', '2026-04-10', 9, 12),
    entry('Paper One', '2026-04-11', 3, 30),
  ]);
  const json11 = jsonDump('hf.json', '2026-04-13', [item('Paper One', '2026-04-11', '2604.01234', 7, 1, '2026-04-13')]);
  assert.deepEqual(slugsOfRuns([two], [two, json11], [two]), [
    [
      ['2026-04-10 paper one', 'paper-one'],
      ['2026-04-11 paper one', 'paper-one-2026-04-11'],
    ],
    [['arxiv:2604.01234', 'paper-one']],
    [
      ['2026-04-10 paper one', 'paper-one'],
      ['2026-04-11 paper one', 'paper-one-2026-04-11'],
    ],
    [
      ['2026-04-10 paper one', 'paper-one'],
      ['2026-04-11 paper one', 'paper-one-2026-04-11'],
    ],
  ]);
});

test('a slug an arXiv paper held never goes to another arXiv paper, even through a text sighting near both', () => {
  const text = dump('day.txt', '2026-04-13', [entry('Foo', '2026-04-10', 9, 12)]);
  const first = jsonDump('a.json', '2026-04-13', [item('Foo', '2026-04-11', '2604.00002', 7, 1, '2026-04-13')]);
  const other = jsonDump('b.json', '2026-04-13', [item('Foo', '2026-04-09', '2604.00001', 7, 1, '2026-04-13')]);
  assert.deepEqual(slugsOfRuns([text], [text, first], [text, other]), [
    [['2026-04-10 foo', 'foo']],
    [['arxiv:2604.00002', 'foo']],
    [['arxiv:2604.00001', 'foo-2026-04-10']],
    [['arxiv:2604.00001', 'foo-2026-04-10']],
  ]);
});

test('a paper file whose title was edited by hand keeps its slug: the registry knows its paper', () => {
  const { disk, registry } = ingestRun({ disk: new Map(), registry: new Map() }, [text10]);
  disk.set('paper-one', (disk.get('paper-one') ?? '').replace('title: "Paper One"', 'title: "Paper One, edited"'));
  const run = ingestRun({ disk, registry }, [text10]);
  assert.deepEqual(
    run.plan.papers.map(({ slug }) => slug),
    ['paper-one'],
  );
  assert.deepEqual(run.plan.removed, []);
});

/** A file's front matter damaged by hand: YAML that cannot be read, or a title lost. */
const damages: [string, (text: string) => string][] = [
  ['unreadable YAML', (text) => text.replace(/^title: /m, 'title: [oops ')],
  ['no title', (text) => text.replace(/^title: /m, 'titel: ')],
];

test('a paper file damaged by hand at a slug the registry gives is its paper’s: written again under that slug', () => {
  for (const [damage, damaged] of damages) {
    const { disk, registry } = ingestRun({ disk: new Map(), registry: new Map() }, [text10]);
    disk.set('paper-one', damaged(disk.get('paper-one') ?? ''));
    assert.equal(paperFileKey(disk.get('paper-one') ?? ''), undefined, damage);
    const run = ingestRun({ disk, registry }, [text10]);
    assert.deepEqual(
      run.plan.papers.map((paper) => [paper.slug, statusOf(paper)]),
      [['paper-one', 'updated']],
      damage,
    );
    assert.deepEqual(run.plan.repaired, ['paper-one'], damage);
    assert.deepEqual([run.plan.removed, run.plan.ignored], [[], []], damage);
    assert.deepEqual(run.registry, registry, `${damage}: no slug given`);
    // Repaired: the next run finds the paper's file as written.
    const next = ingestRun(run, [text10]);
    assert.deepEqual(
      next.plan.papers.map((paper) => [paper.slug, statusOf(paper)]),
      [['paper-one', 'unchanged']],
      damage,
    );
    assert.deepEqual([next.plan.repaired, next.plan.removed], [[], []], damage);
  }
});

test('a damaged paper file whose paper no dump lists is removed with it; one the registry does not know is left alone', () => {
  const { disk, registry } = ingestRun({ disk: new Map(), registry: new Map() }, [text10]);
  const damaged = (damages[0]?.[1] ?? String)(disk.get('paper-one') ?? '');
  const other = dump('day.txt', '2026-04-13', [entry('Paper Two', '2026-04-10', 9, 12)]);
  const gone = ingestRun({ disk: new Map([['paper-one', damaged]]), registry }, [other]);
  assert.deepEqual([gone.plan.removed, gone.plan.repaired, gone.plan.ignored], [['paper-one'], [], []]);
  assert.deepEqual(
    gone.plan.papers.map(({ slug }) => slug),
    ['paper-two'],
  );
  // Not in the registry: not a paper file as far as the ingest knows, never overwritten.
  const unknown = ingestRun({ disk: new Map([['paper-one', damaged]]), registry: new Map() }, [text10]);
  assert.deepEqual([unknown.plan.ignored, unknown.plan.repaired, unknown.plan.removed], [['paper-one'], [], []]);
  assert.deepEqual(
    unknown.plan.papers.map(({ slug }) => slug),
    ['paper-one-2026-04-10'],
  );
});
