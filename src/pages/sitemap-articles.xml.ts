import type { APIRoute } from 'astro';
import { getArchive } from '../lib/content';
import { sitemapXml } from '../lib/sitemaps';
import { absoluteUrl } from '../lib/urls';

/** Every published article with the date it last changed, so crawlers revisit updated stories. */
export const GET: APIRoute = async () => {
  const { stories } = await getArchive();
  const urls = stories.map((story) => ({
    loc: absoluteUrl(story.path, import.meta.env.SITE, import.meta.env.BASE_URL),
    lastmod: story.updatedAt ?? story.publishedAt,
  }));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
