import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { outputDiskRefusal } from '../../../src/lib/build/output-disk.ts';
import { temporaryFolder } from '../../helpers/cli.ts';

test('an output folder on the disk the build runs from is taken, made yet or not', () => {
  const work = temporaryFolder();
  assert.equal(outputDiskRefusal(work, work), undefined);
  assert.equal(outputDiskRefusal(join(work, 'not', 'made', 'yet'), work), undefined);
});

test('an output folder on another disk is refused in one line naming both folders', () => {
  const work = temporaryFolder();
  const out = join(work, 'elsewhere');
  // The nearest folder that exists stands for one not made yet: here `work`, on "disk 2".
  const deviceOf = (path: string) => (path === work ? 2 : 1);
  const refused = outputDiskRefusal(out, '/project', deviceOf) ?? '';
  assert.match(refused, new RegExp(`^the output folder ${out} is on another disk than /project, where Astro builds: `));
  assert.doesNotMatch(refused, /\n/);
});
