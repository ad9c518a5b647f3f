import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts the words of prose', () => {
    expect(countWords('Hello world.')).toBe(2);
    expect(countWords('A linked phrase here')).toBe(4);
  });

  it('keeps numbers and money as words', () => {
    expect(countWords('13.5 trillion rubles ($172 billion)')).toBe(5);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(1, 230)).toBe(1);
    expect(readingMinutes(460, 230)).toBe(2);
    expect(readingMinutes(700, 230)).toBe(3);
  });
});
