import assert from 'node:assert/strict';
import { test } from 'node:test';
import { offlineManifest } from '../src/lib/offline.ts';

const site = [
  { path: 'index.html', bytes: 10 }, { path: 'search/index.html', bytes: 10 }, { path: '404.html', bytes: 10 },
  { path: 'papers/a/index.html', bytes: 10 }, { path: 'dates/2024-01-01/index.html', bytes: 10 },
  { path: '_astro/Base.abc.css', bytes: 10 }, { path: 'pagefind/pagefind.js', bytes: 10 }, { path: 'pagefind/wasm.en.pagefind', bytes: 10 },
  { path: 'pagefind/pagefind-entry.json', bytes: 10 }, { path: 'pagefind/pagefind.en_1.pf_meta', bytes: 10 },
  { path: 'pagefind/index/en_2.pf_index', bytes: 10 }, { path: 'pagefind/filter/en_3.pf_filter', bytes: 10 },
  { path: 'pagefind/fragment/en_4.pf_fragment', bytes: 50 }, { path: 'pagefind/pagefind-ui.js', bytes: 10 },
];

test('the shell, assets and Pagefind core are cached; unvisited paper and day pages are not', () => {
  const { files } = offlineManifest(site);
  assert.deepEqual(files, [
    '404.html', '_astro/Base.abc.css', './', 'pagefind/filter/en_3.pf_filter', 'pagefind/index/en_2.pf_index',
    'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_1.pf_meta', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind',
    'search/', 'pagefind/fragment/en_4.pf_fragment',
  ]);
});

test('fragments only while the budget holds; a changed file changes the version', () => {
  assert.ok(!offlineManifest(site, { bytes: 120, files: 100 }).files.some((file) => file.includes('fragment')));
  assert.equal(offlineManifest(site, { bytes: 120, files: 100 }).bytes, 100);
  assert.ok(!offlineManifest(site, { bytes: 1e9, files: 10 }).files.some((file) => file.includes('fragment')), 'too many requests');
  const changed = site.map((file) => (file.path === 'pagefind/pagefind.js' ? { ...file, bytes: 11 } : file));
  assert.notEqual(offlineManifest(changed).version, offlineManifest(site).version);
  assert.equal(offlineManifest([...site].reverse()).version, offlineManifest(site).version);
});
