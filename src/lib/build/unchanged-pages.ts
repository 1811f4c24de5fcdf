/**
 * Which pages a build renders again (src/integrations/unchanged-pages.ts): those whose cache key
 * (src/lib/build/page-keys.ts) differs from the key the last build rendered them with, or whose file is
 * gone; every page when the code changed or the last build is unknown. Astro's own incremental
 * build decides the same way but writes every page it renders twice, into `dist/` and into a copy
 * to restore from, which costs a fresh build more than it saves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageRegistry } from './bridge.ts';

/** What the last finished build rendered, kept in Astro's cache folder: what the pruning (src/integrations/prune-stale-output.ts) and the incremental build know of the output folder. */
export interface RenderedPages {
  /** The key of the code and settings the pages were rendered with (src/lib/build/dependencies.ts). */
  code: string;
  outDir: string;
  /** The id that build left in `outDir` (src/lib/build/stale-output.ts: BUILD_ID_FILE). */
  buildId: string;
  /** Output file (relative to `outDir`) → the cache key it was rendered with. */
  pages: Record<string, string>;
}

export const RENDERED_PAGES_FILE = 'paper-digest-rendered.json';

/** The state of the build under way (handed to the pages through src/lib/build/bridge.ts): what the last build rendered, and this build's pages. */
export interface PageRegistry {
  /** Output file → cache key, for the pages of the last build (undefined: render every page). */
  previous: Readonly<Record<string, string>> | undefined;
  /** The last build's page files, whatever the code (undefined: unknown, see lastBuild). */
  lastBuildFiles: readonly string[] | undefined;
  outDir: string;
  base: string;
  /** Every page this build has, rendered or left as it was: output file → cache key. */
  pages: Map<string, string>;
}

/** A page's file in the output folder, from its URL: `/base/papers/x/` → `papers/x/index.html`. */
export function pageFile(url: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!url.startsWith(root) || !url.endsWith('/'))
    throw new Error(`internal error: ${url} is not a page URL under ${root}`);
  return `${url.slice(root.length)}index.html`;
}

/**
 * The last build, if `saved` describes what is in the output folder now: the same folder, and
 * the build id found there (another build into the folder since, or one that stopped half-way,
 * left another id or none). Its pages are there whatever the code; their keys hold only for the
 * same code.
 */
export function lastBuild(
  saved: unknown,
  now: { outDir: string; buildId: string | undefined },
): Pick<RenderedPages, 'code' | 'pages'> | undefined {
  if (typeof saved !== 'object' || saved === null || now.buildId === undefined) return undefined;
  const { code, outDir, buildId, pages } = saved as Partial<RenderedPages>;
  if (typeof code !== 'string' || outDir !== now.outDir || buildId !== now.buildId) return undefined;
  if (typeof pages !== 'object' || pages === null) return undefined;
  return Object.values(pages).every((key) => typeof key === 'string') ? { code, pages } : undefined;
}

/**
 * The keys of the pages a build may leave as they are: the last build's, when it rendered them
 * with this code and the setting (INCREMENTAL_BUILD) is not `0`; none otherwise.
 */
export function reusableKeys(
  last: Pick<RenderedPages, 'code' | 'pages'> | undefined,
  code: string,
  setting: string | undefined,
): Readonly<Record<string, string>> | undefined {
  return setting === '0' || last?.code !== code ? undefined : last.pages;
}

/** Whether a page must be rendered: its key is new or changed, or its file is missing. */
export function mustRender(
  previous: Readonly<Record<string, string>> | undefined,
  file: string,
  key: string,
  exists: (file: string) => boolean,
): boolean {
  return previous === undefined || previous[file] !== key || !exists(file);
}

/** Of `pages`, those the build must render; every one is recorded in the registry. */
export function pagesToRender<T>(pages: readonly T[], urlOf: (page: T) => string, keyOf: (page: T) => string): T[] {
  const registry = pageRegistry();
  if (!registry) return [...pages];
  const { previous, outDir, base } = registry;
  return pages.filter((page) => {
    const file = pageFile(urlOf(page), base);
    const key = keyOf(page);
    registry.pages.set(file, key);
    return mustRender(previous, file, key, (path) => existsSync(join(outDir, path)));
  });
}

/** The last build's page files, if known (see lastBuild): what the pruning need not walk for. */
export function lastBuildFiles(): readonly string[] | undefined {
  return pageRegistry()?.lastBuildFiles;
}

/** Every page file of this build, rendered or kept (empty outside a build). */
export function keptAndRenderedPages(): string[] {
  return [...(pageRegistry()?.pages.keys() ?? [])];
}
