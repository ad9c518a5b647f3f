import { describe, expect, it } from 'vitest';
import { inEdition } from '../../src/lib/editions';
import {
  absoluteUrl,
  archivePath,
  articlePath,
  authorPath,
  isArticleFile,
  isArticlePath,
  searchPath,
  sectionPath,
  tagPath,
  tagSlug,
  withBase,
} from '../../src/lib/urls';

describe('urls', () => {
  it('builds /<section>/<yyyy>/<mm>/<slug>/ from the date in the site zone', () => {
    const article = { slug: 'putin-says', section: 'world', publishedAt: new Date('2025-06-27T12:00:00+01:00') };
    expect(articlePath(article, 'Europe/London')).toBe('/world/2025/06/putin-says/');
    const newYear = { slug: 'midnight', section: 'world', publishedAt: new Date('2025-12-31T23:30:00-05:00') };
    expect(articlePath(newYear, 'Europe/London')).toBe('/world/2026/01/midnight/');
  });

  it('the files Pagefind reads are every article page, in every edition, and not the other lists', () => {
    const file = (route: string) => `${route.slice(1)}index.html`;
    const article = { slug: 'putin-says', section: 'world', publishedAt: new Date('2025-06-27T12:00:00+01:00') };
    const ru = { lang: 'ru' } as const;
    expect(isArticleFile(file(articlePath(article, 'Europe/London')))).toBe(true);
    expect(isArticleFile(file(inEdition(ru, articlePath(article, 'Europe/Moscow'))))).toBe(true);
    const lists = [
      sectionPath('world'),
      sectionPath('world', 3),
      tagPath('Floods', 2),
      authorPath('maya-okafor'),
      archivePath(2025, 6),
      archivePath(2025, 6, 2),
      inEdition(ru, archivePath(2025, 6, 2)),
      inEdition(ru, sectionPath('world', 3)),
      '/',
    ];
    for (const list of lists) expect(isArticleFile(file(list)), list).toBe(false);
  });

  it('puts the base path in front of every route, once', () => {
    expect(withBase('/world/', '/')).toBe('/world/');
    expect(withBase('/world/', '/news/')).toBe('/news/world/');
    expect(withBase('/world/', '/news')).toBe('/news/world/');
    expect(withBase('/', '/news/')).toBe('/news/');
  });

  it('leaves external links and fragments alone', () => {
    expect(withBase('https://example.org/a', '/news/')).toBe('https://example.org/a');
    expect(withBase('mailto:x@example.org', '/news/')).toBe('mailto:x@example.org');
    expect(withBase('#main', '/news/')).toBe('#main');
  });

  it('makes absolute URLs for canonical links under a base path', () => {
    expect(absoluteUrl('/world/', 'https://example.org', '/news/')).toBe('https://example.org/news/world/');
  });

  it("gives a list's front its own URL and numbers the other pages, page 1 included", () => {
    expect(sectionPath('world')).toBe('/world/');
    expect(sectionPath('world', 1)).toBe('/world/1/');
    expect(sectionPath('world', 2)).toBe('/world/2/');
    expect(authorPath('afp', 3)).toBe('/authors/afp/3/');
    expect(archivePath()).toBe('/archive/');
    expect(archivePath(2025)).toBe('/archive/2025/');
    expect(archivePath(2025, 6)).toBe('/archive/2025/06/');
    expect(archivePath('2025', '06', 2)).toBe('/archive/2025/06/2/');
  });

  it('turns tags into readable ASCII slugs', () => {
    expect(tagSlug('Peace talks')).toBe('peace-talks');
    expect(tagSlug('Économie & Café')).toBe('economie-and-cafe');
    expect(tagPath('Peace talks', 2)).toBe('/tags/peace-talks/2/');
  });

  it('encodes search queries so they cannot break out of the URL', () => {
    expect(searchPath('a&b <c>')).toBe('/search/?q=a%26b%20%3Cc%3E');
    expect(searchPath()).toBe('/search/');
  });

  it('tells article paths from list pages of the same depth', () => {
    expect(isArticlePath('/world/2025/06/putin-says/')).toBe(true);
    expect(isArticlePath('/archive/2025/06/2/')).toBe(false);
    expect(isArticlePath('/world/2025/06/putin-says')).toBe(false);
    expect(isArticlePath('/world/2/')).toBe(false);
  });
});
