/**
 * Editions: one newsroom in several languages. The default edition (the first in the site
 * config) keeps the root of the site; every other one lives under /<lang>/, so its pages are
 * its own tree: /ru/, /ru/world/, /ru/world/2026/06/slug/, /ru/search/. Pure functions, kept
 * free of build-time globals so they are unit-tested as they are.
 */
import { siteConfig } from '../site.config.ts';

export type EditionLang = (typeof siteConfig.editions)[number]['lang'];

/** An edition as the site config describes it (see `editions` there). */
export interface Edition {
  lang: EditionLang;
  name: string;
  locale: string;
  timeZone: string;
  zoneName?: string;
  wordsPerMinute?: number;
}

export const editions: readonly Edition[] = siteConfig.editions;
export const defaultEdition: Edition = siteConfig.editions[0];
/** The editions under a prefix of their own, which the `[edition]` routes build. */
export const prefixedEditions: readonly Edition[] = editions.filter((e) => e !== defaultEdition);

/** The edition of a language code; undefined for one the site does not publish. */
export function editionOf(lang: string | undefined): Edition | undefined {
  return lang === undefined ? defaultEdition : editions.find((e) => e.lang === lang);
}

/** A path of an edition: the path itself in the default one, under /<lang>/ in the others. */
export function inEdition(edition: Pick<Edition, 'lang'>, path: string): string {
  return edition.lang === defaultEdition.lang ? path : `/${edition.lang}${path}`;
}

/**
 * The edition a site-relative path belongs to, and the path within it: "/ru/world/" is
 * ("ru", "/world/"); any path not under another edition's prefix is the default edition's.
 */
export function splitEditionPath(path: string): { edition: Edition; path: string } {
  const [, first] = path.split('/');
  const edition = prefixedEditions.find((e) => e.lang === first);
  return edition ? { edition, path: path.slice(edition.lang.length + 1) || '/' } : { edition: defaultEdition, path };
}

/** The edition of a page from its URL pathname, which carries the deploy's base path. */
export function editionOfPage(pathname: string, base: string): Edition {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  const path = pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) : pathname;
  return splitEditionPath(path.startsWith('/') ? path : `/${path}`).edition;
}

/**
 * The editions a route builds: the `[edition]` tree (src/pages/[edition]/) builds every edition
 * but the default, with its code as the `edition` param; every other route builds the default.
 */
export function routeEditions(routePattern: string): { edition: Edition; params: { edition?: string } }[] {
  return routePattern.startsWith('/[edition]')
    ? prefixedEditions.map((edition) => ({ edition, params: { edition: edition.lang } }))
    : [{ edition: defaultEdition, params: {} }];
}

/** A page's versions in the editions: its own and its counterparts (site-relative paths). */
export interface Alternate {
  edition: Edition;
  path: string;
}

/** Every edition but this one, in the site config's order: what a page offers its readers of other languages. */
export function otherEditions(edition: Edition): Edition[] {
  return editions.filter((e) => e.lang !== edition.lang);
}

/** A page every edition has at the same place in its tree (the front page, /sections/, /search/). */
export function inEveryEdition(path: string): Alternate[] {
  return editions.map((edition) => ({ edition, path: inEdition(edition, path) }));
}

/** getStaticPaths of a page of the `[edition]` tree that has one page per edition (its front page, /search/). */
export function editionPaths() {
  return prefixedEditions.map((edition) => ({ params: { edition: edition.lang } }));
}
