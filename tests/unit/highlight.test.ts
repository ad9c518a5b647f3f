import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../src/lib/highlight';

describe('highlighting searched words in an article', () => {
  it('finds whole words that start with a searched term, in any case', () => {
    const text = 'Two Memorandums; a memorandum. Not rememorandum.';
    expect(highlightRanges(text, ['memorandum']).map(([a, b]) => text.slice(a, b))).toEqual(['Memorandums', 'memorandum']);
  });

  it('ignores one-letter terms and takes regex characters literally', () => {
    expect(highlightRanges('a b c', ['a', 'b'])).toEqual([]);
    const text = 'cost (b) $172 or 172';
    expect(highlightRanges(text, ['(b', '$172']).map(([a, b]) => text.slice(a, b))).toEqual(['(b', '$172']);
  });
});
