/** The options of `npm run ingest`, and its help. */
import { parseArgs } from 'node:util';
import { PAPERS_DIRECTORY, TAXONOMY_FILE } from '../../content.config.ts';
import type { Day } from '../common/dates.ts';
import { afterEveryToday, dayOption } from '../common/day-option.ts';
import { DEFAULT_DUMPS } from './read-dumps.ts';

export const INGEST_HELP = `Usage: npm run ingest -- [dump files or folders…] [options]

Turns Hugging Face Daily Papers dumps (text copies of the listing, *.txt, or the listing's
JSON API as npm run fetch saves it, *.json) into one markdown file per paper. Folders are
searched for both. Default input: ${DEFAULT_DUMPS}/.

Options:
  --out DIR               write the collection here (default: ${PAPERS_DIRECTORY}/)
  --captured YYYY-MM-DD   the day the dumps were captured: dates printed without a year
                          ("Jan 3") take this year. Without it: a YYYY-MM-DD in the file
                          name, else the header date in the year after the latest year
                          the dump prints (never after today). A capture day no
                          time zone has reached yet, given or in a file name, is
                          refused.
  --taxonomy FILE         the topic taxonomy (default: ${TAXONOMY_FILE})
  --check                 parse and report, write nothing
  --strict                exit 1 if any entry is rejected (and write nothing)
  --allow-shrink          remove papers even when a dump that gave them gives none now,
                          dumps of the collection were not named, or more than half of
                          the collection would go (otherwise: exit 1, nothing written)
  --json                  print the report as JSON
  --help                  show this help

The collection mirrors the dumps given: a paper seen again is merged (highest upvotes,
every source kept), files are written only when their text changes (atomically), and
papers no dump lists any more are removed (a dump file deleted from its folder takes
its papers with it). Every slug given is recorded in slugs.json beside the collection
folder, so a paper keeps its permalink in a fresh clone. Rejected entries (impossible
dates, no date line, a date line where a title belongs, cut off by the end of the dump or
by a page header, empty title) are listed as file:line: reason, refused JSON
items as file: item N (arXiv id): reason; neither is written.

Exit status: 0 done (rejections are reported), 1 rejected entries with --strict or a
removal refused without --allow-shrink, 2 bad usage or unreadable input.`;

export interface IngestOptions {
  inputs: string[];
  out: string;
  captured: Day | undefined;
  taxonomy: string;
  check: boolean;
  strict: boolean;
  allowShrink: boolean;
  json: boolean;
}

/** The options, or 'help'; a bad option or value throws (parseArgs' errors, or an InputError). `today`: the UTC day. */
export function parseIngestOptions(argv: readonly string[], today: Day): IngestOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      captured: { type: 'string' },
      taxonomy: { type: 'string' },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'allow-shrink': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  // A listing day by the user's calendar: up to a day ahead of UTC's.
  const captured =
    values.captured === undefined ? undefined : dayOption('captured', values.captured, today, afterEveryToday);
  return {
    inputs: positionals.length > 0 ? positionals : [DEFAULT_DUMPS],
    out: values.out ?? PAPERS_DIRECTORY,
    captured,
    taxonomy: values.taxonomy ?? TAXONOMY_FILE,
    check: values.check,
    strict: values.strict,
    allowShrink: values['allow-shrink'],
    json: values.json,
  };
}
