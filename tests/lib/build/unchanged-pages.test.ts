import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { handOverPageRegistry } from '../../../src/lib/build/bridge.ts';
import {
  keptAndRenderedPages,
  lastBuildFiles,
  lastBuild,
  mustRender,
  pageFile,
  pagesToRender,
  reusableKeys,
} from '../../../src/lib/build/unchanged-pages.ts';
import { temporaryFolder } from '../../helpers/cli.ts';

test('a page URL names its file in the output folder, under any base path', () => {
  assert.equal(pageFile('/papers/x/', '/'), 'papers/x/index.html');
  assert.equal(pageFile('/sub/topics/t/2/', '/sub'), 'topics/t/2/index.html');
  assert.equal(pageFile('/sub/dates/2026-01-02/', '/sub/'), 'dates/2026-01-02/index.html');
  assert.throws(() => pageFile('/other/papers/x/', '/sub/'), /not a page URL/);
  assert.throws(() => pageFile('/rss.xml', '/'), /not a page URL/);
});

test('the last build is trusted only for the same folder and build id; its code comes with it', () => {
  const saved = { code: 'c1', outDir: '/site/dist', buildId: 'b1', pages: { 'papers/x/index.html': 'k1' } };
  const now = { outDir: '/site/dist', buildId: 'b1' };
  assert.deepEqual(lastBuild(saved, now), { code: 'c1', pages: saved.pages });
  assert.equal(lastBuild(saved, { ...now, outDir: '/elsewhere' }), undefined, 'another folder');
  assert.equal(lastBuild(saved, { ...now, buildId: 'b2' }), undefined, 'another build since');
  assert.equal(lastBuild(saved, { ...now, buildId: undefined }), undefined, 'no build id in the folder');
  assert.equal(lastBuild(undefined, now), undefined);
  assert.equal(lastBuild({ ...saved, pages: { a: 1 } }, now), undefined, 'a damaged list');
  assert.equal(lastBuild({ ...saved, code: undefined }, now), undefined, 'no code fingerprint');
});

test('pages are reused only under the code they were rendered with, and never with INCREMENTAL_BUILD=0', () => {
  const last = { code: 'c1', pages: { 'papers/x/index.html': 'k1' } };
  assert.deepEqual(reusableKeys(last, 'c1', undefined), last.pages);
  assert.deepEqual(reusableKeys(last, 'c1', '1'), last.pages);
  assert.equal(reusableKeys(last, 'c1', '0'), undefined);
  assert.equal(reusableKeys(last, 'c2', undefined), undefined, 'other code');
  assert.equal(reusableKeys(undefined, 'c1', undefined), undefined, 'no last build');
});

test('a page is rendered when its key is new or changed or its file is gone, or nothing is known', () => {
  const previous = { 'papers/x/index.html': 'k1' };
  const exists = () => true;
  assert.equal(mustRender(previous, 'papers/x/index.html', 'k1', exists), false);
  assert.equal(mustRender(previous, 'papers/x/index.html', 'k2', exists), true);
  assert.equal(mustRender(previous, 'papers/y/index.html', 'k1', exists), true);
  assert.equal(
    mustRender(previous, 'papers/x/index.html', 'k1', () => false),
    true,
  );
  assert.equal(mustRender(undefined, 'papers/x/index.html', 'k1', exists), true);
});

test("a route lists only the pages to render, and the build's registry learns every page with its key", () => {
  const pages = [
    { url: '/sub/papers/same/', key: 'k1' },
    { url: '/sub/papers/changed/', key: 'k3' },
    { url: '/sub/papers/gone/', key: 'k4' },
    { url: '/sub/papers/new/', key: 'k5' },
  ];
  const urlOf = (page: { url: string }) => page.url;
  const keyOf = (page: { key: string }) => page.key;
  handOverPageRegistry(undefined);
  assert.deepEqual(pagesToRender(pages, urlOf, keyOf), pages, 'outside a build, every page');
  assert.deepEqual(keptAndRenderedPages(), []);
  assert.equal(lastBuildFiles(), undefined);

  const outDir = temporaryFolder();
  for (const name of ['same', 'changed']) {
    mkdirSync(join(outDir, 'papers', name), { recursive: true });
    writeFileSync(join(outDir, 'papers', name, 'index.html'), '');
  }
  const previous = {
    'papers/same/index.html': 'k1',
    'papers/changed/index.html': 'k2',
    'papers/gone/index.html': 'k4',
  };
  handOverPageRegistry({
    previous,
    lastBuildFiles: Object.keys(previous),
    outDir,
    base: '/sub/',
    pages: new Map(),
  });
  try {
    assert.deepEqual(pagesToRender(pages, urlOf, keyOf).map(urlOf), [
      '/sub/papers/changed/',
      '/sub/papers/gone/',
      '/sub/papers/new/',
    ]);
    assert.deepEqual(keptAndRenderedPages(), [
      'papers/same/index.html',
      'papers/changed/index.html',
      'papers/gone/index.html',
      'papers/new/index.html',
    ]);
    assert.deepEqual(lastBuildFiles(), Object.keys(previous));
  } finally {
    handOverPageRegistry(undefined);
  }
});
