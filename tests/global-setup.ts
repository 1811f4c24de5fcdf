/**
 * `npm test`'s global setup (node --test-global-setup): the fixture site is built once, before
 * any test file runs, for every file that reads it (tests/helpers/site.ts: useFixtureSite), and
 * removed when the run ends.
 */
import { buildFixtureSite, FIXTURE_SITE_VARIABLE } from './helpers/site.ts';
import { makeTemporaryFolder, removeFolder } from './helpers/cli.ts';

export function globalSetup(): void {
  const work = makeTemporaryFolder();
  try {
    buildFixtureSite(work);
  } catch (error) {
    removeFolder(work);
    throw error;
  }
  // Test files run in child processes, which inherit this process's environment.
  process.env[FIXTURE_SITE_VARIABLE] = work;
}

export function globalTeardown(): void {
  const work = process.env[FIXTURE_SITE_VARIABLE];
  if (work) removeFolder(work);
}
