import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { resultLink } from '../../../src/lib/search/result-link.ts';

test('with the public origin known, a result links to its published page', () => {
  const site = 'https://papers.example.org';
  assert.equal(resultLink('/digest/papers/a/', { site, dist: 'dist', base: '/digest/' }), `${site}/digest/papers/a/`);
  assert.equal(resultLink('/papers/a/', { site: `${site}/`, dist: 'dist', base: '/' }), `${site}/papers/a/`);
});

test("without it, a result is its built page's file, under any base path", () => {
  assert.equal(resultLink('/papers/a/', { dist: 'dist', base: '/' }), resolve('dist/papers/a/index.html'));
  assert.equal(
    resultLink('/digest/papers/a/', { dist: '/srv/site', base: '/digest' }),
    '/srv/site/papers/a/index.html',
  );
  assert.equal(resultLink('/papers/caf%C3%A9/', { dist: '/d', base: '/' }), '/d/papers/café/index.html');
});
