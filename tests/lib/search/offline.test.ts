import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineManifest, versionedWorker } from '../../../src/lib/search/offline.ts';
import { ROOT } from '../../helpers/cli.ts';

const shard = (name: string) => [
  { path: `pagefind/${name}/pagefind.js`, bytes: 10 },
  { path: `pagefind/${name}/pagefind-worker.js`, bytes: 10 },
  { path: `pagefind/${name}/wasm.en.pagefind`, bytes: 10 },
  { path: `pagefind/${name}/pagefind-entry.json`, bytes: 10 },
  { path: `pagefind/${name}/pagefind.en_1.pf_meta`, bytes: 10 },
  { path: `pagefind/${name}/index/en_2.pf_index`, bytes: 10 },
  { path: `pagefind/${name}/filter/en_3.pf_filter`, bytes: 10 },
  { path: `pagefind/${name}/fragment/en_group_4.pf_fragment`, bytes: 50 },
  { path: `pagefind/${name}/fingerprint.txt`, bytes: 10 },
];

/** Every file's content, as the build hashes it: the same for all but those a test changes. */
const unchanged = () => 'same';

const site = [
  { path: 'index.html', bytes: 10 },
  { path: 'search/index.html', bytes: 10 },
  { path: 'areas/index.html', bytes: 10 },
  { path: 'areas/vision/index.html', bytes: 10 },
  { path: 'saved/index.html', bytes: 10 },
  { path: '404.html', bytes: 10 },
  { path: 'papers/a/index.html', bytes: 10 },
  { path: 'dates/2024-01-01/index.html', bytes: 10 },
  { path: '_astro/Base.abc.css', bytes: 10 },
  { path: 'pagefind/shards.json', bytes: 10 },
  ...shard('2026-04'),
  ...shard('2025'),
];

test("the shell (/saved/ too), assets, shard list, every shard's index and the newest shard's Pagefind script are cached; unvisited pages are not", () => {
  const { files } = offlineManifest(site, '2026-04', unchanged);
  assert.deepEqual(files, [
    '404.html',
    '_astro/Base.abc.css',
    'areas/',
    './',
    'pagefind/2025/filter/en_3.pf_filter',
    'pagefind/2025/index/en_2.pf_index',
    'pagefind/2025/pagefind-entry.json',
    'pagefind/2025/pagefind.en_1.pf_meta',
    'pagefind/2026-04/filter/en_3.pf_filter',
    'pagefind/2026-04/index/en_2.pf_index',
    'pagefind/2026-04/pagefind-entry.json',
    'pagefind/2026-04/pagefind-worker.js',
    'pagefind/2026-04/pagefind.en_1.pf_meta',
    'pagefind/2026-04/pagefind.js',
    'pagefind/2026-04/wasm.en.pagefind',
    'pagefind/shards.json',
    'saved/',
    'search/',
    'pagefind/2025/fragment/en_group_4.pf_fragment',
    'pagefind/2026-04/fragment/en_group_4.pf_fragment',
  ]);
});

test('a site without papers caches no Pagefind script', () => {
  assert.ok(
    !offlineManifest(site, undefined, unchanged).files.some(
      (file) => file.endsWith('.js') || file.endsWith('.pagefind'),
    ),
  );
});

test('fragments only while the budget holds; a changed file changes the version', () => {
  assert.ok(
    !offlineManifest(site, '2026-04', unchanged, { bytes: 200, files: 100 }).files.some((file) =>
      file.includes('fragment'),
    ),
  );
  assert.equal(offlineManifest(site, '2026-04', unchanged, { bytes: 200, files: 100 }).bytes, 180);
  assert.ok(
    !offlineManifest(site, '2026-04', unchanged, { bytes: 1e9, files: 18 }).files.some((file) =>
      file.includes('fragment'),
    ),
    'too many requests',
  );
  // Of one size, another content: a page edited by a character.
  const edited = (path: string) => (path === 'search/index.html' ? 'edited' : 'same');
  const version = offlineManifest(site, '2026-04', unchanged).version;
  assert.notEqual(offlineManifest(site, '2026-04', edited).version, version);
  assert.equal(offlineManifest([...site].reverse(), '2026-04', unchanged).version, version);
});

test("the service worker's script names the version, so a browser installs it again for each new build", () => {
  const worker = readFileSync(join(ROOT, 'public', 'sw.js'), 'utf8');
  const built = versionedWorker(worker, 'abc123');
  assert.match(built, /^const VERSION = 'abc123';$/m);
  assert.notEqual(versionedWorker(built, 'def456'), built, 'a later build into the same folder');
  assert.equal(versionedWorker(built, 'abc123'), built);
  assert.equal(built.replace("'abc123'", "'unbuilt'"), worker, 'nothing else changes');
});
