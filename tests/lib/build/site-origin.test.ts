import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBasePath, localOriginWarning, publicOrigin, siteOrigin } from '../../../src/lib/build/site-origin.ts';
import { InputError } from '../../../src/lib/common/files.ts';

test('without SITE_URL the links name localhost, and the build says so', () => {
  assert.equal(siteOrigin(undefined), 'http://localhost:4321');
  assert.equal(siteOrigin(''), 'http://localhost:4321');
  assert.match(localOriginWarning(undefined) ?? '', /^SITE_URL is not set: .* http:\/\/localhost:4321\. /);
});

test('with SITE_URL, that origin and no warning', () => {
  assert.equal(siteOrigin('https://papers.example.org'), 'https://papers.example.org');
  assert.equal(localOriginWarning('https://papers.example.org'), undefined);
});

test('SITE_URL is an http(s) origin; a trailing slash is its root', () => {
  assert.equal(publicOrigin(undefined), undefined);
  assert.equal(publicOrigin('http://localhost:8080/'), 'http://localhost:8080');
  assert.equal(siteOrigin('https://papers.example.org/'), 'https://papers.example.org');
});

test('a SITE_URL with a path is refused, saying to put the path in BASE_PATH', () => {
  assert.throws(
    () => siteOrigin('https://ex.org/sub'),
    new InputError(
      'SITE_URL="https://ex.org/sub": the path goes in BASE_PATH; set SITE_URL=https://ex.org and BASE_PATH=/sub',
    ),
  );
  assert.throws(() => publicOrigin('https://ex.org/a/b/'), /set SITE_URL=https:\/\/ex\.org and BASE_PATH=\/a\/b$/);
});

test('a SITE_URL that is no http(s) URL, or more than an origin, is refused naming SITE_URL', () => {
  for (const siteUrl of ['notaurl', 'ex.org', 'localhost:4321', 'ftp://ex.org', 'file:///srv/site'])
    assert.throws(
      () => siteOrigin(siteUrl),
      new InputError(
        `SITE_URL=${JSON.stringify(siteUrl)} is not an http(s) URL: set it to the site's origin, such as https://your.site`,
      ),
    );
  for (const siteUrl of ['https://ex.org/?a=1', 'https://ex.org/#top', 'https://user:pw@ex.org'])
    assert.throws(() => publicOrigin(siteUrl), /^Error: SITE_URL=".*" is not an origin: .* https:\/\/ex\.org$/);
});

test('BASE_PATH is a path; an address is refused, saying where its parts go', () => {
  for (const path of [undefined, '', '/', '/paper-digest', '/paper-digest/', '/a/b.c/'])
    assert.doesNotThrow(() => checkBasePath(path), String(path));
  assert.throws(
    () => checkBasePath('https://x.org/y'),
    new InputError(
      'BASE_PATH="https://x.org/y" is an address, not a path: set SITE_URL=https://x.org and BASE_PATH=/y',
    ),
  );
  for (const path of ['paper-digest', '/a b', '/a?b', '//x.org/y'])
    assert.throws(() => checkBasePath(path), /^Error: BASE_PATH=".*" is not a path: /, path);
});
