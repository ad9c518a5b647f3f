import type { APIRoute } from 'astro';
import { getAllStories } from '../lib/content';
import { publishingTime } from '../lib/published';
import { newsLanguage, newsStories, sitemapXml } from '../lib/sitemaps';
import { absoluteUrl } from '../lib/urls';
import { siteConfig } from '../site.config';

/**
 * The Google News sitemap: stories of the last two days at build time, each with its
 * edition's language. Like scheduled stories, it is as fresh as the last build, so a news
 * site rebuilds on a schedule.
 */
export const GET: APIRoute = async () => {
  const stories = await getAllStories();
  const urls = newsStories(stories, publishingTime()).map((story) => ({
    loc: absoluteUrl(story.path, import.meta.env.SITE, import.meta.env.BASE_URL),
    news: {
      publicationName: siteConfig.organization.name,
      language: newsLanguage(story.edition.locale),
      published: story.publishedAt,
      title: story.title,
    },
  }));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
