/**
 * The site's origin, from SITE_URL (src/lib/build/site-origin.ts): one that is not an origin is
 * refused in one line before anything is built, and a build without one says once that its links
 * will name localhost.
 */
import type { AstroIntegration } from 'astro';
import { InputError } from '../lib/common/files.ts';
import { localOriginWarning, siteOrigin } from '../lib/build/site-origin.ts';

export function siteOriginOf(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'paper-digest-site-origin',
    hooks: {
      // Set here rather than in the config: an error thrown while Astro loads its config is printed
      // under Astro's own lines, and one thrown from a hook with a stack trace.
      'astro:config:setup': ({ updateConfig, logger }) => {
        try {
          updateConfig({ site: siteOrigin(siteUrl) });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          logger.error(error.message);
          process.exit(1);
        }
      },
      'astro:build:start': ({ logger }) => {
        const warning = localOriginWarning(siteUrl);
        if (warning !== undefined) logger.warn(warning);
      },
    },
  };
}
