/**
 * `npm run index -- --wait-for-pages`: what the site build says on the index's standard input,
 * `built` once its pages are done. Read from the start, so that a build that stops (its input
 * closes without the word) stops the index before it changes the list of shards.
 */
import type { Readable } from 'node:stream';

export interface PagesSignal {
  /** Whether the build stopped: its input closed without `built`. */
  stopped(): boolean;
  /** Whether the pages were built, once the input closes. */
  built: Promise<boolean>;
  /** Stops reading the input: an index that ends early does not wait for the build. */
  close(): void;
}

/** Without --wait-for-pages: the pages are built already. */
export const PAGES_BUILT: PagesSignal = { stopped: () => false, built: Promise.resolve(true), close() {} };

export function pagesFromBuild(input: Readable): PagesSignal {
  let text = '';
  let ended = false;
  const said = () => text.split('\n').includes('built');
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => (text += chunk));
  const built = new Promise<boolean>((done) =>
    input.on('end', () => {
      ended = true;
      done(said());
    }),
  );
  return { stopped: () => ended && !said(), built, close: () => input.destroy() };
}

export class BuildStopped extends Error {
  constructor() {
    super('the site build stopped; shards already made are kept, the list of shards is left as it was');
  }
}

/** Throws BuildStopped if the build stopped. */
export function stopIfTheBuildStopped(pages: PagesSignal): void {
  if (pages.stopped()) throw new BuildStopped();
}
