/**
 * The page links under a list: always the first and last page and a window around the
 * current one, with gaps marked, so a section with 500 pages still shows a short row.
 */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

export function pageLinks(current: number, last: number, window = 1): PageLink[] {
  if (last < 1 || current < 1 || current > last) {
    throw new RangeError(`page ${current} is outside 1..${last}`);
  }
  const wanted = new Set<number>([1, last]);
  for (let p = current - window; p <= current + window; p++) {
    if (p >= 1 && p <= last) wanted.add(p);
  }
  const pages = [...wanted].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, i) => {
    const previous = pages[i - 1];
    if (previous !== undefined && page - previous === 2) {
      links.push({ kind: 'page', page: previous + 1, current: false });
    } else if (previous !== undefined && page - previous > 2) {
      links.push({ kind: 'gap' });
    }
    links.push({ kind: 'page', page, current: page === current });
  });
  return links;
}
