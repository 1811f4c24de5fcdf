// @ts-check
import { defineConfig } from 'astro/config';
import { contentStoreFromFile } from './src/integrations/content-store-file.ts';
import { outputDisk } from './src/integrations/output-disk.ts';
import { pruneStaleOutput } from './src/integrations/prune-stale-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteOriginOf } from './src/integrations/site-origin.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { taxonomyCheck } from './src/integrations/taxonomy-check.ts';
import { unchangedPages } from './src/integrations/unchanged-pages.ts';

/**
 * SITE_URL: the public origin (feeds, sitemap and canonical links need absolute URLs), set as
 * `site` by siteOriginOf, which refuses one that is not an origin.
 * BASE_PATH: the subpath the site is served under, e.g. /paper-digest for GitHub Pages.
 * ASTRO_CACHE_DIR: where Astro keeps its content store, and this site what its last build rendered.
 * INCREMENTAL_BUILD=0: render every page (see src/integrations/unchanged-pages.ts).
 * (PAPERS_DIR, read by src/content.config.ts, says which collection to build.)
 */
const base = process.env.BASE_PATH || '/';
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  base,
  cacheDir,
  trailingSlash: 'always',
  // Pages rendered 4 at a time: a page's write then overlaps the next page's render (2 and 8 are
  // no faster than 4).
  build: { format: 'directory', concurrency: 4 },
  // Keep the white space between inline elements (Astro 7 removes it by default).
  compressHTML: true,
  // Incremental builds: a page whose cache key (a hash of what it shows) and code are unchanged
  // is not rendered again (unchangedPages) — the output folder is kept between builds
  // (emptyOutDir), and pruneStaleOutput removes what no longer exists. unchangedPages comes after
  // pruneStaleOutput: the pruning reads the last build's list before it is replaced, and writes
  // the build id the new list is trusted by. The search index is made while Astro syncs the
  // content and renders the pages, and finished after stale output is pruned.
  integrations: [
    siteOriginOf(process.env.SITE_URL, process.env.BASE_PATH),
    taxonomyCheck(),
    outputDisk(),
    contentStoreFromFile(),
    sitemap(),
    pruneStaleOutput(),
    unchangedPages(),
    searchIndex(),
  ],
  // Scripts as files, never inlined: every page would repeat them (a paper page is 14% smaller
  // without), where a file is fetched once and cached.
  vite: { build: { emptyOutDir: false, assetsInlineLimit: 0 } },
  markdown: { syntaxHighlight: false },
  // Astro's log with each page of a build on a line of its own (src/lib/build/page-lines.ts).
  logger: { entrypoint: './src/integrations/build-log.ts' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Pagefind searches in a worker and runs WebAssembly.
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
