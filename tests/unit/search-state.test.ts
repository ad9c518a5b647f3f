import { describe, expect, it } from 'vitest';
import { excerptParts, pagefindFilters, parseSearchState, serializeSearchState, tidyExcerpt } from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads query, filters and sort from the address', () => {
    const state = parseSearchState('?q=putin+talks&section=World&tag=Russia&tag=Ukraine&sort=newest');
    expect(state.query).toBe('putin talks');
    expect(state.filters.section).toEqual(['World']);
    expect(state.filters.tag).toEqual(['Russia', 'Ukraine']);
    expect(state.sort).toBe('newest');
  });

  it('defaults to relevance, no filters and an empty query', () => {
    expect(parseSearchState('')).toEqual({ query: '', filters: { section: [], author: [], tag: [], year: [] }, sort: 'relevance' });
    expect(parseSearchState('?sort=bogus').sort).toBe('relevance');
  });

  it('writes a stable address that reads back to the same state', () => {
    const state = parseSearchState('?tag=Ukraine&q=peace&tag=Russia');
    expect(serializeSearchState(state)).toBe('?q=peace&tag=Russia&tag=Ukraine');
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });

  it('keeps a hostile query as text in the address', () => {
    const state = parseSearchState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(state.query).toBe('<img src=x onerror=alert(1)>');
    expect(serializeSearchState(state)).toBe('?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E');
  });

  it('asks Pagefind for any value within a facet', () => {
    expect(pagefindFilters(parseSearchState('?section=World&section=Science&year=2025'))).toEqual({
      section: { any: ['Science', 'World'] },
      year: { any: ['2025'] },
    });
  });
});

describe('excerpts', () => {
  it('splits marked words from plain text and decodes entities', () => {
    expect(excerptParts('two <mark>memorandums</mark> &amp; more')).toEqual([
      { text: 'two ', marked: false },
      { text: 'memorandums', marked: true },
      { text: ' & more', marked: false },
    ]);
  });

  it('never lets markup through, even inside a mark', () => {
    const parts = excerptParts('<mark><img src=x onerror=alert(1)></mark>&lt;script&gt;');
    expect(parts).toEqual([{ text: '<script>', marked: false }]);
  });
});

describe('search result excerpts', () => {
  const headline = 'Putin Says Russia and Ukraine Nowhere Close';
  const content = `${headline} President Vladimir Putin said Friday that demands remain contradictory, as talks failed. More text follows here.`;

  it('leave out the headline the result shows above them, and end in an ellipsis when cut', () => {
    const parts = excerptParts(
      '<mark>Putin</mark> Says Russia and Ukraine Nowhere Close President Vladimir <mark>Putin</mark> said Friday that',
    );
    expect(tidyExcerpt(parts, headline, content)).toEqual([
      { text: 'President Vladimir ', marked: false },
      { text: 'Putin', marked: true },
      { text: ' said Friday that', marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('add no ellipsis when the excerpt reaches the end of the story', () => {
    const parts = excerptParts('as talks failed. More text <mark>follows</mark> here.');
    expect(
      tidyExcerpt(parts, headline, content)
        .map((p) => p.text)
        .join(''),
    ).toBe('as talks failed. More text follows here.');
  });
});
