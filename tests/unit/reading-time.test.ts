import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words of prose, not of markup or components', () => {
    expect(countWords('Hello world.')).toBe(2);
    expect(countWords('<RelatedStory id="a-very-long-slug" />\n\nTwo words')).toBe(2);
    expect(countWords('A [linked phrase](https://example.org/x) here')).toBe(4);
    expect(countWords('## Heading\n\n> quoted line')).toBe(3);
  });

  it('keeps numbers and money as words', () => {
    expect(countWords('13.5 trillion rubles ($172 billion)')).toBe(5);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word', 230)).toBe(1);
    expect(readingMinutes(Array(460).fill('word').join(' '), 230)).toBe(2);
    expect(readingMinutes(Array(700).fill('word').join(' '), 230)).toBe(3);
  });
});
