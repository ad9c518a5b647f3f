import { describe, expect, it } from 'vitest';
import { isPublished, newestFirst, unpublishedReason } from '../../src/lib/published';

const now = new Date('2026-11-25T12:00:00Z');
const past = new Date('2026-11-01T00:00:00Z');
const future = new Date('2027-01-15T08:00:00Z');

describe('what readers may see', () => {
  it('publishes a past, non-draft story', () => {
    expect(isPublished({ draft: false, publishedAt: past }, { now, preview: false })).toBe(true);
  });

  it('holds back drafts and scheduled stories in production', () => {
    expect(isPublished({ draft: true, publishedAt: past }, { now, preview: false })).toBe(false);
    expect(isPublished({ draft: false, publishedAt: future }, { now, preview: false })).toBe(false);
  });

  it('shows them to editors in preview, with the reason', () => {
    expect(isPublished({ draft: true, publishedAt: future }, { now, preview: true })).toBe(true);
    expect(unpublishedReason({ draft: true, publishedAt: past }, now)).toBe('draft');
    expect(unpublishedReason({ draft: false, publishedAt: future }, now)).toBe('scheduled');
    expect(unpublishedReason({ draft: false, publishedAt: past }, now)).toBeUndefined();
  });

  it('sorts newest first', () => {
    const stories = [{ publishedAt: past }, { publishedAt: future }, { publishedAt: now }];
    expect(stories.sort(newestFirst).map((s) => s.publishedAt)).toEqual([future, now, past]);
  });
});
