/**
 * Makes the search index while Astro syncs the content and renders the pages: `astro build`
 * starts `npm run index` (scripts/index-search.ts) as a second process once its configuration is
 * done — the index is made from the collection, not from built pages — and waits for it when the
 * pages are done. What the index prints is held until then (or until it fails), so its lines
 * never fall between the build's. Astro's rendering and Pagefind's indexing each keep about one of the two cores
 * busy, so side by side they take little more than the pages alone.
 */
import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { refusal } from '../lib/build/refusal.ts';

/** The index's scheduling priority below the build's (0 equal, 19 lowest). */
const INDEX_NICENESS = 10;

export function searchIndex(): AstroIntegration {
  let building = false;
  let waitForIndex: (() => Promise<void>) | undefined;
  return {
    name: 'paper-digest-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Started before Astro syncs the content (which leaves the second core idle), not at
      // `astro:build:start`, after it, so that the index overlaps the sync as well as the rendering.
      'astro:config:done': ({ config, logger }) => {
        if (!building || waitForIndex) return;
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        const args = ['scripts/index-search.ts', '--dist', outDir, '--base', config.base, '--wait-for-pages'];
        const child = spawn(process.execPath, args, {
          cwd: root,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const input = child.stdin as Socket;
        const outputs = [
          [child.stdout as Socket, process.stdout],
          [child.stderr as Socket, process.stderr],
        ] as const;
        const held = outputs.map(([from]) => {
          const chunks: Buffer[] = [];
          from.on('data', (chunk: Buffer) => chunks.push(chunk));
          return chunks;
        });
        const printHeld = () =>
          outputs.forEach(([, to], i) => {
            const chunks = held[i] as Buffer[];
            to.write(Buffer.concat(chunks.splice(0)));
          });
        const outputDone = Promise.all(outputs.map(([from]) => new Promise((done) => from.once('close', done))));
        // The pages are the longer task, so the index takes the CPU time they leave rather than
        // lengthening them.
        try {
          if (child.pid !== undefined) setPriority(child.pid, INDEX_NICENESS);
        } catch {
          // Gone already (its exit says why), or a system that will not: the same index, later.
        }
        // Not waited for until the pages are done, so a build that fails first exits at once.
        child.unref();
        for (const stream of [input, ...outputs.map(([from]) => from)]) stream.unref();
        input.on('error', () => undefined); // a child gone early: its exit says why
        let finished = false;
        const problem = new Promise<string | undefined>((settle) => {
          child.once('exit', (code, signal) =>
            settle(code === 0 ? undefined : signal ? `was stopped (${signal})` : `exited with ${code}`),
          );
          child.once('error', (error) => settle(`could not start (${error.message})`));
        });
        let pagesDone = false;
        // Said when it happens, not only once every page has rendered.
        void problem.then(async (found) => {
          if (!found || pagesDone) return;
          await outputDone;
          printHeld();
          logger.error(`the search index ${found}; its message is above. The build will fail when the pages are done.`);
        });
        // A build that fails stops the index. (Killed by a signal, the build runs no exit handler:
        // the index then sees its input close. Either way it writes no offline list: it removed
        // the old one when it started, and writes one only once told the pages are done.)
        process.once('exit', () => {
          if (!finished) child.kill();
        });
        waitForIndex = async () => {
          pagesDone = true;
          child.ref();
          for (const stream of [input, ...outputs.map(([from]) => from)]) stream.ref();
          input.end('built\n'); // the pages are done: the index may list them for offline use
          const found = await problem;
          await outputDone;
          printHeld();
          if (found) throw refusal(`the search index ${found} (scripts/index-search.ts); its message is above`);
          finished = true;
        };
      },
      'astro:build:done': async ({ logger }) => {
        await waitForIndex?.();
        logger.info('search index done');
      },
    },
  };
}
