/**
 * Incremental builds: the paper, day, topic, week and month pages an earlier build rendered, with the same
 * cache key and the same code, are left in `dist/` and not rendered again (src/lib/build/unchanged-pages.ts).
 * Their routes' getStaticPaths return only the pages to render (pagesToRender, there),
 * and report every page, so the sitemap and the pruning still see the whole site.
 *
 * What the last build rendered is kept in Astro's cache folder. It is removed when a build starts
 * and written when one finishes, so a build that stops half-way leaves none and the next renders
 * everything. INCREMENTAL_BUILD=0 renders everything too. The pages are reused only under the same
 * key (src/lib/build/dependencies.ts) of the code — `src/`, the Astro config, the lock file
 * (Astro's version) — and of the site URL and the base path: any change there renders every page.
 *
 * The pages read this build's registry, handed over through src/lib/build/bridge.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOverPageRegistry, pageRegistry } from '../lib/build/bridge.ts';
import { dependencyKey } from '../lib/build/dependencies.ts';
import { BUILD_ID_FILE } from '../lib/build/stale-output.ts';
import { lastBuild, RENDERED_PAGES_FILE, reusableKeys, type RenderedPages } from '../lib/build/unchanged-pages.ts';

/** What the pages are made by: their code is `.astro` files and CSS as well as modules, so all of it. */
const PAGES_CODE = ['src', 'astro.config.mjs'];

export function unchangedPages(): AstroIntegration {
  let root = '';
  let outDir = '';
  let savedFile = '';
  let base = '';
  let settings = {};
  let code = '';
  return {
    name: 'paper-digest-unchanged-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = resolve(fileURLToPath(config.outDir));
        savedFile = join(fileURLToPath(config.cacheDir), RENDERED_PAGES_FILE);
        base = config.base;
        settings = { site: config.site, base };
        handOverPageRegistry(undefined);
      },
      'astro:build:start': () => {
        code = dependencyKey(root, { code: PAGES_CODE, settings });
        let saved: unknown;
        try {
          saved = JSON.parse(readFileSync(savedFile, 'utf8'));
        } catch {
          saved = undefined;
        }
        rmSync(savedFile, { force: true });
        const buildId = existsSync(join(outDir, BUILD_ID_FILE))
          ? readFileSync(join(outDir, BUILD_ID_FILE), 'utf8')
          : undefined;
        const last = lastBuild(saved, { outDir, buildId });
        const previous = reusableKeys(last, code, process.env.INCREMENTAL_BUILD);
        handOverPageRegistry({
          previous,
          lastBuildFiles: last && Object.keys(last.pages),
          outDir,
          base,
          pages: new Map(),
        });
      },
      // After the pruning (which reads the registry, and writes the build id this list is trusted by).
      'astro:build:done': () => {
        const registry = pageRegistry();
        if (!registry) return;
        const saved: RenderedPages = {
          code,
          outDir,
          buildId: readFileSync(join(outDir, BUILD_ID_FILE), 'utf8'),
          pages: Object.fromEntries(registry.pages),
        };
        mkdirSync(dirname(savedFile), { recursive: true });
        writeFileSync(savedFile, JSON.stringify(saved));
        handOverPageRegistry(undefined);
      },
    },
  };
}
