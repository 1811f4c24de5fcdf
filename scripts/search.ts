/**
 * npm run search -- "<query>" [--area AREA] [--topic TOPIC] [--year YYYY] [--has-code]
 *   [--sort relevance|date|upvotes] [--limit N] [--json] [--dist DIR] [--base PATH]
 *
 * Searches the built site's Pagefind index from the terminal: the very pagefind.js and index the
 * browser uses (so the same ranking), its fetches answered from the files on disk.
 */
import { noMatchMessage, partialMatchMessage } from '../src/lib/search/query.ts';
import { formatResults } from '../src/lib/search/report.ts';
import { parseSearchOptions, SEARCH_HELP } from '../src/lib/search/search-options.ts';
import { searchFromTerminal } from '../src/lib/search/terminal-search.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';

export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseSearchOptions(argv, { site: process.env.SITE_URL || undefined });
    if (options === 'help') {
      process.stdout.write(`${SEARCH_HELP}\n`);
      return 0;
    }
    const found = await searchFromTerminal(options);
    const partial = found.partial ? `${partialMatchMessage(found.query)}\n` : '';
    process.stdout.write(
      options.json
        ? `${JSON.stringify(found, null, 2)}\n`
        : `${partial}${formatResults(found.results, found.total, noMatchMessage(found.query), found.query.query)}\n`,
    );
    return 0;
  } catch (error) {
    return commandFailed('search', error);
  }
}

if (import.meta.main) {
  dropOutputToClosedPipes();
  process.exitCode = await main(process.argv.slice(2));
}
