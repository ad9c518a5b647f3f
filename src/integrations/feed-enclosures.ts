/**
 * Gives every RSS enclosure its real byte size once the build has written the images: feeds
 * render before Astro writes the renditions they point at (src/lib/feeds.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withEnclosureLengths } from '../lib/feeds';

export function feedEnclosures(siteRoot: URL): AstroIntegration {
  return {
    name: 'dateline:feed-enclosures',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const siteDir = fileURLToPath(dir);
        const sizeOf = (url: string) => {
          const file = path.join(siteDir, decodeURIComponent(url.slice(siteRoot.href.length)));
          try {
            return statSync(file).size;
          } catch {
            throw new Error(`An RSS enclosure points at ${url}, which the build did not write (${file}).`);
          }
        };
        // The RSS files the build wrote or kept, from Astro's list of each route's output: walking
        // dist/ for them cost 8 s at 100,000 stories. A kept file has its lengths already and is
        // left untouched, so an incremental build rewrites only the feeds it rendered.
        const feeds = [...assets.values()].flat().filter((url) => url.pathname.endsWith('/rss.xml'));
        for (const url of feeds) {
          const file = fileURLToPath(url);
          const rss = readFileSync(file, 'utf8');
          const sized = withEnclosureLengths(rss, sizeOf);
          if (sized !== rss) writeFileSync(file, sized);
        }
      },
    },
  };
}
