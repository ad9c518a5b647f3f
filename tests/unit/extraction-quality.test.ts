import { describe, expect, it } from 'vitest';
import { ngramScores } from '../../src/lib/import/quality';

describe('word 4-gram scores', () => {
  it('is 1 for the same words, whatever the case and punctuation', () => {
    expect(ngramScores('The council met on Tuesday, at noon.', 'the council met on tuesday at noon')).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('counts navigation kept as lost precision and a paragraph missed as lost recall', () => {
    const reference = 'one two three four five six';
    const extracted = 'home news sport weather one two three four five six';
    const { precision, recall } = ngramScores(extracted, reference);
    expect(recall).toBe(1);
    expect(precision).toBeCloseTo(3 / 7);
    expect(ngramScores('one two three four', reference).recall).toBeCloseTo(1 / 3);
  });

  it('scores an empty extraction 0', () => {
    expect(ngramScores('', 'one two three four')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
