import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../../src/lib/common/files.ts';
import { DEFAULT_API_URL, fetchSettings, userAgent } from '../../../src/lib/fetch/fetch-settings.ts';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

test('without the variables: huggingface.co, patient time-outs, pages of 50, the project named in the User-Agent', () => {
  assert.deepEqual(fetchSettings({}), {
    apiUrl: DEFAULT_API_URL,
    timeoutMs: 30_000,
    retryBudgetMs: 120_000,
    backoffMs: 1_000,
    pageLimit: 50,
    userAgent: `paper-digest/${version} (+fetch)`,
  });
  assert.equal(userAgent(), `paper-digest/${version} (+fetch)`);
});

test('each variable sets its value; an empty one is unset', () => {
  const settings = fetchSettings({
    HF_API_URL: 'http://127.0.0.1:8080/',
    FETCH_TIMEOUT_MS: '250',
    FETCH_RETRY_BUDGET_MS: '1',
    FETCH_BACKOFF_MS: '10',
    FETCH_PAGE_LIMIT: '7',
  });
  assert.deepEqual(
    { ...settings, userAgent: undefined },
    {
      apiUrl: 'http://127.0.0.1:8080',
      timeoutMs: 250,
      retryBudgetMs: 1,
      backoffMs: 10,
      pageLimit: 7,
      userAgent: undefined,
    },
  );
  assert.equal(fetchSettings({ FETCH_PAGE_LIMIT: '' }).pageLimit, 50);
});

test('an origin with a path keeps it (a proxy), without its trailing slash', () => {
  assert.equal(fetchSettings({ HF_API_URL: 'https://proxy.example/hf//' }).apiUrl, 'https://proxy.example/hf');
});

test('a bad value is an InputError naming its variable', () => {
  const refusals: [Record<string, string>, string][] = [
    [
      { HF_API_URL: 'huggingface.co' },
      'HF_API_URL="huggingface.co": expected an http(s) origin such as https://huggingface.co',
    ],
    [
      { HF_API_URL: 'ftp://huggingface.co' },
      'HF_API_URL="ftp://huggingface.co": expected an http(s) origin such as https://huggingface.co',
    ],
    [
      { HF_API_URL: 'https://huggingface.co/?x=1' },
      'HF_API_URL="https://huggingface.co/?x=1": expected an http(s) origin such as https://huggingface.co',
    ],
    [{ FETCH_TIMEOUT_MS: '0' }, 'FETCH_TIMEOUT_MS="0": expected a whole number, at least 1'],
    [{ FETCH_TIMEOUT_MS: '1.5' }, 'FETCH_TIMEOUT_MS="1.5": expected a whole number, at least 1'],
    [{ FETCH_RETRY_BUDGET_MS: '0' }, 'FETCH_RETRY_BUDGET_MS="0": expected a whole number, at least 1'],
    [{ FETCH_RETRY_BUDGET_MS: '-1' }, 'FETCH_RETRY_BUDGET_MS="-1": expected a whole number, at least 1'],
    [{ FETCH_BACKOFF_MS: 'soon' }, 'FETCH_BACKOFF_MS="soon": expected a whole number, at least 0'],
    [{ FETCH_PAGE_LIMIT: '0' }, 'FETCH_PAGE_LIMIT="0": expected a whole number, at least 1'],
  ];
  for (const [env, message] of refusals) assert.throws(() => fetchSettings(env), new InputError(message));
});
