/** The options of `npm run index`, and its help. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../common/files.ts';
import { checkBasePath } from '../build/site-origin.ts';

export const INDEX_HELP = `Usage: npm run index -- [--dist DIR] [--base PATH]

(Re)builds the search index of the collection ($PAPERS_DIR, default content/papers) into
DIR/pagefind, and the list of files the service worker keeps for offline use. \`npm run build\`
makes both alongside the pages; run this on a site already built.

Options:
  --dist DIR          the built site (default dist)
  --base PATH         the base path it is built for (default: $BASE_PATH or /), recorded
                      for \`npm run search\`'s links
  --wait-for-pages    write the offline list once a line \`built\` arrives on standard input
                      (how \`astro build\` runs it, while the pages are still being built)
  --help              show this help`;

export interface IndexCommandOptions {
  /** The built site. */
  dist: string;
  /** The base path it is built for. */
  base: string;
  waitForPages: boolean;
}

/**
 * The options, or 'help'; a bad option throws (parseArgs' errors), and so does a --dist with no
 * built site in it (an InputError): the index would be made for pages that are not there. A
 * build's own run (--wait-for-pages) starts before its pages are written.
 */
export function parseIndexOptions(argv: readonly string[], defaultBase = '/'): IndexCommandOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      'wait-for-pages': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  // The path every result links under: refused as the build refuses it, named where it was given.
  if (values.base === undefined) checkBasePath(defaultBase);
  else checkBasePath(values.base, '--base');
  const base = values.base ?? defaultBase;
  const waitForPages = values['wait-for-pages'];
  if (!waitForPages && !existsSync(join(values.dist, 'index.html')))
    throw new InputError(
      `there is no built site in ${values.dist}: run \`npm run build\`, or give --dist the folder it built`,
    );
  return { dist: values.dist, base, waitForPages };
}
