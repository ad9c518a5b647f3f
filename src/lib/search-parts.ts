/**
 * The search index in parts by publication date, so that publishing indexes the newest part
 * only (scripts/search-index.mjs); the search page merges them into one search (SearchApp).
 *
 * Parts, newest first: the month of the newest story, the earlier months of its year, and each
 * year before that on its own. A new story lands in the newest month. The first story of a new
 * month moves the month before into its year's part, which is then indexed again (at most eleven
 * months); the first story of a new year does the same for the year that ended. A closed year is
 * never indexed again unless one of its own stories changes.
 */

import type { Edition } from './editions.ts';

/*
 * The editions come in as arguments (the site's, the default first) rather than from the site
 * config: the search page's script imports this module, and the config has no place in it.
 */

/** The file under pagefind/ that lists the parts, newest first. */
export const SEARCH_PARTS_FILE = 'parts.json';

export interface SearchPart {
  /** The part's folder under pagefind/: "2025-06" (the newest month), "2025" (the rest of that year), "2024"… */
  name: string;
  /** Article pages, as paths in the site ("<section>/<yyyy>/<mm>/<slug>/index.html"). */
  files: string[];
  /** Globs (relative to the site) for Pagefind's addDirectory that match the part's article pages. */
  globs: string[];
}

/** An article page's publication month, "yyyy-mm", from its path within its edition. */
function monthOf(file: string): string {
  const [, year = '', month = ''] = file.split('/');
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month)) throw new Error(`${file} is not an article page (<section>/<yyyy>/<mm>/<slug>/)`);
  return `${year}-${month}`;
}

/**
 * Each edition's parts, the default edition's first: an edition is searched on its own (its
 * search page merges only its parts), so a part never mixes editions. Another edition's part
 * names carry its code: "ru-2026-06", "ru-2025".
 */
export function searchParts(files: string[], editions: readonly Pick<Edition, 'lang'>[]): SearchPart[] {
  const [, ...prefixed] = editions;
  const editionOf = (file: string) => prefixed.find((e) => file.startsWith(`${e.lang}/`));
  return [undefined, ...prefixed].flatMap((edition) => {
    const prefix = edition ? `${edition.lang}/` : '';
    return editionParts(files.filter((file) => editionOf(file) === edition).map((file) => file.slice(prefix.length))).map((part) => ({
      name: edition ? `${edition.lang}-${part.name}` : part.name,
      files: part.files.map((file) => prefix + file),
      globs: part.globs.map((glob) => prefix + glob),
    }));
  });
}

/** Each edition's parts, by language code, newest first: what parts.json lists for the search pages. */
export function partsByEdition(parts: readonly string[], editions: readonly Pick<Edition, 'lang'>[]): Record<string, string[]> {
  const [first, ...prefixed] = editions;
  return Object.fromEntries([
    [first?.lang, parts.filter((name) => /^\d/.test(name))],
    ...prefixed.map((e) => [e.lang, parts.filter((name) => name.startsWith(`${e.lang}-`))]),
  ]);
}

/** The non-empty parts of one edition's article pages (paths within it), newest first; files keep their order. */
function editionParts(files: string[]): SearchPart[] {
  if (files.length === 0) return [];
  const months = files.map(monthOf);
  const newest = months.reduce((a, b) => (b > a ? b : a));
  const byName = new Map<string, { files: string[]; months: Set<string> }>();
  files.forEach((file, i) => {
    const month = months[i] ?? '';
    const name = month === newest ? newest : month.slice(0, 4);
    const part = byName.get(name) ?? { files: [], months: new Set<string>() };
    part.files.push(file);
    part.months.add(month);
    byName.set(name, part);
  });
  return [...byName]
    .sort(([a], [b]) => (a === newest ? -1 : b === newest ? 1 : b.localeCompare(a)))
    .map(([name, { files: partFiles, months: partMonths }]) => ({
      name,
      files: partFiles,
      // A closed year is read with one glob; the newest month and the rest of its year month by month.
      globs:
        name !== newest && name !== newest.slice(0, 4)
          ? [`*/${name}/[0-9][0-9]/*/index.html`]
          : [...partMonths].sort().map((month) => `*/${month.replace('-', '/')}/*/index.html`),
    }));
}
