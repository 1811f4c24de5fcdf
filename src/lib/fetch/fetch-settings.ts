/**
 * Where `npm run fetch` asks and how patiently, from the environment: the API's origin, the
 * time-outs and the retry budget (which tests shorten), the page size, and the User-Agent.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../common/files.ts';
import { PAGE_LIMIT } from './api-pages.ts';

export const DEFAULT_API_URL = 'https://huggingface.co';

export interface FetchSettings {
  /** The API's origin, without a trailing slash (a path prefix, for a proxy, is kept). */
  apiUrl: string;
  /** How long one request may take, its body included. */
  timeoutMs: number;
  /** How long one day may take, all its pages, retries and waits included: no request runs past it. */
  retryBudgetMs: number;
  /** The wait before the first retry; each further retry waits twice as long. */
  backoffMs: number;
  pageLimit: number;
  userAgent: string;
}

export const DEFAULT_SETTINGS = {
  timeoutMs: 30_000,
  retryBudgetMs: 120_000,
  backoffMs: 1_000,
  pageLimit: PAGE_LIMIT,
} as const;

/** paper-digest/<version> (+fetch): the API's owners can tell who asks. */
export function userAgent(): string {
  const { name, version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  return `${name}/${version} (+fetch)`;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < minimum)
    throw new InputError(`${name}=${JSON.stringify(text)}: expected a whole number, at least ${minimum}`);
  return value;
}

function apiUrl(text: string | undefined): string {
  if (text === undefined || text === '') return DEFAULT_API_URL;
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '')
    throw new InputError(`HF_API_URL=${JSON.stringify(text)}: expected an http(s) origin such as ${DEFAULT_API_URL}`);
  return url.href.replace(/\/+$/, '');
}

/** The settings; a bad value throws an InputError naming its variable. */
export function fetchSettings(env: NodeJS.ProcessEnv = process.env): FetchSettings {
  return {
    apiUrl: apiUrl(env.HF_API_URL),
    timeoutMs: whole(env, 'FETCH_TIMEOUT_MS', DEFAULT_SETTINGS.timeoutMs, 1),
    retryBudgetMs: whole(env, 'FETCH_RETRY_BUDGET_MS', DEFAULT_SETTINGS.retryBudgetMs, 1),
    backoffMs: whole(env, 'FETCH_BACKOFF_MS', DEFAULT_SETTINGS.backoffMs, 0),
    pageLimit: whole(env, 'FETCH_PAGE_LIMIT', DEFAULT_SETTINGS.pageLimit, 1),
    userAgent: userAgent(),
  };
}
