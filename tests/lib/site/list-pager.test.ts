import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listPager, pageNumber, pagedTitle } from '../../../src/lib/site/list-pager.ts';

test("a list's pager links the pages before and after, in the list's words, and says where it is", () => {
  const words = { previous: 'Newer', next: 'Older' };
  assert.deepEqual(listPager({ currentPage: 2, lastPage: 3, url: { prev: '/t/', next: '/t/3/' } }, words), {
    label: 'Pages',
    previous: { url: '/t/', text: 'Newer' },
    next: { url: '/t/3/', text: 'Older' },
    position: 'Page 2 of 3',
  });
  const first = listPager({ currentPage: 1, lastPage: 1, url: {} }, words);
  assert.deepEqual([first.previous, first.next], [undefined, undefined]);
  assert.equal(pagedTitle('Speech', undefined), 'Speech');
  assert.equal(pagedTitle('Speech', 2), 'Speech, page 2');
  assert.deepEqual([pageNumber({ currentPage: 1 }), pageNumber({ currentPage: 2 })], [undefined, 2]);
});
