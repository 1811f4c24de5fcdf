import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { test } from 'node:test';
import { failureOf } from '../../../src/lib/common/command-failure.ts';
import { InputError } from '../../../src/lib/common/files.ts';

function parseError(args: string[]): unknown {
  try {
    parseArgs({ args, options: { limit: { type: 'string' } } });
  } catch (error) {
    return error;
  }
  assert.fail(`${args.join(' ')} parsed`);
}

test("the user's mistakes exit 2: input that cannot be used, an unknown option, an option without its value", () => {
  assert.deepEqual(failureOf(new InputError('a.txt:3: not UTF-8'), 'ingest'), {
    status: 2,
    message: 'a.txt:3: not UTF-8',
  });
  const listed = '(`npm run search -- --help` lists the options)';
  assert.deepEqual(failureOf(parseError(['--bogus']), 'search'), {
    status: 2,
    message: `Unknown option '--bogus' ${listed}`,
  });
  assert.deepEqual(failureOf(parseError(['--limit']), 'search'), {
    status: 2,
    message: `Option '--limit <value>' argument missing ${listed}`,
  });
  assert.deepEqual(failureOf(parseError(['a. b']), 'search'), {
    status: 2,
    message: `Unexpected argument 'a. b' ${listed}`,
  });
  // Node's advice on positional arguments is left out; its advice on a value that looks like an option, on one line.
  assert.throws(
    () => parseArgs({ args: ['--x. y'], allowPositionals: true, options: {} }),
    (error) => failureOf(error, 'search')?.message === `Unknown option '--x. y' ${listed}`,
  );
  const ambiguous = failureOf(parseError(['--limit', '-5']), 'search')?.message ?? '';
  assert.match(
    ambiguous,
    /^Option '--limit' argument is ambiguous\. Did you forget .+ use '--limit=-XYZ'\. \(`npm run/,
  );
  assert.doesNotMatch(ambiguous, /\n/);
});

test('a file system that refuses exits 1 with its own message, which names the call and the path', () => {
  const full = Object.assign(new Error("ENOSPC: no space left on device, write '/x/y.md'"), {
    code: 'ENOSPC',
    syscall: 'write',
    path: '/x/y.md',
  });
  assert.deepEqual(failureOf(full, 'ingest'), {
    status: 1,
    message: "ENOSPC: no space left on device, write '/x/y.md'",
  });
});

test('anything else is a bug, left for its stack trace', () => {
  assert.equal(failureOf(new TypeError('x is undefined'), 'ingest'), undefined);
  assert.equal(failureOf(undefined, 'ingest'), undefined);
  assert.equal(failureOf('thrown text', 'ingest'), undefined);
});
