import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { moduleClosure } from '../../../src/lib/common/files.ts';
import { codeFingerprint } from '../../../src/lib/search/pagefind-shards.ts';
import { relativePaths } from '../../../src/lib/build/module-imports.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

test('relative paths: every import form, workers, and nothing bare', () => {
  const source = [
    "import { a } from './a.ts';",
    'import {\n  b,\n  c,\n} from "../lib/b.ts";',
    "import type { T } from './types.ts';",
    'import type {\n  U,\n} from "./more-types.ts";',
    "export type { V } from './re-exported-types.ts';",
    "import { type W, x } from './mixed.ts';",
    "import './side-effect.ts';",
    "export * from './re-export.ts';",
    "const lazy = await import('./lazy.ts');",
    "new Worker(new URL('./worker.ts', import.meta.url));",
    'const template = `./template.ts`;',
    "import { readFileSync } from 'node:fs';",
    "import matter from 'gray-matter';",
    "import { a as again } from './a.ts';",
    "const text = 'it\\'s ./not a path';",
  ].join('\n');
  assert.deepEqual(relativePaths(source),
    ['./a.ts', '../lib/b.ts', './mixed.ts', './side-effect.ts', './re-export.ts', './lazy.ts', './worker.ts', './template.ts']);
});

test('the closure follows modules, takes named data files, and skips folders, missing files and cycles', () => {
  const root = mkdtempSync(join(tmpdir(), 'closure-'));
  try {
    const files: Record<string, string> = {
      'scripts/main.ts': "import '../src/a.ts'; import '../src/missing.ts'; const out = './dist/';",
      'src/a.ts': "import './b.ts'; import data from './data.json' with { type: 'json' };",
      'src/b.ts': "import './a.ts'; // cycle",
      'src/data.json': '{ "not": "./followed.ts" }',
      'src/followed.ts': '',
      'src/unused.ts': '',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    mkdirSync(join(root, 'scripts', 'dist'));
    assert.deepEqual(moduleClosure(root, ['scripts/main.ts']), ['scripts/main.ts', 'src/a.ts', 'src/b.ts', 'src/data.json']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the scripts' closures: what the index and the ingest load, and nothing they do not", () => {
  const index = moduleClosure(ROOT, ['scripts/index-search.ts']);
  for (const path of ['src/lib/search/pagefind-shards.ts', 'src/lib/search/record.ts', 'src/lib/ingest/markdown-body.ts', 'src/content.config.ts']) assert.ok(index.includes(path), path);
  for (const path of ['src/lib/site/feeds.ts', 'bench/lib/report.ts', 'scripts/bench.ts', 'src/content.ts']) assert.ok(!index.includes(path), path);
  const ingest = moduleClosure(ROOT, ['scripts/ingest.ts']);
  // The helper thread is named by `new URL(...)`, not imported.
  for (const path of ['src/lib/ingest/thread-worker.ts', 'src/lib/topics/scoring.ts', 'src/lib/ingest/dump-parser.ts']) assert.ok(ingest.includes(path), path);
  for (const path of ['src/lib/search/record.ts', 'src/lib/search/pagefind-shards.ts']) assert.ok(!ingest.includes(path), path);
});

test("a shard's code fingerprint changes with a module the index loads, not with one it does not", () => {
  const root = mkdtempSync(join(tmpdir(), 'shard-code-'));
  try {
    for (const path of [...moduleClosure(ROOT, ['scripts/index-search.ts']), 'package-lock.json', 'content/topics.yaml', 'src/lib/site/feeds.ts']) {
      cpSync(join(ROOT, path), join(root, path), { recursive: true });
    }
    const before = codeFingerprint(root);
    appendFileSync(join(root, 'src/lib/site/feeds.ts'), '\n// edited\n');
    assert.equal(codeFingerprint(root), before);
    appendFileSync(join(root, 'src/lib/search/record.ts'), '\n// edited\n');
    assert.notEqual(codeFingerprint(root), before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
