/**
 * Deletes what an incremental build left in the output folder from earlier builds (see
 * src/lib/build/stale-output.ts), and folders that leaves empty. This build's pages are those Astro
 * rendered (`astro:build:done`) and those left as they were (src/integrations/unchanged-pages.ts).
 *
 * The page folders (src/lib/build/stale-output.ts: PAGE_FOLDERS) are not walked when the last build's
 * pages are known: the list the unchanged-pages integration keeps in Astro's cache folder,
 * removed when a build starts and written when it is done, so that after a build that stopped
 * half-way (its pages unknown) the next one walks everything. The list names a build id this
 * integration writes into the output folder: a build into the same folder with another cache
 * folder makes the two differ, and the list is not trusted.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keptAndRenderedPages, lastBuildFiles } from '../lib/build/unchanged-pages.ts';
import {
  BUILD_ID_FILE,
  inPageFolder,
  ownedByIndex,
  stalePages,
  staleOutputFiles,
  type OutputFile,
} from '../lib/build/stale-output.ts';

/**
 * Files not among `pages`, with their modification times. One walk; the search index's folder is
 * not entered, nor the page folders when `skipPageFolders`, and pages are not stat-ed.
 */
function otherFiles(outDir: string, pages: ReadonlySet<string>, skipPageFolders: boolean): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = relative(outDir, join(dir, entry.name)).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!ownedByIndex(`${path}/`) && !(skipPageFolders && inPageFolder(`${path}/`))) walk(join(dir, entry.name));
      } else if (!pages.has(path)) files.push({ path, mtimeMs: statSync(join(dir, entry.name)).mtimeMs });
    }
  };
  walk(outDir);
  return files;
}

function removeIfEmpty(outDir: string, folder: string): void {
  if (folder === outDir || !existsSync(folder) || readdirSync(folder).length > 0) return;
  rmdirSync(folder);
  removeIfEmpty(outDir, dirname(folder));
}

function modifiedMs(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

export function pruneStaleOutput(): AstroIntegration {
  let buildStartedMs = 0;
  let outDir = '';
  return {
    name: 'paper-digest-prune-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': () => {
        // Whole seconds: some file systems keep coarse modification times.
        buildStartedMs = Math.floor(Date.now() / 1000) * 1000;
      },
      'astro:build:done': ({ assets, logger }) => {
        const rendered = [...assets.values()]
          .flat()
          .map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/'));
        const pages = new Set([...rendered, ...keptAndRenderedPages()]);
        const previous = lastBuildFiles();
        const stale = [
          ...staleOutputFiles(otherFiles(outDir, pages, previous !== undefined), pages, buildStartedMs),
          ...(previous ? stalePages(previous, pages, (path) => modifiedMs(join(outDir, path)), buildStartedMs) : []),
        ];
        for (const path of stale) {
          rmSync(join(outDir, path), { force: true });
          removeIfEmpty(outDir, dirname(join(outDir, path)));
        }
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) left by earlier builds`);
        writeFileSync(join(outDir, BUILD_ID_FILE), randomBytes(8).toString('hex'));
      },
    },
  };
}
