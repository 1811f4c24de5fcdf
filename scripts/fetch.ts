/**
 * npm run fetch -- [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--out DIR] [--json]
 *
 * Downloads days of the Daily Papers listing from its JSON API into JSON dumps
 * (src/lib/fetch/run-fetch.ts). The only command that uses the network.
 */
import { dayOfInstant } from '../src/lib/common/dates.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';
import { FETCH_HELP, parseFetchOptions, type FetchOptions } from '../src/lib/fetch/fetch-options.ts';
import { fetchSettings, type FetchSettings } from '../src/lib/fetch/fetch-settings.ts';
import { exitStatus, failureLines, formatFetchReport } from '../src/lib/fetch/report.ts';
import { runFetch, SYSTEM_CLOCK } from '../src/lib/fetch/run-fetch.ts';

export async function main(argv: string[]): Promise<number> {
  const today = dayOfInstant(new Date());
  let options: FetchOptions | 'help';
  let settings: FetchSettings;
  try {
    options = parseFetchOptions(argv, today);
    if (options === 'help') {
      process.stdout.write(`${FETCH_HELP}\n`);
      return 0;
    }
    settings = fetchSettings(process.env);
  } catch (error) {
    return commandFailed('fetch', error);
  }
  const report = await runFetch(
    { ...options, settings, today },
    { fetch: globalThis.fetch, clock: SYSTEM_CLOCK, progress: Boolean(process.stderr.isTTY) },
  );
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatFetchReport(report)}\n`);
  for (const line of failureLines(report)) process.stderr.write(`fetch: ${line}\n`);
  return exitStatus(report);
}

if (import.meta.main) {
  dropOutputToClosedPipes();
  process.exitCode = await main(process.argv.slice(2));
}
