import { AstroError } from 'astro/errors';

/** An error astro prints as its message alone: the reader's mistake, not the code's, so no stack trace. */
export function refusal(message: string): AstroError {
  const error = new AstroError(message);
  error.stack = '';
  return error;
}
