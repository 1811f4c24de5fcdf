/** Refuses, before a build starts anything, an output folder it could not move its files into (src/lib/build/output-disk.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { outputDiskRefusal } from '../lib/build/output-disk.ts';

export function outputDisk(): AstroIntegration {
  let building = false;
  return {
    name: 'paper-digest-output-disk',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Before the search index's hook, which starts writing into the output folder here. An
      // error thrown from a hook is printed under a line of Astro's about an unhandled error: the
      // refusal is its own line instead, and the build stops with nothing written.
      'astro:config:done': ({ config, logger }) => {
        const refused = building ? outputDiskRefusal(fileURLToPath(config.outDir), process.cwd()) : undefined;
        if (refused === undefined) return;
        logger.error(refused);
        process.exit(1);
      },
    },
  };
}
