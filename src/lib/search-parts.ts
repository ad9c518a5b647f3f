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

import { defaultEdition, editions, splitEditionPath, type Edition } from './editions.ts';

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
export function searchParts(files: string[]): SearchPart[] {
  return editions.flatMap((edition) => {
    const inEdition = files.filter((file) => splitEditionPath(`/${file}`).edition === edition);
    const prefix = edition === defaultEdition ? '' : `${edition.lang}/`;
    return editionParts(inEdition.map((file) => file.slice(prefix.length))).map((part) => ({
      name: partName(edition, part.name),
      files: part.files.map((file) => prefix + file),
      globs: part.globs.map((glob) => prefix + glob),
    }));
  });
}

const partName = (edition: Edition, name: string) => (edition === defaultEdition ? name : `${edition.lang}-${name}`);

/** The parts of an edition the search page of that edition merges, newest first. */
export function partsOfEdition(parts: readonly string[], lang: string): string[] {
  return parts.filter((name) => (/^\d/.test(name) ? lang === defaultEdition.lang : name.startsWith(`${lang}-`)));
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
