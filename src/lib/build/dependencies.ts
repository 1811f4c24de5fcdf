/**
 * The one rule for reusing earlier work. Every cache (the ingest's manifest and topic scores, the
 * search shards, the related-papers reference, the content store's entries, the rendered pages)
 * is kept under the key of what it depends on: the code that makes it, followed through its
 * imports; the lock file, which pins the packages that code loads; Node's Unicode tables, with
 * which text is folded (NFKC, letter classes); the files it is made from; its settings; and
 * DEPENDENCIES_VERSION. A cache found under another key is not read but made again
 * and overwritten, so no code reads the files of earlier versions.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { InputError, listFiles } from '../common/files.ts';

await init;

/** The start of every key: bump it to make every cache again once, for a change no key sees. */
export const DEPENDENCIES_VERSION = 1;

/** Always part of a key: the packages' versions. */
const LOCK_FILE = 'package-lock.json';

export interface Dependencies {
  /**
   * What makes the artifact, relative to the root (forward slashes): a module (.ts, .mts, .js,
   * .mjs) is followed through what it loads by a relative path (imports, re-exports, dynamic
   * imports, `new URL('./worker.ts', import.meta.url)`); a folder stands for every file under it.
   */
  code: readonly string[];
  /** Files it is made from, relative to the root: hashed as they are, not followed. */
  inputs?: readonly string[];
  /** Whatever else it depends on, as JSON. */
  settings?: unknown;
}

/**
 * The key of an artifact made by `code` from `inputs` with `settings`, under the project folder
 * `root`: the version, then a hash of the settings and of every file, each with its name.
 */
export function dependencyKey(root: string, { code, inputs = [], settings = null }: Dependencies): string {
  const files = new Set<string>();
  const follow = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    if (MODULE.test(path))
      for (const named of loadedPaths(path, readFileSync(join(root, path), 'utf8')))
        if (isFile(root, named)) follow(named);
  };
  for (const entry of code) for (const path of filesUnder(root, entry)) follow(path);
  for (const entry of [...inputs, LOCK_FILE]) for (const path of filesUnder(root, entry)) files.add(path);
  const key = createHash('sha256').update(`${process.versions.unicode}\u0000${JSON.stringify(settings)}\u0000`);
  for (const path of [...files].sort()) {
    const bytes = readFileSync(join(root, path));
    key.update(`${path}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return `${DEPENDENCIES_VERSION}.${key.digest('base64url')}`;
}

const MODULE = /\.(?:ts|mts|js|mjs)$/;

/** `import type` and `export type` statements, which TypeScript erases: nothing is loaded. */
const TYPE_ONLY = /^(?:import|export)\s+type\s+(?!from\b)[\w{*]/;

/** A path in `new URL('…', import.meta.url)`, right before its `import.meta`. */
const URL_OF_MODULE = /new\s+URL\(\s*(["'`])([^"'`$\\\n]+)\1\s*,\s*$/;

/**
 * The files module `path` loads by a relative path, relative to the root. Paths built at run
 * time (`./${name}.ts`) are not seen: name modules literally.
 */
function loadedPaths(path: string, source: string): string[] {
  let imports;
  try {
    [imports] = parse(source);
  } catch (error) {
    throw new Error(`${path}: cannot read its imports to key a cache (${(error as Error).message})`);
  }
  const named: string[] = [];
  for (const { n, d, s, e, ss, se } of imports) {
    if (d === -2) {
      // `import.meta`: a file's URL when it is `new URL('./x.ts', import.meta.url)`.
      const url = source.slice(e).startsWith('.url')
        ? URL_OF_MODULE.exec(source.slice(Math.max(0, s - 200), s))?.[2]
        : undefined;
      if (url !== undefined) named.push(url);
    } else if (n !== undefined && !(d === -1 && TYPE_ONLY.test(source.slice(ss, se)))) named.push(n);
  }
  return named
    .filter((name) => name.startsWith('./') || name.startsWith('../'))
    .map((name) => posix.join(posix.dirname(path), name));
}

/** Whether `path` is a file: a folder named by a URL, or a module not made yet, is no dependency. */
function isFile(root: string, path: string): boolean {
  return statSync(join(root, path), { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The file `entry`, or every file under the folder `entry`; a key must not leave out what it cannot read. */
function filesUnder(root: string, entry: string): string[] {
  const stats = statSync(join(root, entry), { throwIfNoEntry: false });
  if (stats?.isFile()) return [entry];
  if (stats?.isDirectory()) return listFiles(join(root, entry)).map(({ path }) => posix.join(entry, path));
  // The lock file is the user's to restore (a checkout without it); any other entry missing is a bug.
  if (entry === LOCK_FILE)
    throw new InputError(
      `${LOCK_FILE} is missing from ${root}: install with npm, which writes it (every cache is keyed by it)`,
    );
  throw new Error(`${entry}: not found under ${root}, so a cache's key cannot cover it`);
}
