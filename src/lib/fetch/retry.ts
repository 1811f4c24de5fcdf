/**
 * Retrying what may pass if tried again (a busy server, a time-out, a connection lost), within a
 * deadline: waits double from try to try, and a server's Retry-After is waited out as asked.
 */

/** What one try gave: a value, a reason to try again (after `retryAfterMs` if the server said), or a reason to stop. */
export type Attempt<T> = { value: T } | { retry: string; retryAfterMs?: number | undefined } | { fail: string };

/** The longest wait between two tries the backoff makes (a Retry-After may ask for longer). */
export const MAX_BACKOFF_MS = 30_000;

/** Statuses worth another try: too many requests, and the server's own errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** How long a Retry-After header (seconds, or an HTTP date) asks to wait from `now`; undefined if it says nothing usable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // A date is only read as a date: "5.5" or "-1" would be read by Date.parse as some year.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before retry number `retry` (from 1). */
export function backoffDelay(retry: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (retry - 1));
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RetryOptions {
  /** When to give up (a clock time): the time budget of the whole day. */
  deadline: number;
  /** The longest one try may take. */
  timeoutMs: number;
  backoffMs: number;
  clock: Clock;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Runs `attempt` (given how long it may take: never past the deadline) until it gives a value or
 * a reason to stop, or until another wait would pass the deadline: then the last reason, and how
 * long was tried.
 */
export async function withRetries<T>(
  attempt: (timeoutMs: number) => Promise<Attempt<T>>,
  { deadline, timeoutMs, backoffMs, clock }: RetryOptions,
): Promise<{ value: T } | { fail: string }> {
  const started = clock.now();
  const tried = (tries: number, now: number) =>
    `${tries} ${tries === 1 ? 'try' : 'tries'} in ${seconds(now - started)}`;
  let last: string | undefined;
  for (let tries = 1; ; tries++) {
    const left = deadline - clock.now();
    if (left <= 0)
      return {
        fail:
          last === undefined
            ? 'the time allowed for this day ran out'
            : `${last}; gave up after ${tried(tries - 1, clock.now())}`,
      };
    const result = await attempt(Math.min(timeoutMs, left));
    if (!('retry' in result)) return result;
    last = result.retry;
    const wait = result.retryAfterMs ?? backoffDelay(tries, backoffMs);
    const now = clock.now();
    if (now + wait >= deadline) {
      return {
        fail:
          result.retryAfterMs !== undefined && result.retryAfterMs > deadline - now
            ? `${result.retry}; asked to retry after ${seconds(result.retryAfterMs)}, past the time left for this day (${tried(tries, now)})`
            : `${result.retry}; gave up after ${tried(tries, now)}`,
      };
    }
    await clock.sleep(wait);
  }
}
