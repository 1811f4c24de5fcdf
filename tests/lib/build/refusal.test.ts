import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { stopOnInputError } from '../../../src/lib/build/refusal.ts';
import { InputError } from '../../../src/lib/common/files.ts';
import { taxonomyCheck } from '../../../src/integrations/taxonomy-check.ts';
import { ROOT, temporaryFolder } from '../../helpers/cli.ts';

test("a hook's input error is one logged line and a stop; any other error is thrown on", () => {
  const logged: string[] = [];
  const exits: number[] = [];
  const logger = { error: (message: string) => logged.push(message) };
  stopOnInputError(
    logger,
    () => undefined,
    (code) => exits.push(code),
  );
  assert.deepEqual([logged, exits], [[], []]);
  stopOnInputError(
    logger,
    () => {
      throw new InputError('SITE_URL="x" is not an http(s) URL');
    },
    (code) => exits.push(code),
  );
  assert.deepEqual([logged, exits], [['SITE_URL="x" is not an http(s) URL'], [1]]);
  assert.throws(() =>
    stopOnInputError(logger, () => {
      throw new TypeError('a bug');
    }),
  );
});

test('a build with a broken taxonomy stops before anything is built, in one line naming file and line', () => {
  const file = join(temporaryFolder(), 'topics.yaml');
  writeFileSync(file, 'areas:\n  vision: [unclosed\n');
  const hook = taxonomyCheck(file).hooks['astro:config:setup'] as unknown as (options: {
    config: { root: URL };
    logger: { error(message: string): void };
  }) => void;
  // Run from elsewhere than the project: the file is found under the root all the same.
  const config = { root: pathToFileURL(ROOT) };
  // The hook stops the process after logging: here the logger stops it first.
  const stopped = new Error('stopped');
  let said = '';
  const logger = {
    error: (message: string) => {
      said = message;
      throw stopped;
    },
  };
  assert.throws(() => hook({ config, logger }), stopped);
  assert.match(said, /topics\.yaml:\d+: /);
  assert.equal(said.split('\n').length, 1, said);
  const good = taxonomyCheck().hooks['astro:config:setup'] as unknown as typeof hook;
  const elsewhere = process.cwd();
  process.chdir(temporaryFolder());
  try {
    assert.doesNotThrow(() => good({ config, logger }), 'the project taxonomy passes');
  } finally {
    process.chdir(elsewhere);
  }
});
