/** Writes the sitemap (src/lib/site/sitemap.ts) of every page the build has, but the pages it leaves out. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles } from '../lib/site/sitemap.ts';
import { keptAndRenderedPages } from '../lib/build/unchanged-pages.ts';

export function sitemap(): AstroIntegration {
  let siteBase = '';
  return {
    name: 'paper-digest-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('the sitemap needs `site` (SITE_URL) for absolute URLs');
        siteBase = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site).href;
      },
      'astro:build:done': ({ dir, pages }) => {
        // Pages left as they were are not among Astro's: their files name them (`x/index.html` → `x/`).
        const kept = keptAndRenderedPages().map((file) => file.slice(0, -'index.html'.length));
        const paths = [...pages.map(({ pathname }) => pathname), ...kept];
        for (const { name, xml } of sitemapFiles(paths, siteBase)) writeFileSync(join(fileURLToPath(dir), name), xml);
      },
    },
  };
}
