/**
 * Astro lists the photos and modules the content store refers to in .astro/ (one folder per
 * checkout, whichever content folder or cache a build or dev server uses) and rewrites the lists
 * only when the store changed. After a build of other content (the tests, the benchmark), an
 * unchanged store would be served or built against that content's lists and fail with
 * ImageNotFound or LocalImageUsedWrongly. Without them Astro writes them again from the store,
 * the same lists for the same store: they are removed before every build, dev server and check.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function freshContentImports(): AstroIntegration {
  return {
    name: 'dateline:fresh-content-imports',
    hooks: {
      'astro:config:setup': ({ config }) => {
        for (const file of ['content-assets.mjs', 'content-modules.mjs'])
          rmSync(fileURLToPath(new URL(`.astro/${file}`, config.root)), { force: true });
      },
    },
  };
}
