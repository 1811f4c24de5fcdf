import { main } from '../../scripts/search.ts';
import { runMain, type Run } from './cli.ts';

/** `npm run search -- <args>` run in this process: what the terminal prints, without starting Node again. */
export const searchInTerminal = (args: readonly string[]): Promise<Run> => runMain(main, args, process.cwd());
