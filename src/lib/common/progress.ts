/** A one-line progress bar on standard error, drawn only on a terminal. */
import { terminalText } from './text.ts';

const WIDTH = 30;

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progressBar(total: number, what: string, enabled = Boolean(process.stderr.isTTY)): Progress {
  let count = 0;
  if (!enabled) return { tick() {}, done() {} };
  return {
    tick(label) {
      count++;
      const filled = Math.round((count / total) * WIDTH);
      // A file name is the user's text: no escape sequence of it reaches the terminal.
      const shown = terminalText(label).replace(/\n/g, ' ');
      const name = shown.length > 40 ? `…${shown.slice(-39)}` : shown;
      process.stderr.write(
        `\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${what} ${name}`,
      );
    },
    done() {
      process.stderr.write('\r\u001b[2K');
    },
  };
}
