/** Refuses, before a build starts anything, an output folder it could not move its files into (src/lib/build/output-disk.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { outputDiskRefusal } from '../lib/build/output-disk.ts';
import { refusal } from '../lib/build/refusal.ts';

export function outputDisk(): AstroIntegration {
  let building = false;
  return {
    name: 'paper-digest-output-disk',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Before the search index's hook, which starts writing into the output folder here.
      'astro:config:done': ({ config }) => {
        const refused = building ? outputDiskRefusal(fileURLToPath(config.outDir), process.cwd()) : undefined;
        if (refused !== undefined) throw refusal(refused);
      },
    },
  };
}
