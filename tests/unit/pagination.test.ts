import { describe, expect, it } from 'vitest';
import { pageLinks, type PageLink } from '../../src/lib/pagination';

const show = (links: PageLink[]) => links.map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.page}]` : String(l.page))).join(' ');

describe('page links', () => {
  it('lists every page of a short list', () => {
    expect(show(pageLinks(1, 1))).toBe('[1]');
    expect(show(pageLinks(2, 3))).toBe('1 [2] 3');
  });

  it('shows first, last and neighbours, with gaps, in a long list', () => {
    expect(show(pageLinks(1, 20))).toBe('[1] 2 … 20');
    expect(show(pageLinks(10, 20))).toBe('1 … 9 [10] 11 … 20');
    expect(show(pageLinks(20, 20))).toBe('1 … 19 [20]');
  });

  it('fills a gap of one page with the page instead of an ellipsis', () => {
    expect(show(pageLinks(4, 20))).toBe('1 2 3 [4] 5 … 20');
  });

  it('refuses a page outside the list', () => {
    expect(() => pageLinks(0, 3)).toThrow(RangeError);
    expect(() => pageLinks(4, 3)).toThrow(RangeError);
  });
});
