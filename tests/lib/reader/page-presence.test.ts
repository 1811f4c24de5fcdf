import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagePresence } from '../../../src/lib/reader/page-presence.ts';

test('only a 404 says a page is gone; a failed request or a server error says nothing', () => {
  assert.equal(pagePresence(200), 'present');
  assert.equal(pagePresence(204), 'present');
  assert.equal(pagePresence(404), 'gone');
  assert.equal(pagePresence(undefined), 'unknown');
  assert.equal(pagePresence(500), 'unknown');
  assert.equal(pagePresence(403), 'unknown');
});
