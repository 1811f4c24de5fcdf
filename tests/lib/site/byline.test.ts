import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byline, pageAuthors } from '../../../src/lib/site/byline.ts';

test('a byline names the first two authors, then the count; a few names all; unknown names the count', () => {
  const names = ['Zesen Cheng', 'Hang Zhang', 'Kehan Li', 'Sicong Leng'];
  assert.equal(byline(4, names), 'Zesen Cheng, Hang Zhang, … 4 authors');
  assert.equal(byline(3, names.slice(0, 3)), 'Zesen Cheng, Hang Zhang, Kehan Li');
  assert.equal(byline(1, ['Ada Lovelace']), 'Ada Lovelace');
  assert.equal(byline(9, undefined), '9 authors');
  assert.equal(byline(1, []), '1 author');
});

test('a name a search asked for is shown too, when the first names are not it', () => {
  const names = ['Anna Zhang', 'Jun Müller', 'Chen Zhang', 'Wei Zhang', 'Ola Berg'];
  assert.equal(byline(5, names, 'Wei Zhang'), 'Anna Zhang, Jun Müller, … Wei Zhang, … 5 authors');
  assert.equal(byline(5, names, 'Jun Müller'), 'Anna Zhang, Jun Müller, … 5 authors', 'already shown');
  assert.equal(byline(5, names, undefined), 'Anna Zhang, Jun Müller, … 5 authors');
});

test('a paper page shows ten authors and folds the rest, unless only a few would be folded', () => {
  const names = Array.from({ length: 97 }, (_, index) => `Author ${index + 1}`);
  const { shown, more } = pageAuthors(names);
  assert.deepEqual([shown.length, more.length, shown[9], more[0]], [10, 87, 'Author 10', 'Author 11']);
  assert.deepEqual(pageAuthors(names.slice(0, 12)), { shown: names.slice(0, 12), more: [] });
});
