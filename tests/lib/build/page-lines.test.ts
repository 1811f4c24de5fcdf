import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstroLoggerMessage } from 'astro';
import { pageLine } from '../../../src/lib/build/page-lines.ts';

const event = (message: string, label: string | null = null, newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});

test("a page's path, which Astro leaves open for its time, is a line of its own", () => {
  const path = event('  \u001b[34m├─\u001b[39m \u001b[2m/dates/2026-04-13/index.html\u001b[22m', null, false);
  assert.deepEqual(pageLine(path), { ...path, newLine: true });
});

test("a page's time is dropped: with several pages under way it follows another page's path", () => {
  for (const time of [
    ' \u001b[2m(+12ms)\u001b[22m ',
    ' \u001b[31m(+1.20s)\u001b[39m ',
    ' (+3.4ms)',
    ' \u001b[31m(+1m 5s)\u001b[39m ',
  ])
    assert.equal(pageLine(event(time, 'SKIP_FORMAT')), undefined, time);
});

test('what else the event of a time says stays, on its own line', () => {
  const said = pageLine(event(' (+2ms) (file not created, response body was empty)', 'SKIP_FORMAT'));
  assert.equal(said?.message, '    (file not created, response body was empty)');
  assert.equal(said?.newLine, true);
});

test('every other event is written as Astro wrote it', () => {
  for (const other of [
    event('Completed in 7.92s.', 'build'),
    event('\n generating static routes ', 'SKIP_FORMAT'),
    event(' (+12ms) ', 'vite'),
    event(' (see the docs) ', 'SKIP_FORMAT'),
  ])
    assert.equal(pageLine(other), other);
});
