/**
 * npm run index -- [--dist DIR] [--base PATH] [--wait-for-pages] [--help]: builds the search index of the collection
 * (PAPERS_DIR, default content/papers) into DIR/pagefind, and the list of files the service
 * worker caches offline (src/lib/search/build-index.ts). `astro build` runs it with
 * --wait-for-pages (src/integrations/search-index.ts): the offline list is then written only
 * once a line `built` arrives on standard input (src/lib/search/build-signal.ts).
 */
import { collectionToBuild } from '../src/lib/ingest/paper-file.ts';
import { BuildStopped, PAGES_BUILT, pagesFromBuild } from '../src/lib/search/build-signal.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { INDEX_HELP, parseIndexOptions } from '../src/lib/search/index-options.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';

export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseIndexOptions(argv, process.env.BASE_PATH || '/');
  } catch (error) {
    return commandFailed('index', error);
  }
  if (options === 'help') {
    process.stdout.write(`${INDEX_HELP}\n`);
    return 0;
  }
  const pages = options.waitForPages ? pagesFromBuild(process.stdin) : PAGES_BUILT;
  try {
    process.stdout.write(
      `${await buildSearchIndex({ dist: options.dist, papersDir: collectionToBuild(), base: options.base, pages })}\n`,
    );
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
