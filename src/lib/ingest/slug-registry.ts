/**
 * The slugs given so far, in a file beside the collection folder (`content/slugs.json` for
 * `content/papers`), committed with the dumps: a fresh clone, or a collection lost with a CI
 * cache, gives every paper the permalink it had, and a slug once given never goes to another
 * paper. Slug → the keys of its paper's identity (collection.ts: identityKey), newest last: a
 * paper's key may change (a text dump's entry, later its arXiv id; the JSON dump gone again) and
 * each keeps the slug. Sorted by slug so that a day's changes are a few added lines; a slug with
 * one key has it as a string (the format before keys were kept).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError, readUtf8, writeFileAtomic } from '../common/files.ts';
import { jsonErrorPosition } from '../common/json-syntax.ts';
import { SLUG_PATTERN } from './slug.ts';

export const SLUG_REGISTRY_NAME = 'slugs.json';

/** The registry of collection folder `out`. */
export function slugRegistryFile(out: string): string {
  return join(dirname(out), basename(out) === 'papers' ? SLUG_REGISTRY_NAME : `${basename(out)}.${SLUG_REGISTRY_NAME}`);
}

/** Slug → keys, newest last. */
export type SlugRegistry = Map<string, string[]>;

/** The registry's text, or '' when there is none yet. */
export function readRegistryText(file: string): string {
  return existsSync(file) ? readUtf8(file) : '';
}

/** The registry in `text` (from `file`, which errors name); an empty text is an empty registry. */
export function parseSlugRegistry(file: string, text: string): SlugRegistry {
  if (text === '') return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const { line, column } = jsonErrorPosition(text);
    throw new InputError(`${file}:${line}:${column}: not JSON; restore it from git (it records the permalinks given)`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InputError(`${file}: not an object of slugs and their papers' keys`);
  const registry: SlugRegistry = new Map();
  for (const [slug, value] of Object.entries(parsed)) {
    const keys: unknown[] = Array.isArray(value) ? value : [value];
    if (!SLUG_PATTERN.test(slug) || keys.length === 0 || !keys.every((key) => typeof key === 'string' && key !== ''))
      throw new InputError(`${file}: ${JSON.stringify(slug)} is not a slug with its paper's keys`);
    registry.set(slug, keys as string[]);
  }
  return registry;
}

/** The registry with the slugs given (key, slug) added, in order: each key becomes its slug's newest. */
export function extendRegistry(registry: SlugRegistry, given: Iterable<readonly [string, string]>): SlugRegistry {
  const extended = new Map(registry);
  for (const [key, slug] of given)
    extended.set(slug, [...(extended.get(slug) ?? []).filter((known) => known !== key), key]);
  return extended;
}

/** The registry's text: one slug per line, sorted. */
export function formatSlugRegistry(registry: SlugRegistry): string {
  const slugs = [...registry.keys()].sort();
  const value = (keys: string[]) => JSON.stringify(keys.length === 1 ? keys[0] : keys);
  return `{\n${slugs.map((slug) => `  ${JSON.stringify(slug)}: ${value(registry.get(slug) ?? [])}`).join(',\n')}\n}\n`;
}

/** Writes the registry if its text changed; its text. */
export function writeSlugRegistry(file: string, before: string, registry: SlugRegistry): string {
  const text = formatSlugRegistry(registry);
  if (text !== before) writeFileAtomic(file, text);
  return text;
}
