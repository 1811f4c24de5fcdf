/** Says, once a build, when its links will name localhost (src/lib/build/site-origin.ts). */
import type { AstroIntegration } from 'astro';
import { localOriginWarning } from '../lib/build/site-origin.ts';

export function siteOriginNotice(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'paper-digest-site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = localOriginWarning(siteUrl);
        if (warning !== undefined) logger.warn(warning);
      },
    },
  };
}
