/**
 * Astro moves the built assets into the output folder by renaming them from `.astro/` in the
 * folder it runs from, and a rename cannot cross filesystems: a build into a folder on another
 * disk would fail half-way with Astro's EXDEV stack trace, so it is refused first, in one line.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The folder itself, or the nearest of its parents that exists (Astro makes the rest). */
function nearestExisting(folder: string): string {
  let path = folder;
  while (!existsSync(path) && dirname(path) !== path) path = dirname(path);
  return path;
}

/** Why a build from `workingFolder` cannot write into `outDir`; undefined when it can. */
export function outputDiskRefusal(
  outDir: string,
  workingFolder: string,
  deviceOf: (path: string) => number = (path) => statSync(path).dev,
): string | undefined {
  if (deviceOf(nearestExisting(outDir)) === deviceOf(workingFolder)) return undefined;
  return `the output folder ${outDir} is on another disk than ${workingFolder}, where Astro builds: it moves the built files into place by renaming them, which cannot cross disks. Build into a folder on this disk (dist/) and copy it.`;
}
