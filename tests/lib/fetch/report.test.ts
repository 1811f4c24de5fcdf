import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exitStatus, failureLines, formatFetchReport, type FetchReport } from '../../../src/lib/fetch/report.ts';

const URL_OF = (date: string) => `https://huggingface.co/api/daily_papers?date=${date}&limit=50&p=0`;

const REPORT: FetchReport = {
  days: [
    {
      date: '2025-12-01',
      url: URL_OF('2025-12-01'),
      file: 'content/dumps/hf-2025-12-01.json',
      status: 'written',
      papers: 28,
      kept: 0,
      failedAt: null,
      reason: null,
    },
    {
      date: '2025-12-02',
      url: URL_OF('2025-12-02'),
      file: 'content/dumps/hf-2025-12-02.json',
      status: 'unchanged',
      papers: 1,
      kept: 1,
      failedAt: null,
      reason: 'the dump there keeps 1 paper the API no longer lists (2512.00001)',
    },
    {
      date: '2025-12-06',
      url: URL_OF('2025-12-06'),
      file: 'content/dumps/hf-2025-12-06.json',
      status: 'empty',
      papers: 0,
      kept: 0,
      failedAt: null,
      reason: 'no papers listed for this day; nothing written',
    },
    {
      date: '2025-12-07',
      url: URL_OF('2025-12-07'),
      file: 'content/dumps/hf-2025-12-07.json',
      status: 'failed',
      papers: null,
      kept: 0,
      failedAt: 'api',
      reason: 'HTTP 503 Service Unavailable; gave up after 6 tries in 117.3 s',
    },
  ],
};

test('the text report: what each day became, and where; a listed day counts the papers its dump holds, kept ones too', () => {
  assert.equal(
    formatFetchReport(REPORT),
    [
      'Fetched 4 days: 1 written, 1 unchanged, 1 empty, 1 failed',
      '  2025-12-01 written 28 papers → content/dumps/hf-2025-12-01.json',
      '  2025-12-02 unchanged 2 papers → content/dumps/hf-2025-12-02.json: the dump there keeps 1 paper the API no longer lists (2512.00001)',
      '  2025-12-06 empty: no papers listed for this day; nothing written',
      '  2025-12-07 failed: HTTP 503 Service Unavailable; gave up after 6 tries in 117.3 s',
    ].join('\n'),
  );
});

test('one line per failed day, with its URL and why; exit status 1 when a day failed, else 0', () => {
  assert.deepEqual(failureLines(REPORT), [
    `2025-12-07: ${URL_OF('2025-12-07')}: HTTP 503 Service Unavailable; gave up after 6 tries in 117.3 s`,
  ]);
  assert.equal(exitStatus(REPORT), 1);
  assert.equal(exitStatus({ days: REPORT.days.filter((day) => day.status !== 'failed') }), 0);
  assert.equal(exitStatus({ days: [] }), 0);
});

test('a day whose dump file failed leads with the reason, which names the file, then the URL it was fetched from', () => {
  const reason = 'content/dumps/hf-2025-12-08.json: cannot write (ENOSPC: no space left on device)';
  const day = { ...REPORT.days[0]!, date: '2025-12-08', status: 'failed' as const, failedAt: 'file' as const, reason };
  assert.deepEqual(failureLines({ days: [day] }), [`2025-12-08: ${reason}; fetched from ${day.url}`]);
});

test('what the API said reaches the terminal without its control characters, on one line', () => {
  const hostile: FetchReport = {
    days: [{ ...REPORT.days[3]!, reason: 'HTTP 502 \u001b[31mBad\u001b[0m\nGateway\u0007' }],
  };
  assert.deepEqual(failureLines(hostile), [`2025-12-07: ${URL_OF('2025-12-07')}: HTTP 502 Bad Gateway`]);
  assert.doesNotMatch(formatFetchReport(hostile), /\u001b|\u0007/);
});
