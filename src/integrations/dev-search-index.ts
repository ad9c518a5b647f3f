/**
 * `npm run dev` renders pages on demand, so there is no fresh search index to query. This
 * serves the index of the last `npm run build` (dist/pagefind/) under the dev server, with
 * that build's images (dist/_astro/), which the index's thumbnails point at; the search page
 * says how to build one when there is none.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import sirv from 'sirv';

export function devSearchIndex(outDir: string): AstroIntegration {
  return {
    name: 'dateline:dev-search-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        server.middlewares.use(`${base}pagefind`, sirv(path.resolve(outDir, 'pagefind'), { dev: true }));
        server.middlewares.use(`${base}_astro`, sirv(path.resolve(outDir, '_astro'), { dev: true }));
      },
    },
  };
}
