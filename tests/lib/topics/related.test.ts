import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { decodeReference, encodeReference } from '../../../src/lib/topics/related-file.ts';
import { RELATED, relatedPapers, type RelatedInput } from '../../../src/lib/topics/related.ts';

const papers = [
  {
    id: 'asr-1',
    title: 'Streaming speech recognition with transducers',
    abstract:
      'We improve streaming automatic speech recognition latency with a transducer and acoustic encoder trained on spoken audio.',
    listed: '2026-01-02',
  },
  {
    id: 'asr-2',
    title: 'Robust acoustic models for noisy speech',
    abstract:
      'Speech recognition in noisy audio benefits from acoustic data augmentation of spoken utterances; the transducer improves.',
    listed: '2026-01-02',
  },
  {
    id: 'gnn-1',
    title: 'Message passing for molecular graphs',
    abstract: 'Graph neural networks with message passing predict molecular properties from atoms and bonds.',
    listed: '2026-01-02',
  },
  {
    id: 'gnn-2',
    title: 'Deeper graph networks without oversmoothing',
    abstract:
      'Message passing graph neural networks oversmooth node features; we propose residual graph pooling for molecular data.',
    listed: '2026-01-02',
  },
  {
    id: 'q-1',
    title: 'Post-training quantization of transformers',
    abstract: 'Low-bit quantization of weights and activations keeps transformer accuracy with calibration.',
    listed: '2026-01-02',
  },
  {
    id: 'q-2',
    title: 'Mixed-precision quantization search',
    abstract: 'We search bit widths for quantization of weights and activations under a latency budget.',
    listed: '2026-01-02',
  },
];

test('each paper finds its own subject first, never itself', () => {
  const related = relatedPapers(papers, 3).related;
  for (const [id, others] of related) {
    assert.ok(!others.includes(id));
    assert.equal(others[0]?.split('-')[0], id.split('-')[0], `${id}: ${others.join(', ')}`);
  }
});

test('related lists are deterministic and bounded', () => {
  assert.deepEqual(relatedPapers(papers, 2).related, relatedPapers(papers, 2).related);
  for (const others of relatedPapers(papers, 2).related.values()) assert.ok(others.length <= 2);
});

test('the inverted index is bounded: a term shared by every paper is no reason to compare them all', () => {
  // 600 papers that share one distinctive word but are otherwise unrelated pairs.
  const many = Array.from({ length: 600 }, (_, i) => ({
    id: `p${i}`,
    title: `zyzzyva topic${Math.floor(i / 2)}`,
    abstract: `word${Math.floor(i / 2)} unique${i}`,
    listed: '2026-01-02',
  }));
  const { related } = relatedPapers(many, 1);
  assert.equal(related.get('p0')?.[0], 'p1');
  assert.equal(related.get('p599')?.[0], 'p598');
  assert.ok(RELATED.papersPerTerm < many.length);
});

/** The 266 hand-written abstracts of tests/fixtures/topics, with ids `<set>/<id>`, first listed on `listedOn`. */
function fixturePapers(listedOn: (index: number) => string): RelatedInput[] {
  const fixtures = new URL('../../fixtures/', import.meta.url);
  return ['labelled', 'blind', 'holdout']
    .flatMap((set) =>
      (
        load(readFileSync(new URL(`topics/${set}.yaml`, fixtures), 'utf8')) as {
          papers: Omit<RelatedInput, 'listed'>[];
        }
      ).papers.map(({ id, title, abstract }) => ({ id: `${set}/${id}`, title, abstract })),
    )
    .map((paper, index) => ({ ...paper, listed: listedOn(index) }));
}

test('the related lists of 266 hand-written abstracts are those on file (tests/fixtures/related)', () => {
  // All of one day: a young archive, whose every paper counts for term rarity.
  const actual = Object.fromEntries(
    relatedPapers(
      fixturePapers(() => '2026-01-02'),
      5,
    ).related,
  );
  const expected = new URL('../../fixtures/related/expected.json', import.meta.url);
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expected, `${JSON.stringify(actual, null, 1)}\n`);
  assert.equal(Object.keys(actual).length, 266);
  assert.deepEqual(actual, JSON.parse(readFileSync(expected, 'utf8')));
});

/** The fixture's first 230 abstracts listed over 2025, the other 36 in the newest month. */
const splitAcrossMonths = (index: number) =>
  index < 230 ? `2025-${String((index % 12) + 1).padStart(2, '0')}-15` : '2026-01-05';

test('split across months, the lists are those on file, computed afresh or from a kept reference', () => {
  // The file was first made by code that computed every list afresh, before any reference was
  // kept: a check independent of how this code splits the work.
  const papers = fixturePapers(splitAcrossMonths);
  const expected = new URL('../../fixtures/related/expected-newest-month.json', import.meta.url);
  const afresh = relatedPapers(papers, 5);
  if (process.env.UPDATE_FIXTURES === '1')
    writeFileSync(expected, `${JSON.stringify(Object.fromEntries(afresh.related), null, 1)}\n`);
  const onFile = JSON.parse(readFileSync(expected, 'utf8'));
  assert.deepEqual(Object.fromEntries(afresh.related), onFile);
  // The day before: five of the month's papers not listed yet.
  const dayBefore = relatedPapers(papers.slice(0, -5), 5);
  const again = relatedPapers(papers, 5, dayBefore.reference);
  assert.equal(again.reused, true);
  assert.deepEqual(Object.fromEntries(again.related), onFile);
});

/** Adds each of `added` (papers of the newest month) last, and checks no list it did not enter changed. */
function assertListsStable(papers: readonly RelatedInput[], added: readonly RelatedInput[]): void {
  for (const paper of added) {
    const before = relatedPapers(
      papers.filter((other) => other !== paper),
      5,
    ).related;
    const after = relatedPapers(papers, 5).related;
    for (const [id, list] of before) {
      const now = after.get(id) as string[];
      if (!now.includes(paper.id)) assert.deepEqual(now, list, `${id}'s list changed without ${paper.id} in it`);
    }
  }
}

test('a paper of the newest month changes no other list but those it enters', () => {
  // A year of archive, then a month that grows by one paper at a time.
  const papers = fixturePapers(splitAcrossMonths);
  assertListsStable(papers, papers.slice(230));
});

test("a month's first day moves no term's rarity (the years before the newest count): with no term's list of papers full, no list changes but those the new paper enters", () => {
  // 150 papers over 2024, then 2025's first three months; the last paper is the first of April.
  const papers = fixturePapers((index) =>
    index < 150
      ? `2024-${String((index % 12) + 1).padStart(2, '0')}-15`
      : index < 265
        ? `2025-0${(index % 3) + 1}-10`
        : '2025-04-01',
  );
  const newPaper = papers.at(-1) as RelatedInput;
  const before = relatedPapers(papers.slice(0, -1), 5).related;
  const after = relatedPapers(papers, 5).related;
  let entered = 0;
  for (const [id, list] of before) {
    const now = after.get(id) as string[];
    if (now.includes(newPaper.id)) entered++;
    else assert.deepEqual(now, list, `${id}'s list changed without ${newPaper.id} in it`);
  }
  assert.ok(entered > 0, 'the new paper enters some lists');
});

test('a reference is not reused when the same reference papers count otherwise for rarity: a day that moves the archive across the half', () => {
  // 10 papers of 2024, 6 of January 2025, then February's: with 4 of them the 10 are half of
  // the papers and count for rarity alone; a fifth tips them under half, and every reference
  // paper counts.
  const papers = fixturePapers((index) =>
    index < 10 ? '2024-06-15' : index < 16 ? '2025-01-10' : index < 20 ? '2025-02-10' : '2025-02-11',
  ).slice(0, 21);
  const earlier = relatedPapers(papers.slice(0, -1), 5);
  const again = relatedPapers(papers, 5, earlier.reference);
  assert.equal(again.reused, false);
  assert.deepEqual(again.related, relatedPapers(papers, 5).related);
});

/**
 * 900 papers of 12 + 12 words from a vocabulary of 100, so that every word's list is cut to the
 * strongest 200; one in 30 first listed in the newest month, one in 45 a copy of the paper
 * before it (equal scores, broken by order).
 */
function randomPapers(): RelatedInput[] {
  let seed = 7;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
  const vocabulary = Array.from(
    { length: 100 },
    (_, i) => `term${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  );
  const text = () => Array.from({ length: 12 }, () => vocabulary[random(vocabulary.length)]).join(' ');
  const papers: RelatedInput[] = [];
  for (let i = 0; i < 900; i++) {
    const { title, abstract } = i % 45 === 44 ? (papers[i - 1] as RelatedInput) : { title: text(), abstract: text() };
    papers.push({
      id: `p${String(i).padStart(3, '0')}`,
      title,
      abstract,
      listed: i % 30 === 0 ? NEWEST_MONTH : '2025-06-01',
    });
  }
  assert.ok(RELATED.papersPerTerm * 3 < papers.length);
  return papers;
}
const NEWEST_MONTH = '2026-01-05';

test("nor does it push an older paper out of a term's bounded list (which would change older pairs' scores)", () => {
  const papers = randomPapers();
  assertListsStable(papers, papers.filter(({ listed }) => listed === NEWEST_MONTH).slice(0, 5));
});

test('a reference kept from an earlier call gives the lists computed afresh, when its papers are the same', () => {
  const papers = randomPapers();
  const [added, edited, removed] = papers.filter(({ listed }) => listed === NEWEST_MONTH) as [
    RelatedInput,
    RelatedInput,
    RelatedInput,
  ];
  // The day before: one paper of the month not listed yet, one with another text, one since removed
  // (a word only the new papers have is a term the reference does not know).
  const before = papers
    .filter((paper) => paper !== added && paper !== removed)
    .map((paper) => (paper === edited ? { ...paper, abstract: `${paper.abstract} zorblax` } : paper));
  const earlier = relatedPapers([...before, { ...removed, abstract: `${removed.abstract} quux` }], 5);
  assert.equal(earlier.reused, false);
  const withoutRemoved = papers
    .filter((paper) => paper !== removed)
    .concat({ ...added, id: 'p900', abstract: `${added.abstract} wibble` });
  for (const now of [papers, withoutRemoved]) {
    const again = relatedPapers(now, 5, earlier.reference);
    assert.equal(again.reused, true);
    assert.deepEqual(again.related, relatedPapers(now, 5).related);
  }
  // A paper of the reference changed: its rarities changed, the reference cannot be reused.
  const olderEdited = papers.map((paper, i) => (i === 1 ? { ...paper, title: 'Another title' } : paper));
  const recomputed = relatedPapers(olderEdited, 5, earlier.reference);
  assert.equal(recomputed.reused, false);
  assert.deepEqual(recomputed.related, relatedPapers(olderEdited, 5).related);
});

test('a reference survives being written as bytes and read back; bytes that are not one read as none', () => {
  const papers = randomPapers();
  const { reference, related } = relatedPapers(papers, 5);
  const bytes = encodeReference(reference, 'code 1');
  const read = decodeReference(Buffer.concat([Buffer.alloc(3), bytes]).subarray(3), 'code 1'); // as a file reads: a Buffer, anywhere in its memory
  assert.deepEqual(read, reference);
  const again = relatedPapers(papers, 5, read);
  assert.equal(again.reused, true);
  assert.deepEqual(again.related, related);
  assert.equal(decodeReference(bytes, 'code 2'), undefined, 'made by other code');
  assert.equal(decodeReference(bytes.subarray(0, bytes.length - 8), 'code 1'), undefined);
  assert.equal(decodeReference(new Uint8Array([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]), 'code 1'), undefined);
  assert.equal(decodeReference(new TextEncoder().encode('{"format":"something else"}'), 'code 1'), undefined);
  assert.equal(decodeReference(new Uint8Array(), 'code 1'), undefined);
  // Another layout (one array more), with its checksum right: made by other code, but even under the same code not misread.
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const start = Math.ceil((4 + headerLength) / 8) * 8;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)));
  const lengths = [...header.lengths, 0];
  const checksum = createHash('sha256')
    .update(JSON.stringify({ code: header.code, key: header.key, stems: header.stems, lengths }))
    .update(bytes.subarray(start))
    .digest('base64url');
  const otherHeader = new TextEncoder().encode(JSON.stringify({ ...header, lengths, checksum }));
  const otherStart = Math.ceil((4 + otherHeader.length) / 8) * 8;
  const otherLayout = new Uint8Array(otherStart + bytes.length - start);
  new DataView(otherLayout.buffer).setUint32(0, otherHeader.length, true);
  otherLayout.set(otherHeader, 4);
  otherLayout.set(bytes.subarray(start), otherStart);
  assert.equal(decodeReference(otherLayout, 'code 1'), undefined);
  // Damage that keeps the layout: one bit of a score, one letter of a term.
  const flipped = bytes.slice();
  flipped[bytes.length - 3] = (flipped[bytes.length - 3] as number) ^ 1;
  assert.equal(decodeReference(flipped, 'code 1'), undefined, 'a flipped bit');
  const renamed = bytes.slice();
  renamed.set(new TextEncoder().encode('"termzz"'), Buffer.from(bytes).indexOf('"termaa"'));
  assert.equal(decodeReference(renamed, 'code 1'), undefined, 'a term renamed in the header');
});

test('term rarity comes from the months before the newest: a word new this month counts as rare', () => {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const older = words.map((word, i) => ({
    id: `old${i}`,
    title: 'Topic',
    abstract: `Common words about ${word} and more`,
    listed: '2025-06-01',
  }));
  // Each new paper shares a word with an old one, and all share "zorblax": over every paper it
  // is in 6 of 16 (common: new0 would be closest to old0), over the older ones in none.
  const newer = words.slice(0, 6).map((word, i) => ({
    id: `new${i}`,
    title: 'Zorblax',
    abstract: `Zorblax common words about ${word} and more`,
    listed: '2025-07-01',
  }));
  assert.match(relatedPapers([...older, ...newer], 1).related.get('new0')?.[0] ?? '', /^new/);
});
