/**
 * The general sitemaps (the list pages) and the sitemap index, once the build knows every page
 * it has, rendered or kept from the page cache. The article sitemaps and the news sitemap are
 * pages of the site (src/pages/); the index lists those this build has, from Astro's list of
 * each route's output files.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chunks,
  generalSitemapUrls,
  isArticleSitemap,
  SITEMAP_FILES,
  SITEMAP_URL_LIMIT,
  sitemapIndexXml,
  sitemapXml,
} from '../lib/sitemaps';

export function sitemapIndex(siteRoot: URL): AstroIntegration {
  return {
    name: 'dateline:sitemap-index',
    hooks: {
      'astro:build:done': ({ dir, pages, assets }) => {
        const siteDir = fileURLToPath(dir);
        const absolute = (sitePath: string) => new URL(sitePath.slice(1), siteRoot).href;
        // Page names come without the leading "/" ("about/", "" for the front page).
        const general = chunks(
          generalSitemapUrls(
            pages.map((page) => `/${page.pathname}`),
            absolute,
          ),
          SITEMAP_URL_LIMIT,
        ).map((urls, n) => {
          writeFileSync(path.join(siteDir, SITEMAP_FILES.general(n)), sitemapXml(urls));
          return SITEMAP_FILES.general(n);
        });
        const articles = [...assets.values()]
          .flat()
          .map((url) => path.relative(siteDir, fileURLToPath(url)).split(path.sep).join('/'))
          .filter(isArticleSitemap)
          .sort()
          .reverse();
        const listed = [...articles, SITEMAP_FILES.news, ...general];
        writeFileSync(path.join(siteDir, SITEMAP_FILES.index), sitemapIndexXml(listed.map((file) => absolute(`/${file}`))));
      },
    },
  };
}
