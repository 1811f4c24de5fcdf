import assert from 'node:assert/strict';
import { main } from '../../scripts/search.ts';
import { runMain, type Run } from './cli.ts';

/** `npm run search -- <args>` run in this process: what the terminal prints, without starting Node again. */
export const searchInTerminal = (args: readonly string[]): Promise<Run> => runMain(main, args, process.cwd());

/**
 * `npm run search -- <args> --json` on a built site's output folder, which must answer: its answer.
 * No --base: the search takes the one the build recorded in the index.
 */
export async function searchAsJson<Answer = { total: number; results: Record<string, unknown>[] }>(
  site: { dist: string },
  args: readonly string[],
): Promise<Answer> {
  const run = await searchInTerminal([...args, '--json', '--dist', site.dist]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Answer;
}
