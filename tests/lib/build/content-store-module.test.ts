import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { storeModuleCode } from '../../../src/lib/build/content-store-module.ts';
import { temporaryFolder } from '../../helpers/cli.ts';

test("the store's module exports the store's JSON as its file holds it when the module runs", async () => {
  const file = join(temporaryFolder(), "a store's file.json");
  writeFileSync(file, JSON.stringify([{ papers: 1 }, 'a "quoted" \\ string', 'Łukasz 大规模']));
  const code = storeModuleCode(file);
  assert.ok(code.length < 200 + file.length, 'the module holds no store');
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  assert.deepEqual(module.default, [{ papers: 1 }, 'a "quoted" \\ string', 'Łukasz 大规模']);
});
