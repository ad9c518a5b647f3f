import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  articleSitemaps,
  generalSitemapUrls,
  inGeneralSitemap,
  isArticleSitemap,
  NEWS_LIMIT,
  newsLanguage,
  newsStories,
  robotsTxt,
  SITEMAP_FILES,
  SITEMAP_URL_LIMIT,
  sitemapIndexXml,
  sitemapXml,
} from '../../src/lib/sitemaps';

describe('news sitemap selection', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const at = (iso: string) => ({ publishedAt: new Date(iso) });

  it('keeps the last two days, newest first, and nothing from the future', () => {
    const stories = [at('2026-11-23T11:59:00Z'), at('2026-11-25T11:00:00Z'), at('2026-11-23T12:01:00Z'), at('2026-11-25T13:00:00Z')];
    expect(newsStories(stories, now).map((s) => s.publishedAt.toISOString())).toEqual([
      '2026-11-25T11:00:00.000Z',
      '2026-11-23T12:01:00.000Z',
    ]);
  });

  it('lists the newest story alone when none is two days old, so the urlset is never empty', () => {
    const stories = [at('2026-11-01T10:00:00Z'), at('2026-11-20T10:00:00Z'), at('2026-11-26T10:00:00Z')];
    expect(newsStories(stories, now).map((s) => s.publishedAt.toISOString())).toEqual(['2026-11-20T10:00:00.000Z']);
  });

  it('keeps a live story while its coverage runs, however long ago it started, and drops it once ended', () => {
    const live = { publishedAt: new Date('2026-11-10T10:00:00Z'), live: { state: 'live' } };
    const ended = { publishedAt: new Date('2026-11-11T10:00:00Z'), live: { state: 'ended' } };
    const recent = at('2026-11-25T11:00:00Z');
    expect(newsStories([ended, live, recent], now)).toEqual([recent, live]);
  });

  it('lists at most 1,000 stories', () => {
    const many = Array.from({ length: 1200 }, (_, i) => at(new Date(now.getTime() - i * 60_000).toISOString()));
    expect(newsStories(many, now)).toHaveLength(NEWS_LIMIT);
  });

  it('names the language as Google News wants it', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('fr')).toBe('fr');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
  });
});

describe('sitemap XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('writes loc and lastmod, escaped', () => {
    const doc = parser.parse(sitemapXml([{ loc: 'https://dateline.example/?a=1&b=2', lastmod: new Date('2025-06-27T11:00:00Z') }]));
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url).toEqual({ loc: 'https://dateline.example/?a=1&b=2', lastmod: '2025-06-27T11:00:00.000Z' });
  });

  it('writes Google News entries with publication, date and title', () => {
    const doc = parser.parse(
      sitemapXml([
        {
          loc: 'https://dateline.example/world/2026/11/s/',
          news: { publicationName: 'Dateline', language: 'en', published: new Date('2026-11-25T10:00:00Z'), title: 'A & B' },
        },
      ]),
    );
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url['news:news']).toEqual({
      'news:publication': { 'news:name': 'Dateline', 'news:language': 'en' },
      'news:publication_date': '2026-11-25T10:00:00.000Z',
      'news:title': 'A & B',
    });
  });

  it('an empty news sitemap is still a valid urlset', () => {
    expect(parser.parse(sitemapXml([])).urlset).toBeDefined();
  });
});

describe('which pages go where', () => {
  it('leaves articles (own sitemap) and the search page out of the general sitemap', () => {
    expect(inGeneralSitemap('/world/')).toBe(true);
    expect(inGeneralSitemap('/archive/2025/06/2/')).toBe(true);
    expect(inGeneralSitemap('/world/2025/06/putin-says/')).toBe(false);
    expect(inGeneralSitemap('/search/')).toBe(false);
    expect(inGeneralSitemap('/offline/')).toBe(false);
    expect(inGeneralSitemap('/saved/')).toBe(false);
    expect(inGeneralSitemap('/404/')).toBe(false);
  });

  it('lists the list pages sorted, each page every edition has with all its versions as alternates', () => {
    const absolute = (path: string) => `https://dateline.example${path}`;
    const urls = generalSitemapUrls(
      ['ru/sections/', 'sections/', 'archive/2025/10/', 'archive/2025/9/', '', 'world/2025/06/putin-says/', '404/', 'ru/search/'].map(
        (p) => `/${p}`,
      ),
      absolute,
    );
    expect(urls.map((u) => u.loc)).toEqual([
      'https://dateline.example/',
      'https://dateline.example/archive/2025/9/',
      'https://dateline.example/archive/2025/10/',
      'https://dateline.example/ru/sections/',
      'https://dateline.example/sections/',
    ]);
    const versions = [
      { hreflang: 'ru-RU', href: 'https://dateline.example/ru/sections/' },
      { hreflang: 'en-GB', href: 'https://dateline.example/sections/' },
    ];
    expect(urls.find((u) => u.loc.endsWith('/ru/sections/'))?.alternates).toEqual(versions);
    expect(urls.find((u) => u.loc === 'https://dateline.example/sections/')?.alternates).toEqual(versions);
    // A page of one edition only has no alternates.
    expect(urls[1]?.alternates).toBeUndefined();
  });

  it('gives each year of articles its own sitemap, newest year first, and splits a year over the URL limit', () => {
    const story = (year: number, i: number) => ({ path: `/world/${year}/01/s${i}/` });
    const files = articleSitemaps([
      ...Array.from({ length: 3 }, (_, i) => story(2024, i)),
      ...Array.from({ length: SITEMAP_URL_LIMIT + 1 }, (_, i) => story(2025, i)),
      { path: '/ru/world/2023/05/r/' },
    ]);
    expect(files.map((f) => [f.name, f.stories.length])).toEqual([
      ['2025-1', SITEMAP_URL_LIMIT],
      ['2025-2', 1],
      ['2024', 3],
      ['2023', 1],
    ]);
  });

  it('tells the article sitemaps from the others by their file name', () => {
    expect(isArticleSitemap(SITEMAP_FILES.articles('2025-2'))).toBe(true);
    expect(isArticleSitemap(SITEMAP_FILES.news)).toBe(false);
    expect(isArticleSitemap(SITEMAP_FILES.general(0))).toBe(false);
    expect(isArticleSitemap(`world/${SITEMAP_FILES.articles('2025')}`)).toBe(false);
  });

  it('writes a sitemap index', () => {
    const doc = new XMLParser({ isArray: (name) => name === 'sitemap' }).parse(sitemapIndexXml(['https://dateline.example/sitemap-0.xml']));
    expect(doc.sitemapindex.sitemap).toEqual([{ loc: 'https://dateline.example/sitemap-0.xml' }]);
  });

  it('robots.txt names the sitemaps and keeps crawlers off search results', () => {
    expect(robotsTxt({ disallow: ['/news/search/'], sitemaps: ['https://x.example/news/sitemap-index.xml'] })).toBe(
      'User-agent: *\nDisallow: /news/search/\n\nSitemap: https://x.example/news/sitemap-index.xml\n',
    );
  });
});
