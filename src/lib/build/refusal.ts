import { AstroError } from 'astro/errors';
import { InputError } from '../common/files.ts';

/** An error astro prints as its message alone: the reader's mistake, not the code's, so no stack trace. */
export function refusal(message: string): AstroError {
  const error = new AstroError(message);
  error.stack = '';
  return error;
}

/**
 * A hook's check of the reader's input: an InputError is logged as one line and the build stops
 * there. Thrown from a hook it would be printed with a stack trace, and from the config under
 * Astro's own lines.
 */
export function stopOnInputError(
  logger: { error(message: string): void },
  check: () => void,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    logger.error(error.message);
    exit(1);
  }
}
