/**
 * The search index in parts by publication date, so that publishing indexes the newest part
 * only (scripts/search-index.mjs); the search page merges them into one search (SearchApp).
 *
 * Parts, newest first: the month of the newest story, the earlier months of its year, and every
 * year before. A new story lands in the newest month; the year's part is indexed again once a
 * month (when the first story of a new month moves the month before into it), the archive's once
 * a year, and either whenever one of its own stories changes.
 */

/** The file under pagefind/ that lists the parts, newest first. */
export const SEARCH_PARTS_FILE = 'parts.json';

export interface SearchPart {
  /** The part's folder under pagefind/: "2025-06", "2025" (its months before), "before-2025". */
  name: string;
  /** Article pages, as paths in the site ("<section>/<yyyy>/<mm>/<slug>/index.html"). */
  files: string[];
}

/** An article page's publication month, "yyyy-mm", from its path. */
function monthOf(file: string): string {
  const [, year = '', month = ''] = file.split('/');
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month)) throw new Error(`${file} is not an article page (<section>/<yyyy>/<mm>/<slug>/)`);
  return `${year}-${month}`;
}

/** The non-empty parts of an archive's article pages, newest first; files keep their order. */
export function searchParts(files: string[]): SearchPart[] {
  if (files.length === 0) return [];
  const months = files.map(monthOf);
  const newest = months.reduce((a, b) => (b > a ? b : a));
  const year = newest.slice(0, 4);
  const parts: SearchPart[] = [
    { name: newest, files: [] },
    { name: year, files: [] },
    { name: `before-${year}`, files: [] },
  ];
  files.forEach((file, i) => {
    const month = months[i] ?? '';
    parts[month === newest ? 0 : month.startsWith(`${year}-`) ? 1 : 2]?.files.push(file);
  });
  return parts.filter((part) => part.files.length > 0);
}
