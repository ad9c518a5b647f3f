/**
 * Lists (a section, an author, a tag, a month) are paged from their oldest story: page 1 holds
 * the oldest stories, page 2 the next ones, and the list's front (/world/) the newest. A page
 * number then names the same stories for good. Paged from the newest, every new story moved
 * every story of its lists one place down: at 100,000 stories one publish rendered 3,400 list
 * pages again and a deploy uploaded them all. Paged from the oldest, it changes a list's front
 * and its newest numbered page, and a third page each time a numbered page fills.
 */

/** One page of a list: the front (`number` undefined) or a numbered page. */
export interface ListPage<T> {
  /** Counted from the oldest page; undefined on the list's front. */
  number: number | undefined;
  /** The page's stories, newest first. */
  items: T[];
  /** The next page towards the newest: a number, the front (`'front'`), or none on the front. */
  newer: number | 'front' | undefined;
  /** The next page towards the oldest. */
  older: number | undefined;
  /** The page links under the list (see `pageLinks`). */
  links: PageLink[];
}

export type PageLink = { kind: 'front'; current: boolean } | { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * Splits a list, newest first, into its front (the newest `size` stories) and numbered pages of
 * `size` stories counted from the oldest; only the newest numbered page can hold fewer.
 */
export function listPages<T>(newestFirst: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size} is not a whole number above 0`);
  const total = newestFirst.length;
  const behindFront = Math.max(0, total - size);
  const numbered = Math.ceil(behindFront / size);
  const pages: ListPage<T>[] = [
    {
      number: undefined,
      items: newestFirst.slice(0, size),
      newer: undefined,
      older: numbered > 0 ? numbered : undefined,
      links: pageLinks(undefined, numbered),
    },
  ];
  for (let n = 1; n <= numbered; n++) {
    pages.push({
      number: n,
      items: newestFirst.slice(total - Math.min(n * size, behindFront), total - (n - 1) * size),
      newer: n < numbered ? n + 1 : 'front',
      older: n > 1 ? n - 1 : undefined,
      links: pageLinks(n, numbered),
    });
  }
  return pages;
}

/**
 * The links under a list page, newest first: the front, the current page's neighbours and
 * page 1, with gaps marked, so a list of 2,000 pages still shows a short row. A numbered page's
 * links do not depend on how many pages there are beyond two above its newest neighbour, so
 * they stay put as the list grows. No links when the front is the only page.
 */
export function pageLinks(current: number | undefined, numbered: number, window = 1): PageLink[] {
  if (!Number.isInteger(numbered) || numbered < 0 || (current !== undefined && (current < 1 || current > numbered))) {
    throw new RangeError(`page ${current ?? 'front'} is outside the list's ${numbered} numbered page(s)`);
  }
  if (numbered === 0) return [];
  // The front stands just above the newest numbered page.
  const front = numbered + 1;
  const centre = current ?? front;
  const wanted = new Set<number>([1]);
  for (let p = centre - window; p <= centre + window; p++) {
    if (p >= 1 && p <= numbered) wanted.add(p);
  }
  const links: PageLink[] = [{ kind: 'front', current: current === undefined }];
  let previous = front;
  for (const page of [...wanted].sort((a, b) => b - a)) {
    if (previous - page === 2) links.push({ kind: 'page', page: page + 1, current: false });
    else if (previous - page > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page, current: page === current });
    previous = page;
  }
  return links;
}
