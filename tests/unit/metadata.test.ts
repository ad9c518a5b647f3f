import { describe, expect, it } from 'vitest';
import {
  ARTICLE_IMAGE_RATIOS,
  breadcrumbList,
  cropSize,
  jsonLdText,
  liveBlogPosting,
  newsArticle,
  storyDescription,
  webSite,
  type Publisher,
} from '../../src/lib/metadata';

const publisher: Publisher = {
  name: 'Dateline',
  url: 'https://dateline.example/',
  logo: { url: 'https://dateline.example/logo.png', width: 512, height: 512 },
};

describe('storyDescription', () => {
  it('uses the standfirst, else says what and from whom', () => {
    const base = { title: 'Headline', sectionName: 'World', authorNames: ['AFP'], sourceName: 'The Moscow Times' };
    expect(storyDescription({ ...base, dek: 'Standfirst.' })).toBe('Standfirst.');
    expect(storyDescription({ ...base, dek: undefined })).toBe('Headline. World news from AFP.');
    expect(storyDescription({ ...base, dek: undefined, authorNames: [] })).toBe('Headline. World news from The Moscow Times.');
  });
});

describe('JSON-LD', () => {
  const input = {
    url: 'https://dateline.example/world/2025/06/s/',
    headline: 'Headline',
    description: 'Description',
    images: [{ url: 'https://dateline.example/world/2025/06/s/card.jpg', width: 1200, height: 630 }],
    published: new Date('2025-06-27T11:00:00Z'),
    modified: undefined,
    section: 'World',
    keywords: ['Russia'],
    authors: [{ name: 'AFP', url: 'https://dateline.example/authors/afp/', kind: 'agency' }],
    source: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/x' },
    language: 'en-GB' as const,
    publisher,
  } satisfies Parameters<typeof newsArticle>[0];
  const article = newsArticle(input);

  it('NewsArticle names the page, dates, authors with URLs, publisher logo and the original', () => {
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@id': 'https://dateline.example/world/2025/06/s/' },
      datePublished: '2025-06-27T11:00:00.000Z',
      dateModified: '2025-06-27T11:00:00.000Z',
      author: [{ '@type': 'Organization', name: 'AFP', url: 'https://dateline.example/authors/afp/' }],
      publisher: { name: 'Dateline', logo: { url: 'https://dateline.example/logo.png', width: 512 } },
      isBasedOn: 'https://www.themoscowtimes.com/x',
      sourceOrganization: { name: 'The Moscow Times' },
    });
  });

  it('LiveBlogPosting is the article with its coverage times and each update as a BlogPosting', () => {
    const update = {
      url: 'https://dateline.example/world/2025/06/s/#update-a',
      headline: 'Ferries cancelled',
      published: new Date('2025-06-27T12:00:00Z'),
      text: 'No sailings.',
    };
    const live = liveBlogPosting({ ...input, coverageStart: input.published, coverageEnd: undefined, updates: [update] });
    expect(live).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: 'Headline',
      coverageStartTime: '2025-06-27T11:00:00.000Z',
      liveBlogUpdate: [
        {
          '@type': 'BlogPosting',
          url: update.url,
          headline: 'Ferries cancelled',
          datePublished: '2025-06-27T12:00:00.000Z',
          articleBody: 'No sailings.',
        },
      ],
    });
    expect(live).not.toHaveProperty('coverageEndTime');
    const ended = liveBlogPosting({ ...input, coverageStart: input.published, coverageEnd: new Date('2025-06-28T00:00:00Z'), updates: [] });
    expect(ended).toMatchObject({ coverageEndTime: '2025-06-28T00:00:00.000Z', liveBlogUpdate: [] });
  });

  it('BreadcrumbList numbers the crumbs from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Dateline', url: 'https://dateline.example/' },
        { name: 'World', url: 'https://dateline.example/world/' },
      ]),
    ).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Dateline' },
        { position: 2, item: 'https://dateline.example/world/' },
      ],
    });
  });

  it('WebSite has a SearchAction that opens the search page with q', () => {
    const site = webSite({
      name: 'Dateline',
      url: 'https://dateline.example/',
      searchUrl: 'https://dateline.example/search/?q=',
      language: 'en-GB',
      publisher,
    });
    expect(site.potentialAction.target.urlTemplate).toBe('https://dateline.example/search/?q={search_term_string}');
  });

  it('cannot be closed early by a headline containing </script>', () => {
    expect(jsonLdText({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdText({ headline: '</script>' }))).toEqual({ headline: '</script>' });
  });
});

describe('article image crops', () => {
  it('crops a 1600×1067 photo to 16×9, 4×3 and 1×1, at most 1200 px wide', () => {
    expect(ARTICLE_IMAGE_RATIOS.map((r) => cropSize({ width: 1600, height: 1067 }, r))).toEqual([
      { width: 1200, height: 675 },
      { width: 1200, height: 900 },
      { width: 1067, height: 1067 },
    ]);
  });

  it('never crops larger than a small photo', () => {
    expect(cropSize({ width: 800, height: 300 }, 1)).toEqual({ width: 300, height: 300 });
  });
});
