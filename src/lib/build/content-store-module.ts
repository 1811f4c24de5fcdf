/**
 * Astro's module of the content store, made to read the store from its file as the build renders
 * (src/integrations/content-store-file.ts). Astro writes the store into that module as one JSON
 * string literal, which Vite bundles and Node compiles again every build (at 50k papers, 22 MB).
 */

/** The module's id once resolved (Astro's `astro:data-layer-content`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** The file Astro writes the store to when it builds, in its cache folder. */
export const STORE_FILE = 'data-store.json';

/** The module's code: what Astro's code exports, the parsed JSON, read from `file` when it runs. */
export function storeModuleCode(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}
