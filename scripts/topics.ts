/**
 * npm run topics -- [--json] [dump files or folders…]
 * npm run topics -- --explain <paper slug or title words…>
 *
 * Topic sizes for the current dumps and taxonomy, or why one paper got its topics.
 */
import { parseArgs } from 'node:util';
import { PAPERS_DIRECTORY, TAXONOMY_FILE } from '../src/content.config.ts';
import { planCollection } from '../src/lib/ingest/collection.ts';
import { parseTaxonomy } from '../src/lib/topics/taxonomy.ts';
import { terminalText } from '../src/lib/common/text.ts';
import { formatExplanation, formatSizes, matchesPaper, topicSizes } from '../src/lib/topics/report.ts';
import { scorePaper } from '../src/lib/topics/scoring.ts';
import { InputError, readUtf8 } from '../src/lib/common/files.ts';
import { DEFAULT_DUMPS, findDumps, loadTaxonomy, readCollection, readDumps } from '../src/lib/ingest/read-dumps.ts';

const HELP = `Usage: npm run topics -- [options] [dump files or folders…]
       npm run topics -- --explain <paper slug or title words…>

Assigns topics to the papers of the dumps (default: ${DEFAULT_DUMPS}/) with the taxonomy
(${TAXONOMY_FILE}) and prints the number of papers per topic. Writes nothing: run
\`npm run ingest\` to store the topics in the collection.

Options:
  --explain WORDS…   why a paper got its topics: matched phrases, points, scores. WORDS is a
                     paper slug (its file name in ${PAPERS_DIRECTORY}/) or words of its title
                     (every word after --explain; the dumps are then ${DEFAULT_DUMPS}/)
  --taxonomy FILE    another taxonomy file to try
  --json             print as JSON
  --help             show this help`;

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      explain: { type: 'string' },
      taxonomy: { type: 'string', default: TAXONOMY_FILE },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const explaining = values.explain !== undefined;
  const inputs = positionals.length > 0 && !explaining ? positionals : [DEFAULT_DUMPS];
  const compiled = loadTaxonomy(values.taxonomy);
  const { papers } = readDumps({ files: findDumps(inputs), captured: undefined, taxonomy: compiled, progress: !values.json });

  if (!explaining) {
    const taxonomy = parseTaxonomy(readUtf8(values.taxonomy), values.taxonomy);
    const sizes = topicSizes(taxonomy, papers.map(({ data }) => data.topics));
    process.stdout.write(values.json ? `${JSON.stringify({ papers: papers.length, topics: sizes }, null, 2)}\n` : `${formatSizes(sizes, papers.length)}\n`);
    return 0;
  }

  const plan = planCollection(papers, readCollection(PAPERS_DIRECTORY));
  const wanted = [values.explain, ...positionals].join(' ').trim();
  const found = plan.files.filter(({ slug, paper }) => matchesPaper(wanted, slug, paper.data.title));
  if (found.length === 0) throw new InputError(`no paper with the slug or title words ${JSON.stringify(wanted)}`);
  const explanations = found.map(({ slug, paper }) => ({
    slug, title: paper.data.title, topics: paper.data.topics, scores: scorePaper(compiled, paper.data.title, paper.abstract),
  }));
  process.stdout.write(values.json ? `${JSON.stringify(explanations, null, 2)}\n` : `${explanations.map(formatExplanation).join('\n\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError) && (error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
  process.stderr.write(`topics: ${terminalText((error as Error).message)}\n`);
  process.exitCode = 2;
}
