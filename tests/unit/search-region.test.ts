import { describe, expect, it } from 'vitest';
import { searchRegion } from '../../src/lib/search-region';

const page = (related: string) =>
  `<html lang="en-GB"><head><title>T</title></head><body><header data-pagefind-ignore><nav><a href="/">Home</a></nav></header>` +
  `<article data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="tag">Floods</span></div>` +
  `<h1>Sea wall</h1><p>The plan raises the wall.</p>` +
  `<aside data-pagefind-ignore><h2>Related</h2><aside><a href="/x/">${related}</a></aside></aside>` +
  `<nav data-pagefind-ignore><a href="/prev/">Older</a></nav></article></body></html>`;

describe('the region of a page the search index reads', () => {
  it('is the same when only ignored blocks change (related stories, previous/next)', () => {
    expect(searchRegion(page('One story'))).toBe(searchRegion(page('Another story')));
    expect(searchRegion(page('One story'))).not.toContain('Related');
    expect(searchRegion(page('One story'))).not.toContain('Home');
  });

  it('keeps what Pagefind reads: the body, and filters or metadata inside ignored blocks', () => {
    const region = searchRegion(page('One story'));
    expect(region).toContain('<h1>Sea wall</h1><p>The plan raises the wall.</p>');
    expect(region).toContain('<span data-pagefind-filter="tag">Floods</span>');
    expect(region).toContain('<html lang="en-GB">');
  });

  it('cuts nothing where it cannot be sure what the attribute belongs to', () => {
    const inText = '<p>Pagefind reads data-pagefind-ignore as a hint.</p><p>More</p>';
    expect(searchRegion(inText)).toBe(inText);
    const unclosed = '<div data-pagefind-ignore><p>never closed</p>';
    expect(searchRegion(unclosed)).toBe(unclosed);
    const arrowInValue = '<div title="a > b" data-pagefind-ignore>x</div>';
    expect(searchRegion(arrowInValue)).toBe(arrowInValue);
  });

  it('counts nested elements of the same name to find the end of the block', () => {
    expect(searchRegion('<div data-pagefind-ignore><div>a</div><div>b</div></div><p>kept</p>')).toBe('<p>kept</p>');
  });
});
