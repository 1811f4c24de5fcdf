import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLastPage, PAGE_LIMIT, pageUrl } from '../../../src/lib/fetch/api-pages.ts';

test('a page is asked by date, limit and page number (from 0), as huggingface_hub asks', () => {
  assert.equal(
    pageUrl('https://huggingface.co', '2025-12-02', 0, PAGE_LIMIT),
    'https://huggingface.co/api/daily_papers?date=2025-12-02&limit=50&p=0',
  );
  assert.equal(
    pageUrl('https://proxy.example/hf', '2024-03-15', 2, 10),
    'https://proxy.example/hf/api/daily_papers?date=2024-03-15&limit=10&p=2',
  );
});

test('a page shorter than the limit is the last; a full one may have more after it', () => {
  assert.equal(isLastPage(0, 50), true);
  assert.equal(isLastPage(49, 50), true);
  assert.equal(isLastPage(50, 50), false);
});
