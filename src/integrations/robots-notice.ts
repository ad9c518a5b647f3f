/**
 * Under a base path robots.txt is written at <base>/robots.txt, where crawlers never look
 * (they read it only at the root of a host): the build says so and prints the lines to add
 * to the host's own robots.txt.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';

export function robotsNotice(siteRoot: URL): AstroIntegration {
  return {
    name: 'dateline:robots-notice',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (siteRoot.pathname === '/') return;
        const lines = readFileSync(new URL('robots.txt', dir), 'utf8').trim();
        logger.warn(
          `robots.txt is written at ${siteRoot.pathname}robots.txt, but crawlers read it only at ${new URL('/robots.txt', siteRoot).href}. ` +
            `Add these lines to that file:\n${lines}`,
        );
      },
    },
  };
}
