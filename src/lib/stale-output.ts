/**
 * Which files of a previous build an incremental build leaves behind. The build keeps `dist/`
 * (so unchanged pages are neither rendered nor copied), which means pages that no longer exist —
 * a paper merged away, a topic page that shrank — would stay online. A file is stale when this
 * build neither wrote it (it is older than the build) nor kept it as an unchanged page, and no
 * later step owns it.
 */
export interface OutputFile {
  /** Relative to the output folder, forward slashes. */
  path: string;
  mtimeMs: number;
}

/** Written after `astro build`, by `npm run index`: never pruned by the build. */
export const INDEX_OUTPUTS = ['pagefind/', 'offline-manifest.json'] as const;

export const ownedByIndex = (path: string) => INDEX_OUTPUTS.some((owned) => path === owned || path.startsWith(owned));

export function staleOutputFiles(files: readonly OutputFile[], pages: ReadonlySet<string>, buildStartedMs: number): string[] {
  return files
    .filter(({ path, mtimeMs }) => mtimeMs < buildStartedMs && !pages.has(path) && !ownedByIndex(path))
    .map(({ path }) => path)
    .sort();
}
