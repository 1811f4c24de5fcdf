/**
 * Whether a saved paper's page is still on the site, from asking for it: only a 404 says it is
 * gone (a rebuild dropped it); a network error or another status says nothing (offline, say).
 */
export type PagePresence = 'present' | 'gone' | 'unknown';

/** `status`: the response's HTTP status, undefined when the request failed. */
export function pagePresence(status: number | undefined): PagePresence {
  if (status === 404) return 'gone';
  return status !== undefined && status >= 200 && status < 300 ? 'present' : 'unknown';
}
