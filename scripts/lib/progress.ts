/** A one-line progress bar on standard error, drawn only on a terminal. */
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
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      process.stderr.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${what} ${name}`);
    },
    done() {
      process.stderr.write('\r\u001b[2K');
    },
  };
}
