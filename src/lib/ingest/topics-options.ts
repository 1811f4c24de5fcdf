/** The options of `npm run topics`, and its help. */
import { parseArgs } from 'node:util';
import { PAPERS_DIRECTORY, TAXONOMY_FILE } from '../../content.config.ts';
import { DEFAULT_DUMPS } from './read-dumps.ts';

export const TOPICS_HELP = `Usage: npm run topics -- [options] [dump files or folders…]
       npm run topics -- --explain <paper slug or title words…>

Assigns topics to the papers of the dumps (default: ${DEFAULT_DUMPS}/) with the taxonomy
(${TAXONOMY_FILE}) and prints the number of papers per topic. Writes nothing: run
\`npm run ingest\` to store the topics in the collection.

Options:
  --explain WORDS…   why a paper got its topics: matched phrases, points, scores. WORDS is a
                     paper slug (its file name in ${PAPERS_DIRECTORY}/) or words of its title,
                     as written or as the site shows it (every word after --explain; the
                     dumps are then ${DEFAULT_DUMPS}/)
  --taxonomy FILE    another taxonomy file to try
  --json             print as JSON
  --help             show this help`;

export interface TopicsOptions {
  inputs: string[];
  taxonomy: string;
  /** With --explain: the slug or title words of the paper to explain. */
  explain: string | undefined;
  json: boolean;
}

/** The options, or 'help'; a bad option throws (parseArgs' errors). */
export function parseTopicsOptions(argv: readonly string[]): TopicsOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      explain: { type: 'string' },
      taxonomy: { type: 'string', default: TAXONOMY_FILE },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const explaining = values.explain !== undefined;
  return {
    inputs: positionals.length > 0 && !explaining ? positionals : [DEFAULT_DUMPS],
    taxonomy: values.taxonomy,
    explain: explaining ? [values.explain, ...positionals].join(' ').trim() : undefined,
    json: values.json,
  };
}
