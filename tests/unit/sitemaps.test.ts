import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { inGeneralSitemap, NEWS_LIMIT, newsLanguage, newsStories, robotsTxt, sitemapXml } from '../../src/lib/sitemaps';

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
  });

  it('robots.txt names the sitemaps and keeps crawlers off search results', () => {
    expect(robotsTxt({ disallow: ['/news/search/'], sitemaps: ['https://x.example/news/sitemap-index.xml'] })).toBe(
      'User-agent: *\nDisallow: /news/search/\n\nSitemap: https://x.example/news/sitemap-index.xml\n',
    );
  });
});
