/** Runs a command and measures it: wall time, and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the command and its children together, sampled every 50 ms. */
  peakRssBytes: number;
  stdout: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      tree.set(parent, [...(tree.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  return tree;
}

function treeRss(root: number): number {
  const tree = children();
  let total = 0;
  for (const stack = [root]; stack.length > 0;) {
    const pid = stack.pop() as number;
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), 50);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0)
        reject(
          new Error(`${command} ${args.join(' ')} exited ${code}:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`),
        );
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, stdout });
    });
  });
}

/** Commands run one after the other as one stage: summed time, largest peak, each one's time. */
export async function measureAll(
  commands: readonly [string, readonly string[], Record<string, string>][],
  cwd: string,
): Promise<Measured & { steps: number[] }> {
  const steps: Measured[] = [];
  for (const [command, args, env] of commands) steps.push(await measure(command, args, env, cwd));
  return {
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    peakRssBytes: Math.max(...steps.map((step) => step.peakRssBytes)),
    stdout: steps.map((step) => step.stdout).join(''),
    steps: steps.map((step) => step.seconds),
  };
}
