import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { displayPath, InputError, listInputFiles, readUtf8 } from '../../../src/lib/common/files.ts';
import { temporaryFolder } from '../../helpers/cli.ts';

function inputError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return error.message;
  }
  assert.fail('no error');
}

test('input files: folders searched for the extensions, sorted; a file named is taken whatever its name', () => {
  const dir = temporaryFolder();
  mkdirSync(join(dir, 'sub'));
  for (const name of ['b.txt', 'a.txt', 'sub/c.txt', 'notes.md']) writeFileSync(join(dir, name), '');
  assert.deepEqual(
    listInputFiles([dir], ['.txt']),
    ['a.txt', 'b.txt', 'sub/c.txt'].map((name) => join(dir, name)),
  );
  assert.deepEqual(listInputFiles([join(dir, 'notes.md')], ['.txt']), [join(dir, 'notes.md')]);
});

test('input that cannot be read is an InputError naming it: missing, a link to nothing, a file taken for a folder', () => {
  const dir = temporaryFolder();
  writeFileSync(join(dir, 'a.txt'), '');
  assert.equal(
    inputError(() => listInputFiles([join(dir, 'none')], ['.txt'])),
    `${join(dir, 'none')}: no such file or folder`,
  );
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
  assert.equal(
    inputError(() => listInputFiles([dir], ['.txt'])),
    `${join(dir, 'link.txt')}: a link to nothing (its target does not exist)`,
  );
  assert.equal(
    inputError(() => listInputFiles([join(dir, 'a.txt', 'x')], ['.txt'])),
    `${join(dir, 'a.txt', 'x')}: cannot read (ENOTDIR)`,
  );
  assert.match(
    inputError(() => readUtf8(join(dir, 'link.txt'))),
    /link\.txt: no such file or folder$/,
  );
});

test('a path is shown relative to the working folder inside it, else absolute, never climbing out of it', () => {
  const here = process.cwd();
  assert.equal(displayPath(join(here, 'content', 'topics.yaml')), 'content/topics.yaml');
  assert.equal(displayPath('content/../topics.yaml'), 'topics.yaml');
  assert.equal(displayPath(here), '.');
  // A name that starts with two dots is still inside.
  assert.equal(displayPath('..topics.yaml'), '..topics.yaml');
  assert.equal(displayPath('/nonexistent.yaml'), '/nonexistent.yaml');
  assert.equal(displayPath('../topics.yaml'), resolve('../topics.yaml'));
  assert.equal(displayPath(dirname(here)), dirname(here));
});
