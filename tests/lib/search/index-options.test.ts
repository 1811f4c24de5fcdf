import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../../src/lib/common/files.ts';
import { INDEX_HELP, parseIndexOptions } from '../../../src/lib/search/index-options.ts';

test('--help asks for the help, which names every option', () => {
  assert.equal(parseIndexOptions(['--help']), 'help');
  for (const option of ['--dist DIR', '--base PATH', '--wait-for-pages', '--help'])
    assert.ok(INDEX_HELP.includes(option), option);
});

test('the index is made in a built site; a --dist with none is refused, naming it', () => {
  const site = mkdtempSync(join(tmpdir(), 'index-options-'));
  try {
    assert.throws(
      () => parseIndexOptions(['--dist', site]),
      new InputError(`there is no built site in ${site}: run \`npm run build\`, or give --dist the folder it built`),
    );
    writeFileSync(join(site, 'index.html'), '');
    assert.deepEqual(parseIndexOptions(['--dist', site]), { dist: site, base: '/', waitForPages: false });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test("a build's own run starts before its pages are written: no built site asked for", () => {
  const dist = join(tmpdir(), 'index-options-not-made-yet', 'dist');
  assert.deepEqual(parseIndexOptions(['--dist', dist, '--base', '/sub/', '--wait-for-pages'], '/other/'), {
    dist,
    base: '/sub/',
    waitForPages: true,
  });
  assert.equal(
    (parseIndexOptions(['--dist', dist, '--wait-for-pages'], '/other/') as { base: string }).base,
    '/other/',
  );
});

test('a base that is not a path is refused as the build refuses it, naming where it was given', () => {
  const dist = join(tmpdir(), 'index-options-not-made-yet', 'dist');
  assert.throws(
    () => parseIndexOptions(['--dist', dist, '--base=notapath', '--wait-for-pages']),
    new InputError(
      '--base="notapath" is not a path: set it to the subpath the site is served under, such as /paper-digest',
    ),
  );
  assert.throws(
    () => parseIndexOptions(['--dist', dist, '--wait-for-pages'], 'https://ex.org/sub'),
    new InputError(
      'BASE_PATH="https://ex.org/sub" is an address, not a path: set SITE_URL=https://ex.org and BASE_PATH=/sub',
    ),
  );
});
