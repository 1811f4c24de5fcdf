/** `astro build` reads the content store from its file: see src/lib/build/content-store-module.ts. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { STORE_FILE, STORE_MODULE_ID, storeModuleCode } from '../lib/build/content-store-module.ts';

export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'paper-digest-content-store-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'paper-digest-content-store-file',
                // Loaded before Astro's own plugin, which would read the store and quote it; when no
                // store was written (no collection synced), Astro's empty store stands.
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
                  handler: (id: string) =>
                    id === STORE_MODULE_ID && existsSync(file) ? storeModuleCode(file) : undefined,
                },
              },
            ],
          },
        });
      },
    },
  };
}
