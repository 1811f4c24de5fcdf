/**
 * npm run ingest -- [dump files or folders…] [--out DIR] [--captured YYYY-MM-DD] [--taxonomy FILE]
 *   [--check] [--strict] [--allow-shrink] [--json]
 *
 * Reads Daily Papers dumps and brings the markdown collection up to date, writing only what
 * changed (src/lib/ingest/run-ingest.ts).
 */
import { dayOfInstant } from '../src/lib/common/dates.ts';
import { INGEST_HELP, parseIngestOptions } from '../src/lib/ingest/options.ts';
import { formatReport } from '../src/lib/ingest/report.ts';
import { runIngest } from '../src/lib/ingest/run-ingest.ts';
import { terminalText } from '../src/lib/common/text.ts';
import { commandFailed, dropOutputToClosedPipes } from '../src/lib/common/command-failure.ts';

export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseIngestOptions(argv, dayOfInstant(new Date()));
    if (options === 'help') {
      process.stdout.write(`${INGEST_HELP}\n`);
      return 0;
    }
    const { report, exitCode, warning, refusal } = await runIngest(options);
    if (warning !== undefined) process.stderr.write(`ingest: warning: ${warning}\n`);
    // The report says what the run found even when it wrote nothing (written: false).
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    if (refusal !== undefined) process.stderr.write(`ingest: ${terminalText(refusal)}\n`);
    else if (exitCode !== 0)
      process.stderr.write(`ingest: ${report.rejected.length} rejected entries with --strict; nothing written\n`);
    return exitCode;
  } catch (error) {
    return commandFailed('ingest', error);
  }
}

if (import.meta.main) {
  dropOutputToClosedPipes();
  process.exitCode = await main(process.argv.slice(2));
}
