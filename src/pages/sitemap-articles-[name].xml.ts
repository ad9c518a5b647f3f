import type { APIRoute, GetStaticPaths } from 'astro';
import { liveUpdatesKey, pageKey } from '../lib/cache-keys';
import { getAllStories, getArchive, type Story } from '../lib/content';
import { articleSitemaps, sitemapXml } from '../lib/sitemaps';
import { absoluteUrl } from '../lib/urls';

/**
 * Every published article of every edition with the date it last changed, a file per year
 * (src/lib/sitemaps.ts articleSitemaps), so crawlers revisit updated stories; a translated
 * story lists its versions in each edition (hreflang).
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return articleSitemaps(await getAllStories()).map(({ name, stories }) => ({
    params: { name },
    props: { stories },
    // A live story's lastmod is its newest update's time.
    cacheKey: pageKey(archive, [...stories, ...stories.flatMap((story) => story.translations)], stories.map(liveUpdatesKey)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ stories: Story[] }> = ({ props }) => {
  const abs = (path: string) => absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL);
  const urls = props.stories.map((story) => ({
    loc: abs(story.path),
    lastmod: story.updatedAt ?? story.publishedAt,
    ...(story.translations.length > 0
      ? { alternates: [story, ...story.translations].map((s) => ({ hreflang: s.edition.locale, href: abs(s.path) })) }
      : {}),
  }));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
