/**
 * The site's origin, from SITE_URL (src/lib/build/site-origin.ts): one that is not an origin is
 * refused in one line before anything is built, and a build without one says once that its links
 * will name localhost.
 */
import type { AstroIntegration } from 'astro';
import { stopOnInputError } from '../lib/build/refusal.ts';
import { checkBasePath, localOriginWarning, siteOrigin } from '../lib/build/site-origin.ts';

export function siteOriginOf(siteUrl: string | undefined, basePath: string | undefined): AstroIntegration {
  return {
    name: 'paper-digest-site-origin',
    hooks: {
      // Set here rather than in the config, so that a refusal is one line (stopOnInputError).
      'astro:config:setup': ({ updateConfig, logger }) => {
        stopOnInputError(logger, () => {
          checkBasePath(basePath);
          updateConfig({ site: siteOrigin(siteUrl) });
        });
      },
      'astro:build:start': ({ logger }) => {
        const warning = localOriginWarning(siteUrl);
        if (warning !== undefined) logger.warn(warning);
      },
    },
  };
}
