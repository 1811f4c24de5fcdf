import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureCases, readExpected, runFixture, writeExpected } from '../../helpers/fixtures.ts';

const update = process.env.UPDATE_FIXTURES === '1';

for (const name of fixtureCases()) {
  test(`fixture ${name}`, async () => {
    const actual = await runFixture(name);
    if (update) writeExpected(name, actual);
    const expected = readExpected(name);
    assert.deepEqual(JSON.parse(JSON.stringify(actual.result)), expected.result);
    assert.deepEqual([...actual.files.keys()].sort(), [...expected.files.keys()].sort());
    for (const [file, text] of actual.files) assert.equal(text, expected.files.get(file), file);
  });
}
