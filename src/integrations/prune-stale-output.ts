/**
 * Deletes what an incremental build left in the output folder from earlier builds (see
 * src/lib/stale-output.ts), and folders that leaves empty. Astro reports every page of this
 * build — rendered or kept from the last one — in `astro:build:done`.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ownedByIndex, staleOutputFiles, type OutputFile } from '../lib/stale-output.ts';

/**
 * Files not among `pages`, with their modification times. One walk; the search index's folder is
 * not entered and pages are not stat-ed (at 50k papers that is 100k+ files).
 */
function otherFiles(outDir: string, pages: ReadonlySet<string>): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = relative(outDir, join(dir, entry.name)).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!ownedByIndex(`${path}/`)) walk(join(dir, entry.name));
      } else if (!pages.has(path)) files.push({ path, mtimeMs: statSync(join(dir, entry.name)).mtimeMs });
    }
  };
  walk(outDir);
  return files;
}

function removeIfEmpty(outDir: string, folder: string): void {
  if (folder === outDir || readdirSync(folder).length > 0) return;
  rmdirSync(folder);
  removeIfEmpty(outDir, dirname(folder));
}

export function pruneStaleOutput(): AstroIntegration {
  let buildStartedMs = 0;
  return {
    name: 'paper-digest-prune-stale-output',
    hooks: {
      'astro:build:start': () => {
        // Whole seconds: some file systems keep coarse modification times.
        buildStartedMs = Math.floor(Date.now() / 1000) * 1000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = resolve(fileURLToPath(dir));
        const pages = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')));
        const stale = staleOutputFiles(otherFiles(outDir, pages), pages, buildStartedMs);
        for (const path of stale) {
          rmSync(join(outDir, path));
          removeIfEmpty(outDir, dirname(join(outDir, path)));
        }
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) left by earlier builds`);
      },
    },
  };
}
