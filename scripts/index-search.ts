/**
 * npm run index -- [--dist DIR] [--wait-for-pages]: builds the search index of the collection
 * (PAPERS_DIR, default content/papers) into DIR/pagefind, and the list of files the service
 * worker caches offline (src/lib/search/build-index.ts). `astro build` runs it with
 * --wait-for-pages (src/integrations/search-index.ts): the offline list is then written only
 * once a line `built` arrives on standard input (src/lib/search/build-signal.ts).
 */
import { parseArgs } from 'node:util';
import { collectionToBuild } from '../src/lib/ingest/paper-file.ts';
import { BuildStopped, PAGES_BUILT, pagesFromBuild } from '../src/lib/search/build-signal.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';

const OPTIONS = {
  dist: { type: 'string', default: 'dist' },
  'wait-for-pages': { type: 'boolean', default: false },
} as const;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS }));
  } catch (error) {
    return commandFailed('index', error);
  }
  const pages = values['wait-for-pages'] ? pagesFromBuild(process.stdin) : PAGES_BUILT;
  try {
    process.stdout.write(`${await buildSearchIndex({ dist: values.dist, papersDir: collectionToBuild(), pages })}\n`);
    return 0;
  } catch (error) {
    return failed(error);
  } finally {
    pages.close();
  }
}

/** Says why the index failed; the exit status. A collection file the index cannot be made from is the user's to fix (run ingest again). */
function failed(error: unknown): number {
  if (error instanceof BuildStopped) {
    process.stderr.write(`index: ${error.message}\n`);
    return 1;
  }
  return commandFailed('index', error);
}

if (import.meta.main) {
  dropOutputToClosedPipes();
  process.exitCode = await main(process.argv.slice(2));
}
