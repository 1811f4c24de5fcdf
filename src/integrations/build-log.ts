/**
 * Astro's own log, written by its Node.js logger, each page of a build on a line of its own
 * (src/lib/build/page-lines.ts). Astro loads it by its path (`logger` in astro.config.mjs).
 */
import type { AstroLoggerDestination } from 'astro';
import nodeLogger from 'astro/logger/node';
import { pageLine } from '../lib/build/page-lines.ts';

export default function buildLog(config?: Parameters<typeof nodeLogger>[0]): AstroLoggerDestination {
  const node = nodeLogger(config);
  return {
    write(event) {
      const line = pageLine(event);
      if (line !== undefined) node.write(line);
    },
  };
}
