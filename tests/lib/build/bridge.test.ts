import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import {
  handedOverSummary,
  handOverPageRegistry,
  handOverSummaries,
  pageRegistry,
} from '../../../src/lib/build/bridge.ts';
import type { PageRegistry } from '../../../src/lib/build/unchanged-pages.ts';

const registry = (): PageRegistry => ({
  previous: undefined,
  lastBuildFiles: undefined,
  outDir: '/site/dist',
  base: '/',
  pages: new Map(),
});

afterEach(() => {
  handOverPageRegistry(undefined);
  handOverSummaries(new Map());
});

test('what the integrations and the loader hand over, the pages find, through globalThis', () => {
  const handed = registry();
  handOverPageRegistry(handed);
  assert.equal(pageRegistry(), handed);
  assert.equal(
    (globalThis as Record<symbol, unknown>)[Symbol.for('paper-digest.page-registry')],
    handed,
    'a global symbol: shared with modules bundled apart',
  );
  handOverSummaries(new Map([['paper-a', 'A summary.']]));
  assert.equal(handedOverSummary('paper-a'), 'A summary.');
  handOverPageRegistry(undefined);
  assert.equal(pageRegistry(), undefined);
});

test('during a build a page that finds no summary fails; outside one it gets none', () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('paper-digest.summaries')];
  assert.equal(handedOverSummary('paper-a'), undefined, 'in `astro dev`: the page reads the file');
  handOverPageRegistry(registry());
  assert.throws(() => handedOverSummary('paper-a'), /got no summaries from the papers loader/);
  handOverSummaries(new Map([['paper-a', 'A summary.']]));
  assert.throws(() => handedOverSummary('paper-b'), /no summary for paper paper-b/);
});
