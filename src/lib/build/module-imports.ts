/**
 * The relative paths a module's source names — static and dynamic imports, re-exports, and
 * `new URL('./worker.ts', import.meta.url)` — so that a script's fingerprint can cover the code
 * it runs rather than whole folders. Read from the text, not parsed: every quoted string starting
 * with `../` or `../../` counts, so a path named in a comment is taken too (hashing a file more than
 * needed is safe; missing one is not), except in type-only imports, which TypeScript erases. A
 * path built at run time (`./${name}.ts`) is not seen: name modules literally.
 */
const RELATIVE_PATH = /(["'`])(\.\.?\/[^"'`\n]*)\1/g;
const TYPE_ONLY_IMPORT = /^\s*(?:import|export)\s+type\s[^;]*;/gm;

/** Quoted relative paths in `source`, in order of first appearance, without repeats. */
export function relativePaths(source: string): string[] {
  return [...new Set(Array.from(source.replace(TYPE_ONLY_IMPORT, '').matchAll(RELATIVE_PATH), (match) => match[2] as string))];
}

/** Whether a file is source whose own relative paths are followed. */
export const isModule = (path: string) => /\.(?:ts|mts|js|mjs)$/.test(path);
