/**
 * One request to the API, and what its answer is: the body's text, a reason to try again (429,
 * 5xx, a time-out, a connection lost or cut off mid-answer) or a reason to stop (any other
 * status, an answer that is not JSON text). A try that reached no server says so (`unreached`).
 */
import { isRetryableStatus, retryAfterMs, type Attempt } from './retry.ts';

export interface RequestOptions {
  userAgent: string;
  /** Node's fetch, or a stand-in. */
  fetch: typeof fetch;
  now: () => number;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A try's outcome; `unreached`: no connection was made (a name that does not resolve, a connection refused). */
export type RequestAttempt = Attempt<string> & { unreached?: boolean };

/** Failures before any connection: the name, the route or the port. A reset or a TLS error came from a server. */
const UNREACHED_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Why a request failed before its answer was whole. */
function transportFailure(error: unknown, timeoutMs: number): RequestAttempt {
  const { name, message, cause } = (error ?? {}) as Error & { cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError') return { retry: `timed out after ${timeoutMs} ms` };
  // undici: "fetch failed" (no connection) or "terminated" (the connection closed mid-answer), the details in `cause`.
  const detail = cause?.code ?? cause?.message;
  if (message === 'terminated') return { retry: `the answer was cut off (${detail ?? 'connection closed'})` };
  // A port fetch never connects to (the Fetch standard's "bad ports", such as 9 or 25): no try could reach it.
  if (cause?.message === 'bad port')
    return { fail: 'no answer (bad port: fetch never connects to it; HF_API_URL names a wrong port)', unreached: true };
  const retry = `no answer (${detail ?? message})`;
  return UNREACHED_CODES.has(cause?.code ?? '') ? { retry, unreached: true } : { retry };
}

function statusText(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

/** GETs `url` as JSON, giving up after `timeoutMs`; its text when the answer is a whole JSON body of status 200. */
export async function requestText(url: string, timeoutMs: number, options: RequestOptions): Promise<RequestAttempt> {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    response = await options.fetch(url, {
      headers: { accept: 'application/json', 'user-agent': options.userAgent },
      signal: AbortSignal.timeout(timeoutMs),
    });
    bytes = await response.arrayBuffer();
  } catch (error) {
    return transportFailure(error, timeoutMs);
  }
  if (isRetryableStatus(response.status))
    return {
      retry: statusText(response),
      retryAfterMs: retryAfterMs(response.headers.get('retry-after'), options.now()),
    };
  if (response.status !== 200) return { fail: statusText(response) };
  const type = response.headers.get('content-type');
  if (type !== null && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim()))
    return { fail: `${statusText(response)} with ${type.split(';')[0]?.trim()}, not JSON` };
  try {
    return { value: UTF8.decode(bytes) };
  } catch {
    return { fail: 'the answer is not UTF-8 text' };
  }
}
