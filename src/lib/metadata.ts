/**
 * What search engines and social networks are told about a page: the description, and the
 * schema.org JSON-LD graph (NewsArticle, BreadcrumbList, WebSite with its search box).
 * Plain data in, plain objects out; components only serialise them.
 */

export interface DescribedStory {
  title: string;
  dek: string | undefined;
  sectionName: string;
  authorNames: string[];
  sourceName: string | undefined;
}

/** The standfirst, or for wire copy without one a sentence built from what is known. */
export function storyDescription(story: DescribedStory): string {
  if (story.dek) return story.dek;
  const from = story.authorNames.join(', ') || story.sourceName;
  return from ? `${story.title}. ${story.sectionName} news from ${from}.` : `${story.title}. ${story.sectionName} news.`;
}

/** Size of the social card drawn for each article (src/lib/social-card.ts). */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export interface Publisher {
  name: string;
  url: string;
  logo: { url: string; width: number; height: number };
}

/** The publisher as schema.org names it, from the site config's organization. */
export function publisher(
  organization: { name: string; logo: string; logoWidth: number; logoHeight: number },
  absolute: (path: string) => string,
): Publisher {
  return {
    name: organization.name,
    url: absolute('/'),
    logo: { url: absolute(organization.logo), width: organization.logoWidth, height: organization.logoHeight },
  };
}

export interface ImageRef {
  url: string;
  width: number;
  height: number;
}

/** The shapes Google's article rules ask for, widest first: 16×9, 4×3 and 1×1. */
export const ARTICLE_IMAGE_RATIOS = [16 / 9, 4 / 3, 1] as const;

/**
 * The largest crop of a photo to `ratio`, at most `maxWidth` wide, in whole pixels: never
 * wider or taller than the photo, so no crop is an upscale.
 */
export function cropSize(photo: { width: number; height: number }, ratio: number, maxWidth = 1200): { width: number; height: number } {
  const width = Math.floor(Math.min(maxWidth, photo.width, photo.height * ratio));
  return { width, height: Math.round(width / ratio) };
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  images: ImageRef[];
  published: Date;
  modified: Date | undefined;
  section: string;
  keywords: string[];
  authors: { name: string; url: string; kind: 'person' | 'agency' }[];
  /** The original of a story republished from another publisher. */
  source: { name: string; url?: string | undefined } | undefined;
  language: string;
  publisher: Publisher;
}

function organization(publisher: Publisher) {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
}

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    image: input.images.map((i) => ({ '@type': 'ImageObject', url: i.url, width: i.width, height: i.height })),
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    articleSection: input.section,
    keywords: input.keywords,
    inLanguage: input.language,
    // A headline-only brief has no author: the key is left out rather than an empty list.
    ...(input.authors.length > 0
      ? { author: input.authors.map((a) => ({ '@type': a.kind === 'agency' ? 'Organization' : 'Person', name: a.name, url: a.url })) }
      : {}),
    publisher: organization(input.publisher),
    ...(input.source
      ? {
          sourceOrganization: { '@type': 'NewsMediaOrganization', name: input.source.name },
          ...(input.source.url ? { isBasedOn: input.source.url } : {}),
        }
      : {}),
  };
}

export interface LiveBlogPostingInput extends NewsArticleInput {
  coverageStart: Date;
  /** Only once the coverage has ended. */
  coverageEnd: Date | undefined;
  /** Newest first. */
  updates: { url: string; headline: string; published: Date; text: string }[];
}

/**
 * A live story: schema.org's LiveBlogPosting (a kind of article, so every NewsArticle field
 * stands), with when the coverage started and ended and each update as a BlogPosting.
 */
export function liveBlogPosting(input: LiveBlogPostingInput): Record<string, unknown> {
  return {
    ...newsArticle(input),
    '@type': 'LiveBlogPosting',
    coverageStartTime: input.coverageStart.toISOString(),
    ...(input.coverageEnd ? { coverageEndTime: input.coverageEnd.toISOString() } : {}),
    liveBlogUpdate: input.updates.map((update) => ({
      '@type': 'BlogPosting',
      '@id': update.url,
      url: update.url,
      headline: update.headline,
      datePublished: update.published.toISOString(),
      articleBody: update.text,
    })),
  };
}

/** Breadcrumbs from the front page down to the current page; the last one is the page itself. */
export function breadcrumbList(crumbs: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/** The site, with the search box search engines may show: it opens /search/?q=… */
export function webSite(input: { name: string; url: string; searchUrl: string; language: string; publisher: Publisher }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    name: input.name,
    url: input.url,
    inLanguage: input.language,
    publisher: organization(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}{search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no headline can close
 * the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
