import type { APIRoute } from 'astro';
import { getAllStories } from '../lib/content';
import { sitemapXml } from '../lib/sitemaps';
import { absoluteUrl } from '../lib/urls';

/**
 * Every published article of every edition with the date it last changed, so crawlers revisit
 * updated stories; a translated story lists its versions in each edition (hreflang).
 */
export const GET: APIRoute = async () => {
  const abs = (path: string) => absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL);
  const urls = (await getAllStories()).map((story) => ({
    loc: abs(story.path),
    lastmod: story.updatedAt ?? story.publishedAt,
    ...(story.translations.length > 0
      ? { alternates: [story, ...story.translations].map((s) => ({ hreflang: s.edition.locale, href: abs(s.path) })) }
      : {}),
  }));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
