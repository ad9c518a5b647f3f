import { describe, expect, it } from 'vitest';
import { createRelatedIndex, type RelatedCandidate } from '../../src/lib/related';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const story = (id: string, sectionId: string, tags: string[], date: number): RelatedCandidate => ({
  id,
  sectionId,
  tags,
  publishedAt: day(date),
});

const main = story('main', 'world', ['Climate', 'Oceans'], 10);
const archive: RelatedCandidate[] = [
  main,
  story('same-tags', 'science', ['Climate', 'Oceans'], 1),
  story('one-tag', 'business', ['climate'], 9),
  story('same-section', 'world', [], 11),
  story('unrelated', 'culture', ['Arts'], 10),
  story('picked', 'culture', ['Arts'], 2),
];

describe('related stories', () => {
  const rankRelated = (story: RelatedCandidate, ids: string[], candidates: RelatedCandidate[], limit: number) =>
    createRelatedIndex(candidates)(story, ids, limit);

  it('puts the editor’s picks first, in their order', () => {
    const ids = rankRelated(main, ['picked'], archive, 4).map((s) => s.id);
    expect(ids[0]).toBe('picked');
  });

  it('ranks the rest by shared tags, then section, and leaves out what shares nothing', () => {
    const ids = rankRelated(main, [], archive, 10).map((s) => s.id);
    expect(ids).toEqual(['same-tags', 'one-tag', 'same-section']);
  });

  it('never lists the story itself or a pick twice, and stops at the limit', () => {
    const ids = rankRelated(main, ['main', 'same-tags', 'missing'], archive, 2).map((s) => s.id);
    expect(ids).toEqual(['same-tags', 'one-tag']);
  });

  it('finds a story sharing a tag however far back it is, among thousands in the section', () => {
    const crowd = Array.from({ length: 3000 }, (_, i) => story(`filler-${i}`, 'world', [], 100 + i));
    const old = story('old-climate', 'science', ['Climate'], -2000);
    const ids = rankRelated(main, [], [main, old, ...crowd], 50).map((s) => s.id);
    expect(ids).toContain('old-climate');
    expect(ids.length).toBeLessThanOrEqual(13);
  });

  it('among thousands of stories sharing a tag, ranks those nearest in time first', () => {
    const crowd = Array.from({ length: 5000 }, (_, i) => story(`climate-${i}`, 'science', ['Climate'], 10 + (i % 2 ? i : -i)));
    const ids = rankRelated(main, [], [main, ...crowd], 4).map((s) => s.id);
    expect(ids).toEqual(['climate-0', 'climate-1', 'climate-2', 'climate-3']);
  });
});
