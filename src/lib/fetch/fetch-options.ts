/** The options of `npm run fetch`, the days they name, and its help. */
import { parseArgs } from 'node:util';
import { addDays, compareDays, type Day } from '../common/dates.ts';
import { dayOption } from '../common/day-option.ts';
import { InputError, refuseUnlessFolder } from '../common/files.ts';
import { DEFAULT_DUMPS } from '../ingest/read-dumps.ts';
import { DEFAULT_API_URL, DEFAULT_SETTINGS } from './fetch-settings.ts';

/** The longest range one run fetches: a year, leap day included. */
export const MAX_DAYS = 366;

export const FETCH_HELP = `Usage: npm run fetch -- [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [options]

Downloads the Hugging Face Daily Papers listing of each day from its JSON API
($HF_API_URL/api/daily_papers?date=…, every page) into a JSON dump per day,
hf-YYYY-MM-DD.json, that \`npm run ingest\` reads. Default: yesterday and today (UTC).

Options:
  --date YYYY-MM-DD       fetch this day only
  --from YYYY-MM-DD       fetch every day from this one…
  --to YYYY-MM-DD         …to this one, both included (at most ${MAX_DAYS} days)
  --out DIR               write the dumps here (default: ${DEFAULT_DUMPS}/)
  --json                  print the report as JSON
  --help                  show this help

A dump is written (atomically) only once every page of the day has arrived whole; an item
that is not a paper is kept and named, for the ingest to refuse. A re-fetch brings newer
upvotes and papers listed since; papers of the dump already there that the answer lacks are
kept after its items, so a fetch never takes a paper out. A day without papers writes nothing.
Busy servers (429, 5xx) and time-outs are retried, as Retry-After asks, within a time budget
per day; then that day fails and the others go on.

Environment (times in milliseconds):
  HF_API_URL              the API's origin (default: ${DEFAULT_API_URL})
  FETCH_TIMEOUT_MS        the longest one request may take (default: ${DEFAULT_SETTINGS.timeoutMs})
  FETCH_RETRY_BUDGET_MS   the longest one day may take, retries included (default: ${DEFAULT_SETTINGS.retryBudgetMs})
  FETCH_BACKOFF_MS        the first wait between two tries, then doubled (default: ${DEFAULT_SETTINGS.backoffMs})
  FETCH_PAGE_LIMIT        papers asked per page (default: ${DEFAULT_SETTINGS.pageLimit})

Exit status: 0 every day fetched, 1 some day failed (each named with its URL and why),
2 bad usage.`;

export interface FetchOptions {
  /** The days to fetch, oldest first. */
  days: Day[];
  out: string;
  json: boolean;
}

/** How many days from `from` to `to`, both included. */
export function daysInRange(from: Day, to: Day): number {
  const start = Date.UTC(from.year, from.month - 1, from.day);
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - start) / 86_400_000) + 1;
}

/** The options, or 'help'; a bad option or value throws (parseArgs' errors, or an InputError). `today`: the UTC day. */
export function parseFetchOptions(argv: readonly string[], today: Day): FetchOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', default: DEFAULT_DUMPS },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0)
    throw new InputError(`unexpected argument ${JSON.stringify(positionals[0])}: name days with --date or --from/--to`);
  refuseUnlessFolder(values.out);
  return { days: daysToFetch(values, today), out: values.out, json: values.json };
}

function daysToFetch(values: { date?: string; from?: string; to?: string }, today: Day): Day[] {
  if (values.date !== undefined) {
    if (values.from !== undefined || values.to !== undefined)
      throw new InputError('--date names one day: give it alone, or --from and --to for a range');
    return [dayOption('date', values.date, today)];
  }
  if (values.from === undefined && values.to === undefined) return [addDays(today, -1), today];
  if (values.from === undefined || values.to === undefined)
    throw new InputError(
      `--${values.from === undefined ? 'to' : 'from'} needs --${values.from === undefined ? 'from' : 'to'}: a range has both ends`,
    );
  const from = dayOption('from', values.from, today);
  const to = dayOption('to', values.to, today);
  if (compareDays(from, to) > 0) throw new InputError(`--from ${values.from} is after --to ${values.to}`);
  const count = daysInRange(from, to);
  if (count > MAX_DAYS)
    throw new InputError(`--from ${values.from} --to ${values.to} spans ${count} days; at most ${MAX_DAYS} at a time`);
  return Array.from({ length: count }, (_, index) => addDays(from, index));
}
