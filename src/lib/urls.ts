/**
 * Every URL of the site is built here and nowhere else. Route paths are site-relative
 * ("/world/2025/06/slug/"); `withBase` puts the deploy's base path in front, so a build
 * served under /news/ links correctly without any page knowing about it.
 */
import slugify from '@sindresorhus/slugify';
import { calendarParts } from './dates.ts';
import { editions, splitEditionPath } from './editions.ts';

/** Top-level paths that pages own (editions' prefixes among them), so no section may take their name. */
export const RESERVED_SEGMENTS: readonly string[] = [
  'authors',
  'tags',
  'archive',
  'search',
  'about',
  'sections',
  'saved',
  'offline',
  '404',
  '_astro',
  'pagefind',
  ...editions.map((e) => e.lang),
];

export function withBase(path: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Absolute URL for feeds, canonical links and metadata. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}

export function tagSlug(tag: string): string {
  return slugify(tag);
}

export interface ArticleRouteFields {
  slug: string;
  section: string;
  publishedAt: Date;
}

export function articlePath(article: ArticleRouteFields, timeZone: string): string {
  const { year, month } = calendarParts(article.publishedAt, timeZone);
  return `/${article.section}/${year}/${month}/${article.slug}/`;
}

/**
 * Whether a file of the built site is an article page (articlePath's index.html, in any
 * edition): Pagefind reads only these (scripts/search-index.mjs) instead of opening every list
 * page to find no indexable body in it.
 */
export function isArticleFile(file: string): boolean {
  return file.endsWith('/index.html') && isArticlePath(`/${file.slice(0, -'index.html'.length)}`);
}

/** Route params of an article page or file, from its path (an edition's prefix is its route's own param). */
export function articleParams(path: string): { section: string; year: string; month: string; slug: string } {
  const [, section = '', year = '', month = '', slug = ''] = splitEditionPath(path).path.split('/');
  return { section, year, month, slug };
}

/** The article's social card image (src/pages/[section]/[year]/[month]/[slug]/card.jpg.ts). */
export function cardPath(articlePath: string): string {
  return `${articlePath}card.jpg`;
}

/**
 * Whether a site-relative path has the shape of an article URL, /<section>/<yyyy>/<mm>/<slug>/,
 * and not of a page with the same depth such as /archive/2025/06/2/.
 */
export function isArticlePath(path: string): boolean {
  const section = /^\/([a-z0-9-]+)\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/.exec(splitEditionPath(path).path)?.[1];
  return section !== undefined && !(RESERVED_SEGMENTS as readonly string[]).includes(section);
}

/** A list's front, or its numbered page (counted from the oldest, see lib/pagination.ts). */
function paged(path: string, page?: number): string {
  return page === undefined ? path : `${path}${page}/`;
}

export const sectionPath = (section: string, page?: number) => paged(`/${section}/`, page);
export const authorPath = (author: string, page?: number) => paged(`/authors/${author}/`, page);
export const tagPath = (tag: string, page?: number) => paged(`/tags/${tagSlug(tag)}/`, page);

export function archivePath(year?: number | string, month?: number | string, page?: number): string {
  if (year === undefined) return '/archive/';
  if (month === undefined) return `/archive/${year}/`;
  return paged(`/archive/${year}/${String(month).padStart(2, '0')}/`, page);
}

export function searchPath(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** The reader's saved stories. */
export const savedPath = () => '/saved/';

/** The compact story index the saved and offline lists are drawn from (src/pages/stories.json.ts). */
export const storiesIndexPath = '/stories.json';

/** The service worker, at the root of the site so its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';
