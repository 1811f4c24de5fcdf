/**
 * How a command ends when it fails. The user's mistakes (a bad option or value, input that cannot
 * be used) exit 2 and a file system that refuses exits 1, each said in one line naming the
 * command (with DEBUG=1, its stack trace too); anything else is a bug, rethrown so that its
 * stack trace reaches whoever reports it.
 */
import { InputError, WriteError } from './files.ts';
import { terminalText } from './text.ts';

export interface Failure {
  status: 1 | 2;
  message: string;
}

/** Node's advice on positional arguments, which `npm run x -- …` makes misleading. */
const POSITIONAL_ADVICE =
  /\. (?:To specify a positional argument starting with a '-'.*|This command does not take positional arguments)$/s;

/** A bad option as Node's parseArgs says it, on one line, with where the options are listed. */
function badOption(message: string, command: string): string {
  const said = message.replace(POSITIONAL_ADVICE, '').replace(/\s*\n\s*/g, ' ');
  return `${said} (\`npm run ${command} -- --help\` lists the options)`;
}

/** The exit status and message for `error` in `command`, or undefined for a bug. */
export function failureOf(error: unknown, command: string): Failure | undefined {
  if (error instanceof InputError) return { status: 2, message: error.message };
  if (error instanceof WriteError) return { status: 1, message: error.message };
  const { code, syscall, message } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))
    return { status: 2, message: badOption(String(message), command) };
  if (typeof syscall === 'string') return { status: 1, message: String(message) };
  return undefined;
}

/** Says why `command` failed, in one line on standard error, and gives its exit status; rethrows a bug. */
export function commandFailed(command: string, error: unknown): number {
  const failure = failureOf(error, command);
  if (failure === undefined) throw error;
  // Messages name files and quote options: the user's text, shown safely.
  process.stderr.write(`${command}: ${terminalText(failure.message)}\n`);
  if (process.env.DEBUG === '1') process.stderr.write(`${terminalText(String((error as Error).stack))}\n`);
  return failure.status;
}

/**
 * A reader that stops reading (`| head`) closes the pipe: what the command still writes there is
 * dropped, and the command ends as it would have, with its own status, instead of an EPIPE stack
 * trace (an ingest must still finish what it writes to disk).
 */
export function dropOutputToClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
}
