import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localOriginWarning, siteOrigin } from '../../../src/lib/build/site-origin.ts';

test('without SITE_URL the links name localhost, and the build says so', () => {
  assert.equal(siteOrigin(undefined), 'http://localhost:4321');
  assert.equal(siteOrigin(''), 'http://localhost:4321');
  assert.match(localOriginWarning(undefined) ?? '', /^SITE_URL is not set: .* http:\/\/localhost:4321\. /);
});

test('with SITE_URL, that origin and no warning', () => {
  assert.equal(siteOrigin('https://papers.example.org'), 'https://papers.example.org');
  assert.equal(localOriginWarning('https://papers.example.org'), undefined);
});
