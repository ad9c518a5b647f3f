/**
 * Gives every RSS enclosure its real byte size once the build has written the images: feeds
 * render before Astro writes the renditions they point at (src/lib/feeds.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withEnclosureLengths } from '../lib/feeds';

export function feedEnclosures(siteRoot: URL): AstroIntegration {
  return {
    name: 'dateline:feed-enclosures',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        const sizeOf = (url: string) => {
          const file = path.join(siteDir, decodeURIComponent(url.slice(siteRoot.href.length)));
          try {
            return statSync(file).size;
          } catch {
            throw new Error(`An RSS enclosure points at ${url}, which the build did not write (${file}).`);
          }
        };
        for (const name of readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'rss.xml')) {
          const file = path.join(siteDir, name);
          writeFileSync(file, withEnclosureLengths(readFileSync(file, 'utf8'), sizeOf));
        }
      },
    },
  };
}
