/**
 * The service worker's decisions, as plain functions (src/sw/service-worker.ts does the I/O).
 *
 * Three caches per site (the scope, i.e. origin + base path, is part of each name, so two
 * sites under one origin never touch each other's caches):
 * - shell, one per build version: the offline page, the saved list, the story index, the
 *   CSS and JS. A new deploy installs a new shell and deletes the old one.
 * - pages: articles the reader opened or saved. Kept across deploys, but refreshed from the
 *   network when a new version installs, so cached HTML always matches the current CSS/JS.
 * - media: content-hashed images the reader has seen. A hashed file never changes, so it is
 *   never stale; the oldest are dropped beyond a limit.
 *
 * Pages are fetched network-first (a reader online always gets the current page and, with
 * it, the current hashed CSS/JS); hashed assets cache-first.
 */
export const MAX_MEDIA = 300;

export interface CacheNames {
  shell: string;
  pages: string;
  media: string;
}

export function cacheNames(scope: string, version = ''): CacheNames {
  return { shell: `dateline-shell-${version} ${scope}`, pages: `dateline-pages ${scope}`, media: `dateline-media ${scope}` };
}

/** Shell caches of this site from other versions: deleted once the new version is active. */
export function staleCaches(existing: readonly string[], current: CacheNames, scope: string): string[] {
  return existing.filter((name) => name.startsWith('dateline-shell-') && name.endsWith(` ${scope}`) && name !== current.shell);
}

/**
 * page: navigation, network first, opened articles kept, offline page as the last resort.
 * asset: content-hashed file under _astro/, cache first.
 * data: anything else of the site (story index, icon), network first, cached copy offline.
 * pass: not the worker's business (other origins, other methods, the search index, itself).
 */
export type Strategy = 'page' | 'asset' | 'data' | 'pass';

export interface RequestLike {
  url: string;
  method: string;
  mode: string;
}

export function strategyFor(request: RequestLike, scope: string): Strategy {
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return 'pass';
  const path = new URL(request.url).pathname.slice(new URL(scope).pathname.length);
  if (request.mode === 'navigate') return 'page';
  if (path.startsWith('_astro/')) return 'asset';
  if (path.startsWith('pagefind/') || path === 'sw.js') return 'pass';
  return 'data';
}

/**
 * An edition's language code, the first folder of its paths ("ru/…"). The worker cannot read the
 * site config, so paths are recognised by their shape.
 */
const EDITION = '[a-z]{2,3}';
const EDITION_PREFIX = new RegExp(`^(${EDITION})/`);

/** `<section>/<yyyy>/<mm>/<slug>/` in any edition; date archives (`archive/2025/01/`) are not articles. */
const ARTICLE_PATH = new RegExp(`^(?:${EDITION}/)?(?!archive/)[^/]+/\\d{4}/\\d{2}/[^/]+/$`);

/** Every edition's offline page and saved list. */
const SHELL_PAGE = new RegExp(`^(?:${EDITION}/)?(?:offline|saved)/index\\.html$`);

/** An article URL under the scope, in any edition. */
export function isArticlePath(path: string): boolean {
  return ARTICLE_PATH.test(path);
}

/**
 * The files of a built site the shell precaches, as paths relative to the site root: every
 * edition's offline page and saved list (ru/offline/…), the story index, and the CSS and JS.
 */
export function shellFiles(builtFiles: readonly string[]): string[] {
  const files = ['stories.json', 'favicon.svg'];
  return builtFiles.filter((file) => files.includes(file) || SHELL_PAGE.test(file) || /^_astro\/[^/]+\.(css|js)$/.test(file)).sort();
}

/**
 * The offline pages to show, in order, for a page that cannot be had offline: its edition's
 * (a Russian reader offline reads Russian), then the default edition's.
 */
export function offlinePagesFor(path: string): string[] {
  const prefix = EDITION_PREFIX.exec(path)?.[1];
  return prefix ? [`${prefix}/offline/`, 'offline/'] : ['offline/'];
}

/** The URL (relative to the scope) a built file is served at: folders for index.html. */
export function fileUrl(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Oldest entries beyond the limit (Cache API keys come in insertion order). */
export function overLimit<T>(keys: readonly T[], max = MAX_MEDIA): T[] {
  return keys.slice(0, Math.max(0, keys.length - max));
}
