/**
 * `npm test`'s global setup (node --test-global-setup): the fixture site and the synthetic site
 * are built once, before any test file runs, for every file that reads them (tests/helpers/site.ts:
 * useFixtureSite, useSyntheticSite), and removed when the run ends.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildFixtureSite,
  buildSyntheticSite,
  FIXTURE_SITE_VARIABLE,
  SYNTHETIC_SITE_VARIABLE,
} from './helpers/site.ts';
import { makeTemporaryFolder, removeFolder } from './helpers/cli.ts';

const SITES = [
  [FIXTURE_SITE_VARIABLE, buildFixtureSite],
  [SYNTHETIC_SITE_VARIABLE, buildSyntheticSite],
] as const;

export async function globalSetup(): Promise<void> {
  // The commands the tests start load the same modules again and again: compiled once, in Node's
  // own compile cache folder (kept between runs; entries are checked against each file's content).
  process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');
  await Promise.all(
    SITES.map(async ([variable, build]) => {
      const work = makeTemporaryFolder();
      try {
        await build(work);
      } catch (error) {
        removeFolder(work);
        throw error;
      }
      // Test files run in child processes, which inherit this process's environment.
      process.env[variable] = work;
    }),
  );
}

export function globalTeardown(): void {
  for (const [variable] of SITES) {
    const work = process.env[variable];
    if (work) removeFolder(work);
  }
}
