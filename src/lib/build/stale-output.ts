/**
 * Which files of a previous build an incremental build leaves behind. The build keeps `dist/`
 * (so unchanged pages are neither rendered nor copied), which means pages that no longer exist —
 * a paper merged away, a topic page that shrank — would stay online. A file is stale when this
 * build neither wrote it (it is older than the build) nor kept it as an unchanged page, and no
 * later step owns it.
 */
import { OFFLINE_MANIFEST_FILE } from '../search/offline.ts';

export interface OutputFile {
  /** Relative to the output folder, forward slashes. */
  path: string;
  mtimeMs: number;
}

/**
 * Written by `npm run index` (alongside `astro build`, see src/integrations/search-index.ts): never
 * pruned by the build, whatever stands at those names (the index reports what it cannot replace).
 */
const INDEX_OUTPUTS = ['pagefind', OFFLINE_MANIFEST_FILE] as const;

export const ownedByIndex = (path: string) =>
  INDEX_OUTPUTS.some((owned) => path === owned || path.startsWith(`${owned}/`));

/** In the output folder: the id of the last build whose page list is known (src/integrations/unchanged-pages.ts keeps the list, prune-stale-output.ts writes the id); rewritten, never pruned. */
export const BUILD_ID_FILE = '.paper-digest-build';

export function staleOutputFiles(
  files: readonly OutputFile[],
  pages: ReadonlySet<string>,
  buildStartedMs: number,
): string[] {
  return files
    .filter(
      ({ path, mtimeMs }) =>
        mtimeMs < buildStartedMs && !pages.has(path) && !ownedByIndex(path) && path !== BUILD_ID_FILE,
    )
    .map(({ path }) => path)
    .sort();
}

/**
 * Folders holding nothing but pages, a folder per page: too many to walk on every build, so when
 * the last build's pages are known, their stale files are instead the last build's pages there
 * that this build did not produce.
 */
export const PAGE_FOLDERS = ['papers/'] as const;

export const inPageFolder = (path: string) => PAGE_FOLDERS.some((folder) => path.startsWith(folder));

/**
 * The last build's pages in page folders that this build did not produce, and did not write
 * otherwise either (a file from public/ in their place): stale. `modifiedMs` gives a file's
 * modification time, undefined when it is gone.
 */
export function stalePages(
  previous: Iterable<string>,
  pages: ReadonlySet<string>,
  modifiedMs: (path: string) => number | undefined,
  buildStartedMs: number,
): string[] {
  return [...previous]
    .filter((path) => {
      if (!inPageFolder(path) || pages.has(path)) return false;
      const modified = modifiedMs(path);
      return modified !== undefined && modified < buildStartedMs;
    })
    .sort();
}
