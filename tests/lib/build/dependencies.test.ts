import assert from 'node:assert/strict';
import { InputError } from '../../../src/lib/common/files.ts';
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { DEPENDENCIES_VERSION, dependencyKey, type Dependencies } from '../../../src/lib/build/dependencies.ts';
import { codeFingerprint } from '../../../src/lib/search/pagefind-shards.ts';
import { temporaryFolder } from '../../helpers/cli.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A project folder holding `files` (path → text) and a lock file. */
function project(files: Record<string, string>): string {
  const root = temporaryFolder();
  for (const [path, text] of Object.entries({ 'package-lock.json': '{}', ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Whether editing `path` changes the key: whether the key covers it. */
function covers(root: string, dependencies: Dependencies, path: string): boolean {
  const before = dependencyKey(root, dependencies);
  appendFileSync(join(root, path), '\n// edited\n');
  return dependencyKey(root, dependencies) !== before;
}

test('the code is followed through every import form; type-only imports, bare names and other strings are not', () => {
  const root = project({
    'scripts/main.ts': [
      "import { a } from '../src/a.ts';",
      'import {\n  b,\n  c,\n} from "../src/b.ts";',
      "import type { T } from '../src/types.ts';",
      'import type {\n  U,\n} from "../src/more-types.ts";',
      "export type { V } from '../src/re-exported-types.ts';",
      "import { type W, x } from '../src/mixed.ts';",
      "import '../src/side-effect.ts';",
      "export * from '../src/re-export.ts';",
      "const lazy = await import('../src/lazy.ts');",
      "new Worker(new URL('../src/worker.ts', import.meta.url));",
      "const root = new URL('../', import.meta.url);",
      "import data from '../src/data.json' with { type: 'json' };",
      "import '../src/missing.ts';",
      "import { readFileSync } from 'node:fs';",
      "import matter from 'gray-matter';",
      "const named = '../src/named-only.ts'; // ../src/in-a-comment.ts",
    ].join('\n'),
    'src/a.ts': "import './b.ts';",
    'src/b.ts': "import '../scripts/main.ts'; // a cycle",
    'src/lazy.ts': "export const deeper = import('./deeper.ts');",
    'src/deeper.ts': '',
    'src/data.json': '{ "not": "./not-followed.ts" }',
    ...Object.fromEntries(
      [
        'types',
        'more-types',
        're-exported-types',
        'mixed',
        'side-effect',
        're-export',
        'worker',
        'not-followed',
        'named-only',
        'in-a-comment',
        'unused',
      ].map((name) => [`src/${name}.ts`, '']),
    ),
  });
  const dependencies = { code: ['scripts/main.ts'] };
  for (const path of [
    'scripts/main.ts',
    'src/a.ts',
    'src/b.ts',
    'src/mixed.ts',
    'src/side-effect.ts',
    'src/re-export.ts',
    'src/lazy.ts',
    'src/deeper.ts',
    'src/worker.ts',
    'src/data.json',
  ]) {
    assert.ok(covers(root, dependencies, path), path);
  }
  for (const path of [
    'src/types.ts',
    'src/more-types.ts',
    'src/re-exported-types.ts',
    'src/not-followed.ts',
    'src/named-only.ts',
    'src/in-a-comment.ts',
    'src/unused.ts',
  ]) {
    assert.ok(!covers(root, dependencies, path), path);
  }
  // A module named but not made yet is covered once it is there.
  const before = dependencyKey(root, dependencies);
  writeFileSync(join(root, 'src/missing.ts'), '');
  assert.notEqual(dependencyKey(root, dependencies), before);
});

test('a folder stands for every file under it, each followed; inputs are hashed, not followed', () => {
  const root = project({
    'site/page.astro': '<p>page</p>',
    'site/style.css': 'p {}',
    'site/lib/x.ts': "import '../../shared/y.ts';",
    'shared/y.ts': '',
    'shared/z.ts': '',
    'content/topics.yaml': 'a: 1',
    'content/input.ts': "import './dependency.ts';",
    'content/dependency.ts': '',
  });
  const dependencies = { code: ['site'], inputs: ['content/topics.yaml', 'content/input.ts'] };
  for (const path of [
    'site/page.astro',
    'site/style.css',
    'site/lib/x.ts',
    'shared/y.ts',
    'content/topics.yaml',
    'content/input.ts',
  ])
    assert.ok(covers(root, dependencies, path), path);
  for (const path of ['shared/z.ts', 'content/dependency.ts']) assert.ok(!covers(root, dependencies, path), path);
  const before = dependencyKey(root, dependencies);
  writeFileSync(join(root, 'site/new.astro'), '');
  const added = dependencyKey(root, dependencies);
  assert.notEqual(added, before, 'a file added to the folder');
  rmSync(join(root, 'site/style.css'));
  assert.notEqual(dependencyKey(root, dependencies), added, 'a file removed from it');
});

test('every key covers the lock file, starts with the version, and differs with the settings', () => {
  const root = project({ 'main.ts': '' });
  assert.ok(covers(root, { code: ['main.ts'] }, 'package-lock.json'), 'the lock file');
  const key = dependencyKey(root, { code: ['main.ts'], settings: { unicode: '16.0', base: '/' } });
  assert.ok(key.startsWith(`${DEPENDENCIES_VERSION}.`), key);
  assert.match(key, /^\d+\.[\w-]{43}$/);
  assert.equal(
    dependencyKey(root, { code: ['main.ts'], settings: { unicode: '16.0', base: '/' } }),
    key,
    'the same dependencies, the same key',
  );
  assert.notEqual(dependencyKey(root, { code: ['main.ts'], settings: { unicode: '16.0', base: '/sub/' } }), key);
  assert.notEqual(dependencyKey(root, { code: ['main.ts'] }), key);
  // File names are part of the key: the same texts under other names are other files.
  const renamed = project({ 'other.ts': '' });
  assert.notEqual(dependencyKey(renamed, { code: ['other.ts'] }), dependencyKey(root, { code: ['main.ts'] }));
});

test('what a key cannot cover is an error, not a key that leaves it out', () => {
  const root = project({ 'main.ts': "import { from './x.ts'" });
  assert.throws(() => dependencyKey(root, { code: ['gone.ts'] }), /gone\.ts: not found/);
  assert.throws(() => dependencyKey(root, { code: ['main.ts'] }), /main\.ts: cannot read its imports/);
  rmSync(join(root, 'package-lock.json'));
  writeFileSync(join(root, 'main.ts'), '');
  // A checkout without the lock file is the user's to mend: said in one line, without a stack.
  assert.throws(
    () => dependencyKey(root, { code: ['main.ts'] }),
    (error) =>
      error instanceof InputError && /^package-lock\.json is missing from .+: install with npm/.test(error.message),
  );
});

/** A copy of the project's code, to edit. */
function projectCopy(): string {
  const root = temporaryFolder();
  for (const path of ['src', 'scripts', 'bench', 'package-lock.json', 'content/topics.yaml'])
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  return root;
}

test("the index's and the ingest's keys: what they load, and nothing they do not", () => {
  const root = projectCopy();
  const index = { code: ['src/lib/search/build-index.ts'] };
  for (const path of [
    'src/lib/search/pagefind-shards.ts',
    'src/lib/search/record.ts',
    'src/lib/ingest/markdown-body.ts',
    'src/content.config.ts',
  ])
    assert.ok(covers(root, index, path), path);
  for (const path of ['src/lib/site/feeds.ts', 'bench/lib/report.ts', 'scripts/bench.ts', 'src/content.ts'])
    assert.ok(!covers(root, index, path), path);
  const ingest = { code: ['src/lib/ingest/run-ingest.ts'] };
  // The helper thread is named by `new URL(...)`, not imported.
  for (const path of ['src/lib/ingest/thread-worker.ts', 'src/lib/topics/scoring.ts', 'src/lib/ingest/dump-parser.ts'])
    assert.ok(covers(root, ingest, path), path);
  for (const path of ['src/lib/search/record.ts', 'src/lib/search/pagefind-shards.ts'])
    assert.ok(!covers(root, ingest, path), path);
});

test("a shard's code fingerprint changes with a module the index loads and with the topics, not with one it does not load", () => {
  const root = projectCopy();
  const before = codeFingerprint(root);
  appendFileSync(join(root, 'src/lib/site/feeds.ts'), '\n// edited\n');
  assert.equal(codeFingerprint(root), before);
  appendFileSync(join(root, 'src/lib/search/record.ts'), '\n// edited\n');
  const edited = codeFingerprint(root);
  assert.notEqual(edited, before);
  appendFileSync(join(root, 'content/topics.yaml'), '\n# edited\n');
  assert.notEqual(codeFingerprint(root), edited);
});
