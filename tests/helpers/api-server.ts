/**
 * A stand-in for the Daily Papers API on loopback: `GET /api/daily_papers?date=…&limit=…&p=…`
 * answers, per date, what the test scripted, in order (the last answer repeats): the papers,
 * paged by `limit` and `p` as the API pages them, or a fault (a status with its body, an answer
 * cut off, no answer at all).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchSettings } from '../../src/lib/fetch/fetch-settings.ts';

/** Settings for the fetch's own tests: a fake origin (they answer with a fake fetch), small limits. */
export function testSettings(overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    apiUrl: 'https://api.test',
    timeoutMs: 1_000,
    retryBudgetMs: 10_000,
    backoffMs: 100,
    pageLimit: 10,
    userAgent: 'paper-digest/test (+fetch)',
    ...overrides,
  };
}

export const API_FIXTURES = new URL('../fixtures/api/', import.meta.url).pathname;

/** The items of a sample answer of the API: 14 papers (2024-03-15, the 2024 schema) or 28 (2025-12-02, the current one). */
export function sampleItems(date: '2024-03-15' | '2025-12-02'): Record<string, unknown>[] {
  return JSON.parse(readFileSync(`${API_FIXTURES}hf-api-daily-papers-${date}.json`, 'utf8')) as Record<
    string,
    unknown
  >[];
}

export type Answer =
  /** The day's papers, paged. */
  | { papers: unknown[] }
  /** A status, with a body (default: none) of a content type (default: JSON) and headers. */
  | { status: number; body?: string; type?: string; headers?: Record<string, string> }
  /** A JSON answer whose connection closes halfway through the body it announced. */
  | { cutOff: unknown[] }
  /** A JSON answer that stops halfway through its body, the connection left open. */
  | { stall: unknown[] }
  /** No answer: the request waits until the client gives up. */
  | { hang: true };

export interface ApiRequest {
  url: URL;
  headers: IncomingHttpHeaders;
  /** When it arrived (Date.now()). */
  at: number;
}

export interface ApiServer {
  origin: string;
  requests: ApiRequest[];
  /** Scripts the answers for `date`, replacing any before. */
  answer(date: string, ...answers: Answer[]): void;
  close(): Promise<void>;
}

function page(papers: readonly unknown[], url: URL): unknown[] {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const number = Number(url.searchParams.get('p') ?? 0);
  return papers.slice(number * limit, (number + 1) * limit);
}

export async function serveApi(): Promise<ApiServer> {
  const scripts = new Map<string, Answer[]>();
  const requests: ApiRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, headers: request.headers, at: Date.now() });
    const script = scripts.get(url.searchParams.get('date') ?? '');
    const answer = script && script.length > 1 ? script.shift() : script?.[0];
    if (url.pathname !== '/api/daily_papers' || answer === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}');
    } else if ('hang' in answer) {
      // Left open: the client's time-out ends it, or close() does.
    } else if ('papers' in answer) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(page(answer.papers, url)));
    } else if ('cutOff' in answer || 'stall' in answer) {
      const body = Buffer.from(JSON.stringify(page('cutOff' in answer ? answer.cutOff : answer.stall, url)));
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      response.write(body.subarray(0, body.length >> 1), () => {
        if ('cutOff' in answer) response.socket?.destroy();
      });
    } else {
      response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json', ...answer.headers });
      response.end(answer.body ?? '');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    answer(date, ...answers) {
      scripts.set(date, answers);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
