import type { APIRoute } from 'astro';
import { robotsTxt, SITEMAP_FILES, UNCRAWLED_PATHS } from '../lib/sitemaps';
import { absoluteUrl, withBase } from '../lib/urls';
import { editions, inEdition } from '../lib/editions';

/**
 * Crawlers read robots.txt only at the root of a host: under a BASE_PATH the file is still
 * written, for a host that maps it to the root.
 */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  return new Response(
    robotsTxt({
      disallow: editions.flatMap((edition) => UNCRAWLED_PATHS.map((path) => withBase(inEdition(edition, path), base))),
      sitemaps: [SITEMAP_FILES.index, SITEMAP_FILES.news].map((file) => absoluteUrl(`/${file}`, import.meta.env.SITE, base)),
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
};
