/**
 * Makes the search index while Astro renders the pages: `astro build` starts `npm run index`
 * (scripts/index-search.ts) as a second process when the build starts — the index is made from
 * the collection, not from built pages — and waits for it when the pages are done. Astro renders
 * on about one core and Pagefind indexes on about one; one after the other, the 50k-paper build
 * left one core idle for the index's whole run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function searchIndex(): AstroIntegration {
  let root = '';
  let outDir = '';
  let indexing: { child: ChildProcess; exited: Promise<number | null> } | undefined;
  return {
    name: 'paper-digest-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const child = spawn(process.execPath, ['scripts/index-search.ts', '--dist', outDir, '--wait-for-pages'], { cwd: root, stdio: ['pipe', 'inherit', 'inherit'] });
        // A build that fails before its pages are done must not wait for the index (which waits
        // for the build): unreferenced until then. Its input closing tells it the build stopped.
        child.unref();
        (child.stdin as Socket).unref();
        const exited = once(child, 'exit').then(([code]) => code as number | null);
        // A failed spawn ends in 'error', not 'exit': surfaced when the build waits.
        const failed = once(child, 'error').then(([error]) => Promise.reject(error as Error));
        indexing = { child, exited: Promise.race([exited, failed]) };
        indexing.exited.catch(() => undefined); // handled when the build waits for it
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) return;
        // Tells the index the pages are built: it lists the files the service worker caches.
        indexing.child.ref();
        (indexing.child.stdin as Socket).end('built\n');
        const code = await indexing.exited;
        if (code !== 0) throw new Error(`the search index failed (scripts/index-search.ts exited with ${code}); its message is above`);
        logger.info('search index done');
      },
    },
  };
}
