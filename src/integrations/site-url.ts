/**
 * Sets Astro's `site` from `SITE_URL` (see `src/lib/site-url.ts`). `astro build` stops with a
 * one-line message when it is missing or is not a real address; `astro dev`, `preview`, `check`
 * and `sync` fall back to the local address, so that canonical links still resolve.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LOCAL_SITE_URL, MISSING_SITE_URL, parseSiteUrl } from '../lib/site-url';

/**
 * A thrown error would bury the one line that matters under Astro's location and stack trace:
 * this is a setting to fix, not a bug to debug, so the line is logged and the process ends.
 */
function stop(logger: AstroIntegrationLogger, message: string): never {
  logger.error(message);
  process.exit(1);
}

export function siteUrl(value: string | undefined): AstroIntegration {
  return {
    name: 'vi-tre-em:site-url',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const { site, error } = parseSiteUrl(value);
        if (error) stop(logger, error);
        if (site) return;
        if (command === 'build') stop(logger, MISSING_SITE_URL);
        updateConfig({ site: LOCAL_SITE_URL });
      },
    },
  };
}
