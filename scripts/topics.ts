/**
 * npm run topics -- [--json] [dump files or folders…]
 * npm run topics -- --explain <paper slug or title words…>
 *
 * Topic sizes for the current dumps and taxonomy, or why one paper got its topics.
 */
import { PAPERS_DIRECTORY } from '../src/content.config.ts';
import { parseTopicsOptions, TOPICS_HELP } from '../src/lib/ingest/topics-options.ts';
import { explainPapers, topicSizesOfDumps } from '../src/lib/ingest/topics-of-dumps.ts';
import { formatExplanations, formatSizes } from '../src/lib/topics/report.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';

export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseTopicsOptions(argv);
    if (options === 'help') {
      process.stdout.write(`${TOPICS_HELP}\n`);
      return 0;
    }
    const dumps = { inputs: options.inputs, taxonomy: options.taxonomy, progress: !options.json };
    if (options.explain === undefined) {
      const sizes = await topicSizesOfDumps(dumps);
      process.stdout.write(
        options.json
          ? `${JSON.stringify(sizes, null, 2)}\n`
          : `${formatSizes(sizes.areas, sizes.topics, sizes.papers)}\n`,
      );
    } else {
      const explanations = await explainPapers(dumps, options.explain, PAPERS_DIRECTORY);
      process.stdout.write(
        options.json
          ? `${JSON.stringify(explanations, null, 2)}\n`
          : `${formatExplanations(explanations, options.explain)}\n`,
      );
    }
    return 0;
  } catch (error) {
    return commandFailed('topics', error);
  }
}

if (import.meta.main) {
  dropOutputToClosedPipes();
  process.exitCode = await main(process.argv.slice(2));
}
