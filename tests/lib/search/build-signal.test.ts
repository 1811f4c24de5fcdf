import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import {
  BuildStopped,
  PAGES_BUILT,
  pagesFromBuild,
  stopIfTheBuildStopped,
} from '../../../src/lib/search/build-signal.ts';

test('a build that says `built` and closes its input has built its pages', async () => {
  const input = new PassThrough();
  const pages = pagesFromBuild(input);
  input.write('bu');
  input.write('ilt\n');
  assert.equal(pages.stopped(), false, 'not before the input closes');
  input.end();
  assert.equal(await pages.built, true);
  assert.equal(pages.stopped(), false);
  assert.doesNotThrow(() => stopIfTheBuildStopped(pages));
});

test('a build whose input closes without `built` stopped: the index stops too', async () => {
  const input = new PassThrough();
  const pages = pagesFromBuild(input);
  input.end('building\n');
  assert.equal(await pages.built, false);
  assert.equal(pages.stopped(), true);
  assert.throws(
    () => stopIfTheBuildStopped(pages),
    (error) => {
      assert.ok(error instanceof BuildStopped);
      assert.equal(
        error.message,
        'the site build stopped; shards already made are kept, the list of shards is left as it was',
      );
      return true;
    },
  );
});

test('closing stops reading the input; without a build, the pages are there', async () => {
  const input = new PassThrough();
  pagesFromBuild(input).close();
  assert.equal(input.destroyed, true);
  assert.equal(await PAGES_BUILT.built, true);
  assert.equal(PAGES_BUILT.stopped(), false);
});
