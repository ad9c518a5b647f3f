import { describe, expect, it } from 'vitest';
import { listPages, pageLinks, type ListPage, type PageLink } from '../../src/lib/pagination';

const show = (links: PageLink[]) =>
  links
    .map((l) =>
      l.kind === 'gap' ? '…' : l.kind === 'front' ? (l.current ? '[front]' : 'front') : l.current ? `[${l.page}]` : String(l.page),
    )
    .join(' ');

/** Stories 1..n, newest (n) first. */
const stories = (n: number) => Array.from({ length: n }, (_, i) => n - i);

const byNumber = <T>(pages: ListPage<T>[]) => new Map(pages.map((p) => [p.number ?? 'front', p]));

describe('list pages', () => {
  it('puts the newest stories on the front and counts the other pages from the oldest', () => {
    const pages = byNumber(listPages(stories(23), 10));
    expect([...pages.keys()]).toEqual(['front', 1, 2]);
    expect(pages.get('front')!.items).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
    expect(pages.get(1)!.items).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // Only the newest numbered page is short: it holds what the front has no room for.
    expect(pages.get(2)!.items).toEqual([13, 12, 11]);
  });

  it('shows every story once, in order, from the front to page 1', () => {
    for (const n of [0, 1, 10, 11, 20, 21, 99]) {
      const pages = listPages(stories(n), 10);
      const front = pages[0]!;
      const numbered = pages.slice(1).reverse();
      expect([...front.items, ...numbered.flatMap((p) => p.items)]).toEqual(stories(n));
    }
  });

  it('links each page to its newer and older neighbour', () => {
    const pages = byNumber(listPages(stories(35), 10));
    expect(pages.get('front')).toMatchObject({ newer: undefined, older: 3 });
    expect(pages.get(3)).toMatchObject({ newer: 'front', older: 2 });
    expect(pages.get(1)).toMatchObject({ newer: 2, older: undefined });
  });

  it('keeps a full page exactly as it was when newer stories arrive', () => {
    const before = byNumber(listPages(stories(5_005), 10));
    const after = byNumber(listPages(stories(5_006), 10));
    const changed = [...after].filter(([n, page]) => JSON.stringify(page) !== JSON.stringify(before.get(n))).map(([n]) => n);
    expect(changed).toEqual(['front', 500]);
  });

  it('changes at most a few pages when a new numbered page opens', () => {
    // 4,990 stories behind the front fill pages 1 to 499; the next story opens page 500, and the
    // links of the pages just below it now reach it.
    const before = byNumber(listPages(stories(5_000), 10));
    const after = byNumber(listPages(stories(5_001), 10));
    const changed = [...after].filter(([n, page]) => JSON.stringify(page) !== JSON.stringify(before.get(n))).map(([n]) => n);
    expect(changed).toEqual(['front', 497, 498, 499, 500]);
  });

  it('refuses a page size that is not a whole number above 0', () => {
    expect(() => listPages([1], 0)).toThrow(RangeError);
    expect(() => listPages([1], 2.5)).toThrow(RangeError);
  });
});

describe('page links', () => {
  it('has none when the front holds the whole list', () => {
    expect(pageLinks(undefined, 0)).toEqual([]);
  });

  it('lists every page of a short list, newest first', () => {
    expect(show(pageLinks(undefined, 1))).toBe('[front] 1');
    expect(show(pageLinks(2, 3))).toBe('front 3 [2] 1');
  });

  it('shows the front, the neighbours and page 1, with gaps, in a long list', () => {
    expect(show(pageLinks(undefined, 20))).toBe('[front] 20 … 1');
    expect(show(pageLinks(10, 20))).toBe('front … 11 [10] 9 … 1');
    expect(show(pageLinks(20, 20))).toBe('front [20] 19 … 1');
    expect(show(pageLinks(1, 20))).toBe('front … 2 [1]');
  });

  it('fills a gap of one page with the page instead of an ellipsis', () => {
    expect(show(pageLinks(3, 20))).toBe('front … 4 [3] 2 1');
    expect(show(pageLinks(18, 20))).toBe('front 20 19 [18] 17 … 1');
  });

  it('refuses a page outside the list', () => {
    expect(() => pageLinks(0, 3)).toThrow(RangeError);
    expect(() => pageLinks(4, 3)).toThrow(RangeError);
  });
});
