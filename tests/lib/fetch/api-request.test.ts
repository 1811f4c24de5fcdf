import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestText, type RequestOptions } from '../../../src/lib/fetch/api-request.ts';

const URL_ASKED = 'http://127.0.0.1:9/api/daily_papers?date=2024-03-15&limit=50&p=0';
const NOW = Date.parse('Fri, 15 Mar 2024 12:00:00 GMT');

/** requestText with a stand-in for fetch that gives `answer` (a Response, or an error to throw), and what it was asked. */
async function request(answer: Response | Error, timeoutMs = 1_000) {
  const asked: { url: string; init: RequestInit | undefined }[] = [];
  const options: RequestOptions = {
    userAgent: 'paper-digest/0.1.0 (+fetch)',
    now: () => NOW,
    fetch: (async (url: string, init?: RequestInit) => {
      asked.push({ url, init });
      if (answer instanceof Error) throw answer;
      return answer;
    }) as typeof fetch,
  };
  return { result: await requestText(URL_ASKED, timeoutMs, options), asked };
}

function json(body: string, init: ResponseInit = {}): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, ...init });
}

test('a 200 JSON answer gives its text; the request asks for JSON, names the project and has a time-out', async () => {
  const { result, asked } = await request(json('[{"paper":{}}]'));
  assert.deepEqual(result, { value: '[{"paper":{}}]' });
  assert.equal(asked.length, 1);
  const headers = new Headers(asked[0]?.init?.headers);
  assert.equal(headers.get('user-agent'), 'paper-digest/0.1.0 (+fetch)');
  assert.equal(headers.get('accept'), 'application/json');
  assert.ok(asked[0]?.init?.signal instanceof AbortSignal);
});

test('JSON types with a suffix or no content type at all are read as JSON', async () => {
  assert.deepEqual((await request(json('[]', { headers: { 'content-type': 'application/vnd.api+json' } }))).result, {
    value: '[]',
  });
  const bare = new Response('[]', { status: 200 });
  bare.headers.delete('content-type');
  assert.deepEqual((await request(bare)).result, { value: '[]' });
});

test('429 and 5xx are worth another try, after the Retry-After (seconds or a date) when there is one', async () => {
  assert.deepEqual(
    (await request(json('', { status: 429, statusText: 'Too Many Requests', headers: { 'retry-after': '7' } }))).result,
    { retry: 'HTTP 429 Too Many Requests', retryAfterMs: 7_000 },
  );
  assert.deepEqual(
    (
      await request(
        new Response('<html>busy</html>', {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'content-type': 'text/html', 'retry-after': 'Fri, 15 Mar 2024 12:00:30 GMT' },
        }),
      )
    ).result,
    { retry: 'HTTP 503 Service Unavailable', retryAfterMs: 30_000 },
  );
  assert.deepEqual((await request(new Response('<html>oops</html>', { status: 500 }))).result, {
    retry: 'HTTP 500',
    retryAfterMs: undefined,
  });
});

test('other statuses stop: a 404, a 204', async () => {
  assert.deepEqual((await request(json('{"error":"x"}', { status: 404, statusText: 'Not Found' }))).result, {
    fail: 'HTTP 404 Not Found',
  });
  assert.deepEqual((await request(new Response(null, { status: 204 }))).result, { fail: 'HTTP 204' });
});

test('an HTML page with status 200 is not the API: stop, naming the type', async () => {
  const page = new Response('<!doctype html><title>Hugging Face</title>', {
    status: 200,
    statusText: 'OK',
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
  assert.deepEqual((await request(page)).result, { fail: 'HTTP 200 OK with text/html, not JSON' });
});

test('an answer that is not UTF-8 stops', async () => {
  assert.deepEqual((await request(new Response(new Uint8Array([0x5b, 0xff, 0x5d]), { status: 200 }))).result, {
    fail: 'the answer is not UTF-8 text',
  });
});

test('a port fetch never connects to fails at once, out of reach: no try could reach it', async () => {
  // Node's own fetch, which refuses the port without a connection (port 9 is on the Fetch standard's list).
  const said = await requestText('http://127.0.0.1:9/api/daily_papers', 1000, {
    userAgent: 'test',
    fetch: globalThis.fetch,
    now: () => 0,
  });
  assert.deepEqual(said, {
    fail: 'no answer (bad port: fetch never connects to it; HF_API_URL names a wrong port)',
    unreached: true,
  });
});

test('a time-out, a connection refused and an answer cut off are worth another try', async () => {
  assert.deepEqual(
    (await request(new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 250)).result,
    {
      retry: 'timed out after 250 ms',
    },
  );
  const refused = new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
  assert.deepEqual((await request(refused)).result, { retry: 'no answer (ECONNREFUSED)', unreached: true });
  // A reset comes from a server that was reached: not a sign that the API is out of reach.
  const reset = new TypeError('fetch failed', {
    cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  });
  assert.deepEqual((await request(reset)).result, { retry: 'no answer (ECONNRESET)' });
  const cut = new TypeError('terminated', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  });
  assert.deepEqual((await request(cut)).result, { retry: 'the answer was cut off (UND_ERR_SOCKET)' });
});
