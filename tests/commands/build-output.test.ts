/**
 * What `astro build` refuses before it writes anything, in one line: a folder on another disk
 * than the one it runs from (src/integrations/output-disk.ts), where Astro's own move of the built
 * files would fail half-way (/dev/shm, a memory filesystem on Linux, stands for the other disk);
 * a SITE_URL that is not an origin, or a BASE_PATH that is not a path (src/integrations/site-origin.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, temporaryFolder } from '../helpers/cli.ts';

const OTHER_DISK = '/dev/shm';
const otherDisk = existsSync(OTHER_DISK) && statSync(OTHER_DISK).dev !== statSync(ROOT).dev;

test(
  'a build into a folder on another disk stops at once, in one line, having written nothing',
  { skip: !otherDisk && `${OTHER_DISK} is not another disk here` },
  () => {
    const parent = mkdtempSync(join(OTHER_DISK, 'paper-digest-'));
    try {
      const dist = join(parent, 'dist');
      const env = {
        ...process.env,
        PAPERS_DIR: temporaryFolder(),
        ASTRO_CACHE_DIR: temporaryFolder(),
        ASTRO_TELEMETRY_DISABLED: '1',
      };
      const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      });
      const output = `${build.stdout}\n${build.stderr}`;
      assert.equal(build.status, 1, output);
      assert.match(
        output,
        new RegExp(
          `the output folder ${dist}/ is on another disk than ${ROOT.replace(/\/$/, '')}, where Astro builds: `,
        ),
      );
      assert.doesNotMatch(output, /Stack trace|EXDEV|unhandled error/);
      assert.equal(existsSync(dist), false, 'nothing written');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  },
);

test('a build with a SITE_URL that is not an origin, or a BASE_PATH that is not a path, stops at once, in one line naming it, having written nothing', () => {
  const dist = join(temporaryFolder(), 'dist');
  for (const [siteUrl, said, basePath] of [
    ['notaurl', 'SITE_URL="notaurl" is not an http(s) URL: '],
    [
      'https://ex.org/sub',
      'SITE_URL="https://ex.org/sub": the path goes in BASE_PATH; set SITE_URL=https://ex.org and BASE_PATH=/sub',
    ],
    [
      'https://ex.org',
      'BASE_PATH="https://ex.org/sub" is an address, not a path: set SITE_URL=https://ex.org and BASE_PATH=/sub',
      'https://ex.org/sub',
    ],
  ]) {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: ROOT,
      env: {
        ...process.env,
        SITE_URL: siteUrl,
        BASE_PATH: basePath ?? '',
        PAPERS_DIR: temporaryFolder(),
        ASTRO_CACHE_DIR: temporaryFolder(),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    const output = `${build.stdout}${build.stderr}`;
    assert.equal(build.status, 1, output);
    assert.equal(output.trim().split('\n').length, 1, output);
    assert.ok(output.includes(said ?? ''), output);
    assert.doesNotMatch(output, /Stack trace|\n\s+at /);
    assert.equal(existsSync(dist), false, 'nothing written');
  }
});
