import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILD_ID_FILE, stalePages, staleOutputFiles } from '../../../src/lib/build/stale-output.ts';

const started = 2_000;

test('files older than the build that it did not keep are stale', () => {
  const files = [
    { path: 'papers/kept/index.html', mtimeMs: 1_000 }, // unchanged page, kept from the last build
    { path: 'papers/merged-away/index.html', mtimeMs: 1_000 }, // no longer a page
    { path: 'topics/x/9/index.html', mtimeMs: 1_000 }, // the topic shrank
    { path: 'papers/new/index.html', mtimeMs: 3_000 }, // rendered by this build
    { path: '_astro/Base.new.css', mtimeMs: 3_000 }, // bundled by this build
    { path: '_astro/Base.old.css', mtimeMs: 1_000 }, // an earlier build's bundle
    { path: BUILD_ID_FILE, mtimeMs: 1_000 }, // the last build's id: rewritten at the end, not stale
  ];
  const pages = new Set(['papers/kept/index.html', 'papers/new/index.html']);
  assert.deepEqual(staleOutputFiles(files, pages, started), [
    '_astro/Base.old.css',
    'papers/merged-away/index.html',
    'topics/x/9/index.html',
  ]);
});

test('the search index and offline list belong to `npm run index`, which the build runs alongside', () => {
  const files = [
    { path: 'pagefind/pagefind.js', mtimeMs: 1_000 },
    { path: 'pagefind/2026/fragment/en_1.pf_fragment', mtimeMs: 1_000 },
    { path: 'offline-manifest.json', mtimeMs: 1_000 },
    { path: 'pagefinder/index.html', mtimeMs: 1_000 },
    // A file where the index's folder goes: the index's to report, not the build's to remove.
    { path: 'pagefind', mtimeMs: 1_000 },
  ];
  assert.deepEqual(staleOutputFiles(files, new Set(), started), ['pagefinder/index.html']);
});

test('pages in page folders are stale when the last build had them and this one neither produced nor wrote them', () => {
  const previous = [
    'papers/kept/index.html',
    'papers/merged-away/index.html',
    'topics/x/9/index.html',
    'papers/now-public/index.html',
    'papers/already-gone/index.html',
  ];
  const pages = new Set(['papers/kept/index.html', 'papers/new/index.html']);
  const modified = new Map([
    ['papers/kept/index.html', 1_000],
    ['papers/merged-away/index.html', 1_000],
    ['topics/x/9/index.html', 1_000],
    ['papers/now-public/index.html', 3_000],
  ]);
  // topics/ is walked like every other folder; only papers/ is known from the last build's list.
  // A file this build wrote in a page's place (copied from public/) is not stale; a gone one is not either.
  assert.deepEqual(
    stalePages(previous, pages, (path) => modified.get(path), started),
    ['papers/merged-away/index.html'],
  );
  assert.deepEqual(
    stalePages([], pages, (path) => modified.get(path), started),
    [],
  );
});
