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
  assert.deepEqual(failureOf(new InputError('a.txt:3: not UTF-8')), { status: 2, message: 'a.txt:3: not UTF-8' });
  assert.deepEqual(failureOf(parseError(['--bogus'])), { status: 2, message: "Unknown option '--bogus'; see --help" });
  assert.deepEqual(failureOf(parseError(['--limit'])), {
    status: 2,
    message: "Option '--limit <value>' argument missing; see --help",
  });
  assert.deepEqual(failureOf(parseError(['positional'])), {
    status: 2,
    message: "Unexpected argument 'positional'; see --help",
  });
  // A command that takes positional arguments: Node's advice on those is left out.
  assert.throws(
    () => parseArgs({ args: ['--bogus'], allowPositionals: true, options: {} }),
    (error) => failureOf(error)?.message === "Unknown option '--bogus'; see --help",
  );
});

test('a file system that refuses exits 1 with its own message, which names the call and the path', () => {
  const full = Object.assign(new Error("ENOSPC: no space left on device, write '/x/y.md'"), {
    code: 'ENOSPC',
    syscall: 'write',
    path: '/x/y.md',
  });
  assert.deepEqual(failureOf(full), { status: 1, message: "ENOSPC: no space left on device, write '/x/y.md'" });
});

test('anything else is a bug, left for its stack trace', () => {
  assert.equal(failureOf(new TypeError('x is undefined')), undefined);
  assert.equal(failureOf(undefined), undefined);
  assert.equal(failureOf('thrown text'), undefined);
});
