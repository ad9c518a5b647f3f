/**
 * What each crawler file lists. The general sitemap (@astrojs/sitemap) has the list pages;
 * articles have their own sitemap with lastmod, and the Google News sitemap has only the
 * stories of the last two days. robots.txt names them all.
 */
import XMLBuilder from 'fast-xml-builder';
import { isArticlePath } from './urls';
import { splitEditionPath } from './editions';

export const SITEMAP_FILES = {
  /** Written by @astrojs/sitemap: the index of every sitemap below. */
  index: 'sitemap-index.xml',
  articles: 'sitemap-articles.xml',
  news: 'sitemap-news.xml',
} as const;

/** Google News reads stories published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/** The search page only lists results for a query: search engines are asked not to crawl it. */
export const UNCRAWLED_PATHS = ['/search/'];

/** Pages of one reader's browser (their saved list, the offline notice): `noindex`, in no sitemap. */
export const UNINDEXED_PATHS = ['/offline/', '/saved/'];

/**
 * Whether a page belongs in the general sitemap: not an article (the article sitemap lists
 * those, and old article URLs only redirect), not an uncrawled page and not a noindex one.
 */
export function inGeneralSitemap(path: string): boolean {
  const inEdition = splitEditionPath(path).path;
  return !isArticlePath(path) && !UNCRAWLED_PATHS.includes(inEdition) && !UNINDEXED_PATHS.includes(inEdition);
}

/**
 * Stories for the news sitemap: published within the window before `now`, and live stories
 * while their coverage runs however long ago it began, newest first. When none is that young,
 * the newest story alone: a sitemaps.org urlset must hold at least one URL, and Google News
 * ignores (it does not reject) a story past its two days. So the file that robots.txt and the
 * sitemap index announce is valid whatever the build clock says.
 */
export function newsStories<T extends { publishedAt: Date; live?: { state: string } | undefined }>(stories: readonly T[], now: Date): T[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  const published = stories
    .filter((s) => s.publishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const recent = published.filter((s) => s.publishedAt.getTime() > from || s.live?.state === 'live').slice(0, NEWS_LIMIT);
  return recent.length > 0 ? recent : published.slice(0, 1);
}

/** Google News wants an ISO 639 code ("en"), except for Chinese ("zh-cn", "zh-tw"). */
export function newsLanguage(locale: string): string {
  const [language = locale, region] = locale.toLowerCase().split('-');
  return language === 'zh' && region ? `zh-${region === 'hk' ? 'tw' : region}` : language;
}

export function robotsTxt(input: { disallow: string[]; sitemaps: string[] }): string {
  return [
    'User-agent: *',
    ...input.disallow.map((path) => `Disallow: ${path}`),
    '',
    ...input.sitemaps.map((url) => `Sitemap: ${url}`),
    '',
  ].join('\n');
}

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  news?: { publicationName: string; language: string; published: Date; title: string };
  /** The page in every edition (itself included), as hreflang alternates: a story's translations. */
  alternates?: { hreflang: string; href: string }[];
}

const xml = new XMLBuilder({ ignoreAttributes: false, format: true });

/** A sitemaps.org urlset, with the Google News namespace when any entry has news data. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const news = urls.some((u) => u.news);
  const alternates = urls.some((u) => u.alternates);
  return xml.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      ...(news ? { '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' } : {}),
      ...(alternates ? { '@_xmlns:xhtml': 'http://www.w3.org/1999/xhtml' } : {}),
      url: urls.map((u) => ({
        loc: u.loc,
        ...(u.lastmod ? { lastmod: u.lastmod.toISOString() } : {}),
        ...(u.alternates
          ? { 'xhtml:link': u.alternates.map((a) => ({ '@_rel': 'alternate', '@_hreflang': a.hreflang, '@_href': a.href })) }
          : {}),
        ...(u.news
          ? {
              'news:news': {
                'news:publication': { 'news:name': u.news.publicationName, 'news:language': u.news.language },
                'news:publication_date': u.news.published.toISOString(),
                'news:title': u.news.title,
              },
            }
          : {}),
      })),
    },
  });
}
