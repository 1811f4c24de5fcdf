import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  backoffDelay,
  isRetryableStatus,
  MAX_BACKOFF_MS,
  retryAfterMs,
  withRetries,
  type Attempt,
  type Clock,
} from '../../../src/lib/fetch/retry.ts';

/** A clock whose sleeps pass at once, recording them. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

test('429 and the 5xx statuses are worth another try; other statuses are not', () => {
  for (const status of [429, 500, 502, 503, 504, 599]) assert.equal(isRetryableStatus(status), true, String(status));
  for (const status of [200, 301, 400, 403, 404, 410, 600])
    assert.equal(isRetryableStatus(status), false, String(status));
});

test('Retry-After in seconds, or as an HTTP date (in the past: no wait); anything else is ignored', () => {
  const now = Date.parse('Sun, 06 Nov 1994 08:49:37 GMT');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs(' 0 ', now), 0);
  assert.equal(retryAfterMs('Sun, 06 Nov 1994 08:49:39 GMT', now), 2_000);
  assert.equal(retryAfterMs('Sunday, 06-Nov-94 08:50:37 GMT', now), 60_000);
  assert.equal(retryAfterMs('Sun, 06 Nov 1994 08:00:00 GMT', now), 0);
  for (const header of [null, undefined, '', '1.5', '-1', 'soon', 'Mon, 99 Nov 1994 99:00:00 GMT'])
    assert.equal(retryAfterMs(header, now), undefined, String(header));
});

test('the backoff doubles from the base and stops growing at its cap', () => {
  assert.deepEqual(
    [1, 2, 3, 4].map((retry) => backoffDelay(retry, 100)),
    [100, 200, 400, 800],
  );
  assert.equal(backoffDelay(20, 1_000), MAX_BACKOFF_MS);
  assert.equal(backoffDelay(3, 0), 0);
});

test('tries until a value, waiting the backoff, or the Retry-After when the server gives one', async () => {
  const clock = fakeClock();
  const answers: Attempt<string>[] = [
    { retry: 'HTTP 503' },
    { retry: 'HTTP 429', retryAfterMs: 5_000 },
    { retry: 'HTTP 502' },
    { value: 'body' },
  ];
  const timeouts: number[] = [];
  const result = await withRetries(
    async (timeoutMs) => {
      timeouts.push(timeoutMs);
      return answers.shift() as Attempt<string>;
    },
    { deadline: clock.now() + 60_000, timeoutMs: 10_000, backoffMs: 100, clock },
  );
  assert.deepEqual(result, { value: 'body' });
  assert.deepEqual(clock.sleeps, [100, 5_000, 400]);
  assert.deepEqual(timeouts, [10_000, 10_000, 10_000, 10_000]);
});

test('a reason to stop stops at once', async () => {
  const clock = fakeClock();
  let tries = 0;
  const result = await withRetries(
    async () => {
      tries++;
      return { fail: 'HTTP 404 Not Found' };
    },
    { deadline: clock.now() + 60_000, timeoutMs: 10_000, backoffMs: 100, clock },
  );
  assert.deepEqual(result, { fail: 'HTTP 404 Not Found' });
  assert.equal(tries, 1);
  assert.deepEqual(clock.sleeps, []);
});

test('gives up when another wait would pass the deadline, saying how long it tried; a try never outlasts the deadline', async () => {
  const clock = fakeClock();
  const timeouts: number[] = [];
  const result = await withRetries(
    async (timeoutMs) => {
      timeouts.push(timeoutMs);
      await clock.sleep(timeoutMs);
      return { retry: `timed out after ${timeoutMs} ms` };
    },
    { deadline: clock.now() + 2_500, timeoutMs: 1_000, backoffMs: 100, clock },
  );
  // Tries of 1 s, waits of 0.1 and 0.2 s: the third try has the 0.2 s left.
  assert.deepEqual(timeouts, [1_000, 1_000, 200]);
  assert.deepEqual(result, { fail: 'timed out after 200 ms; gave up after 3 tries in 2.5 s' });
});

test('a Retry-After past the deadline gives up at once instead of waiting for nothing', async () => {
  const clock = fakeClock();
  const result = await withRetries(async () => ({ retry: 'HTTP 429 Too Many Requests', retryAfterMs: 3_600_000 }), {
    deadline: clock.now() + 60_000,
    timeoutMs: 10_000,
    backoffMs: 100,
    clock,
  });
  assert.deepEqual(result, {
    fail: 'HTTP 429 Too Many Requests; asked to retry after 3600 s, past the time left for this day (1 try in 0 s)',
  });
  assert.deepEqual(clock.sleeps, []);
});

test('once the deadline has passed, nothing more is tried', async () => {
  const clock = fakeClock();
  let tries = 0;
  const result = await withRetries(
    async () => {
      tries++;
      return { value: 'late' };
    },
    { deadline: clock.now(), timeoutMs: 10_000, backoffMs: 0, clock },
  );
  assert.equal(tries, 0);
  assert.deepEqual(result, { fail: 'the time allowed for this day ran out' });
});

test('a wait that overruns the deadline ends the retries with the last reason, not a bare "ran out"', async () => {
  // Timers fire late: each wait takes 250 ms more than asked, the fourth one ends at the deadline.
  let now = 0;
  const lateClock = { now: () => now, sleep: async (ms: number) => void (now += ms + 250) };
  const result = await withRetries(async () => ({ retry: 'HTTP 503' }), {
    deadline: 1_000,
    timeoutMs: 1_000,
    backoffMs: 0,
    clock: lateClock,
  });
  assert.deepEqual(result, { fail: 'HTTP 503; gave up after 4 tries in 1 s' });
});
