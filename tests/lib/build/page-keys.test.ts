import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayPageKey, paperPageKey, listPageKey, siteKey } from '../../../src/lib/build/page-keys.ts';

const paper = (slug: string, digest = `digest of ${slug}`) => ({ slug, digest });

test('page keys change with any part and only then', () => {
  const key = paperPageKey('site', paper('a'), [paper('b'), paper('c')]);
  assert.equal(paperPageKey('site', paper('a'), [paper('b'), paper('c')]), key);
  assert.match(key, /^[\w-]{22}$/);
  assert.notEqual(paperPageKey('other site', paper('a'), [paper('b'), paper('c')]), key);
  assert.notEqual(paperPageKey('site', paper('a', 'edited'), [paper('b'), paper('c')]), key);
  assert.notEqual(paperPageKey('site', paper('a'), [paper('b', 'edited'), paper('c')]), key);
  assert.notEqual(paperPageKey('site', paper('a'), [paper('c'), paper('b')]), key, 'the related papers reordered');

  const month = [
    { date: '2026-01-01', count: 3 },
    { date: '2026-01-02', count: 1 },
  ];
  const day = dayPageKey('site', '2026-01-02', '2026-01-01', undefined, [paper('a')], month);
  assert.equal(dayPageKey('site', '2026-01-02', '2026-01-01', undefined, [paper('a')], month), day);
  assert.notEqual(
    dayPageKey('site', '2026-01-02', '2025-12-31', undefined, [paper('a')], month),
    day,
    'another previous day',
  );
  assert.notEqual(dayPageKey('site', '2026-01-02', '2026-01-01', '2026-01-03', [paper('a')], month), day, 'a next day');
  assert.notEqual(
    dayPageKey('site', '2026-01-02', '2026-01-01', undefined, [paper('a'), paper('b')], month),
    day,
    'a paper added',
  );
  assert.notEqual(
    dayPageKey(
      'site',
      '2026-01-02',
      '2026-01-01',
      undefined,
      [paper('a')],
      [...month, { date: '2026-01-20', count: 7 }],
    ),
    day,
    'a day added to its month (its calendar)',
  );

  const papers = [paper('a')];
  const topic = listPageKey('site', ['nlp', 120, 2, 3], papers);
  assert.equal(listPageKey('site', ['nlp', 120, 2, 3], [...papers]), topic);
  assert.notEqual(listPageKey('site', ['nlp', 121, 2, 3], papers), topic, "the topic's count");
  assert.notEqual(listPageKey('site', ['nlp', 120, 2, 3, '2026-W17 40'], papers), topic, 'a neighbour named');
  assert.notEqual(listPageKey('site', ['nlp', 120, 2, 3, undefined], papers), topic, 'a neighbour missing');
  assert.notEqual(listPageKey('site', ['nlp', 120, 2, 4], papers), topic, 'another last page');
  assert.notEqual(listPageKey('site', ['nlp', 120, 2, 3], [paper('a', 'edited')]), topic, 'a card edited');

  const site = siteKey([
    { id: 'nlp', data: { name: 'NLP' } },
    { id: 'vision', data: { name: 'Vision' } },
  ]);
  assert.equal(
    siteKey([
      { id: 'nlp', data: { name: 'NLP' } },
      { id: 'vision', data: { name: 'Vision' } },
    ]),
    site,
  );
  assert.notEqual(
    siteKey([
      { id: 'nlp', data: { name: 'NLP' } },
      { id: 'vision', data: { name: 'Computer vision' } },
    ]),
    site,
    'a topic renamed',
  );
});

test('parts are separated, so moving text between them changes the key', () => {
  assert.notEqual(
    paperPageKey('site', paper('a', 'x'), [paper('b', 'y')]),
    paperPageKey('sit', paper('a', 'ex'), [paper('b', 'y')]),
  );
  assert.notEqual(
    siteKey([
      { id: 'a', data: 'b' },
      { id: 'c', data: 'd' },
    ]),
    siteKey([
      { id: 'a', data: 'bc' },
      { id: '', data: 'd' },
    ]),
  );
});
