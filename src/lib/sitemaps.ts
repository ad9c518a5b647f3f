/**
 * What each crawler file lists. The general sitemaps have the list pages (written once the
 * build knows its pages: src/integrations/sitemap-index.ts); articles have their own sitemaps
 * by year, with lastmod, and the Google News sitemap has only the stories of the last two
 * days. The sitemap index names them all, and robots.txt names the index and the news sitemap.
 */
import XMLBuilder from 'fast-xml-builder';
import { articleParams, isArticlePath } from './urls';
import { splitEditionPath } from './editions';

const xml = new XMLBuilder({ ignoreAttributes: false, format: true });

const ARTICLES_PREFIX = 'sitemap-articles-';

export const SITEMAP_FILES = {
  /** The index of every sitemap below. */
  index: 'sitemap-index.xml',
  /** The articles of one year ("2025"), or a share of it ("2025-2") when it has more than SITEMAP_URL_LIMIT. */
  articles: (name: string) => `${ARTICLES_PREFIX}${name}.xml`,
  news: 'sitemap-news.xml',
  /** The list pages, SITEMAP_URL_LIMIT to a file: sitemap-0.xml, sitemap-1.xml… */
  general: (n: number) => `sitemap-${n}.xml`,
} as const;

/** Whether a file of the site (a path relative to its root) is one of the article sitemaps. */
export function isArticleSitemap(file: string): boolean {
  return file.startsWith(ARTICLES_PREFIX) && file.endsWith('.xml') && !file.includes('/');
}

/** The protocol allows 50,000 URLs to a sitemap; this leaves room, as @astrojs/sitemap did. */
export const SITEMAP_URL_LIMIT = 45_000;

/** Google News reads stories published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/** The search page only lists results for a query: search engines are asked not to crawl it. */
export const UNCRAWLED_PATHS = ['/search/'];

/** Pages of one reader's browser (their saved list, the offline notice) and the 404 page: `noindex`, in no sitemap. */
export const UNINDEXED_PATHS = ['/offline/', '/saved/', '/404/'];

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

/**
 * The general sitemap's entries from the paths of the pages a build has ("/", "/about/",
 * "/ru/sections/"…), sorted; a page that other editions also have names them all as hreflang
 * alternates. One pass: @astrojs/sitemap's i18n option, used before, compared every URL with
 * every other, 10.7 s for the 49,000 list pages of a 100,000-story archive, on every build.
 */
export function generalSitemapUrls(paths: readonly string[], absolute: (path: string) => string): SitemapUrl[] {
  const listed = paths.filter(inGeneralSitemap).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const versions = new Map<string, { hreflang: string; href: string }[]>();
  for (const path of listed) {
    const { edition, path: inEdition } = splitEditionPath(path);
    const group = versions.get(inEdition) ?? [];
    group.push({ hreflang: edition.locale, href: absolute(path) });
    versions.set(inEdition, group);
  }
  return listed.map((path) => {
    const alternates = versions.get(splitEditionPath(path).path) ?? [];
    return { loc: absolute(path), ...(alternates.length > 1 ? { alternates } : {}) };
  });
}

/**
 * The article sitemaps: a file per year of the story's URL, or numbered shares of a year with
 * more than SITEMAP_URL_LIMIT stories. A year's file changes only with its own stories, so
 * publishing rewrites the current year's, not the archive's.
 */
export function articleSitemaps<T extends { path: string }>(stories: readonly T[]): { name: string; stories: T[] }[] {
  const byYear = new Map<string, T[]>();
  for (const story of stories) {
    const { year } = articleParams(story.path);
    const inYear = byYear.get(year) ?? [];
    inYear.push(story);
    byYear.set(year, inYear);
  }
  return [...byYear]
    .sort(([a], [b]) => b.localeCompare(a))
    .flatMap(([year, inYear]) => {
      const shares = chunks(inYear, SITEMAP_URL_LIMIT);
      return shares.map((share, i) => ({ name: shares.length > 1 ? `${year}-${i + 1}` : year, stories: share }));
    });
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A sitemaps.org sitemap index. */
export function sitemapIndexXml(locs: readonly string[]): string {
  return xml.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    sitemapindex: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', sitemap: locs.map((loc) => ({ loc })) },
  });
}

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  news?: { publicationName: string; language: string; published: Date; title: string };
  /** The page in every edition (itself included), as hreflang alternates: a story's translations. */
  alternates?: { hreflang: string; href: string }[];
}

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
