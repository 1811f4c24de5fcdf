import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../../src/lib/common/files.ts';
import { extendRegistry, formatSlugRegistry, parseSlugRegistry } from '../../../src/lib/ingest/slug-registry.ts';

test("a registry of one key per slug (the format before keys were kept) still loads, each key its slug's only one", () => {
  const registry = parseSlugRegistry('slugs.json', '{\n  "paper-one": "2026-04-10 paper one"\n}\n');
  assert.deepEqual([...registry], [['paper-one', ['2026-04-10 paper one']]]);
});

test('a slug keeps every key its paper has had, newest last; one key is written as before, several as a list', () => {
  const first = extendRegistry(new Map(), [['2026-04-10 paper one', 'paper-one']]);
  assert.equal(formatSlugRegistry(first), '{\n  "paper-one": "2026-04-10 paper one"\n}\n');
  const later = extendRegistry(first, [
    ['2026-04-10 paper one', 'paper-one'],
    ['arxiv:2604.01234', 'paper-one'],
    ['2026-04-12 other', 'other'],
  ]);
  const text = formatSlugRegistry(later);
  assert.equal(
    text,
    '{\n  "other": "2026-04-12 other",\n  "paper-one": ["2026-04-10 paper one","arxiv:2604.01234"]\n}\n',
  );
  assert.deepEqual(parseSlugRegistry('slugs.json', text), later);
  assert.deepEqual(
    extendRegistry(later, [['2026-04-10 paper one', 'paper-one']]).get('paper-one'),
    ['arxiv:2604.01234', '2026-04-10 paper one'],
    'a key given again becomes the newest',
  );
});

test('a slug without keys, or with one that is not a key, is refused with the file named', () => {
  for (const value of ['[]', '[""]', '["a", 1]', '""', '7'])
    assert.throws(
      () => parseSlugRegistry('content/slugs.json', `{"paper-one": ${value}}`),
      new InputError(`content/slugs.json: "paper-one" is not a slug with its paper's keys`),
    );
});
