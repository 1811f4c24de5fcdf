/**
 * npm run index -- [--dist DIR] [--wait-for-pages]: builds the search index of the collection
 * (PAPERS_DIR, default content/papers) into DIR/pagefind, and the list of files the service
 * worker caches offline (src/lib/search/build-index.ts). `astro build` runs it with
 * --wait-for-pages (src/integrations/search-index.ts): the offline list is then written only
 * once a line `built` arrives on standard input (src/lib/search/build-signal.ts).
 */
import { parseArgs } from 'node:util';
import { PAPERS_DIRECTORY } from '../src/content.config.ts';
import { BuildStopped, PAGES_BUILT, pagesFromBuild } from '../src/lib/search/build-signal.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { terminalText } from '../src/lib/common/text.ts';
import { InputError } from '../src/lib/common/files.ts';

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { dist: { type: 'string', default: 'dist' }, 'wait-for-pages': { type: 'boolean', default: false } },
  });
  const pages = values['wait-for-pages'] ? pagesFromBuild(process.stdin) : PAGES_BUILT;
  try {
    process.stdout.write(
      `${await buildSearchIndex({ dist: values.dist, papersDir: process.env.PAPERS_DIR || PAPERS_DIRECTORY, pages })}\n`,
    );
    return 0;
  } catch (error) {
    return failed(error);
  } finally {
    pages.close();
  }
}

/** Says why the index failed; the exit status. */
function failed(error: unknown): number {
  // A collection file the index cannot be made from: the user's to fix (run ingest again).
  if (error instanceof InputError) {
    process.stderr.write(`index: ${terminalText(error.message)}\n`);
    return 2;
  }
  if (error instanceof BuildStopped) {
    process.stderr.write(`index: ${error.message}\n`);
    return 1;
  }
  // A file system that refuses (no space, no permission, a file where the index's folder goes) is
  // the user's to fix: said in one line, the call that failed and its path.
  const { syscall, message, stack } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  process.stderr.write(
    typeof syscall === 'string' ? `index: ${terminalText(String(message))}\n` : `${stack ?? String(error)}\n`,
  );
  return 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
