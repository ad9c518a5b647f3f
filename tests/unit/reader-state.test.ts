import { describe, expect, it } from 'vitest';
import {
  MAX_READ,
  VISIT_GAP_MS,
  isNewSince,
  markRead,
  nextVisit,
  readIds,
  readVisit,
  readingProgress,
  toggleId,
  writeIds,
} from '../../src/lib/reader-state';

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('saved stories', () => {
  it('saves newest first and unsaves on a second toggle', () => {
    let ids = toggleId([], 'a');
    ids = toggleId(ids, 'b');
    expect(ids).toEqual(['b', 'a']);
    expect(toggleId(ids, 'a')).toEqual(['b']);
  });

  it('round-trips through storage as a JSON list', () => {
    const storage = memoryStorage();
    writeIds(storage, 'k', ['b', 'a']);
    expect(storage.getItem('k')).toBe('["b","a"]');
    expect(readIds(storage, 'k')).toEqual(['b', 'a']);
  });

  it('reads a missing, corrupted or foreign value as empty', () => {
    expect(readIds(memoryStorage(), 'k')).toEqual([]);
    expect(readIds(memoryStorage({ k: '{not json' }), 'k')).toEqual([]);
    expect(readIds(memoryStorage({ k: '{"a":1}' }), 'k')).toEqual([]);
    expect(readIds(memoryStorage({ k: '["a",2,null,"b"]' }), 'k')).toEqual(['a', 'b']);
  });
});

describe('read marks', () => {
  it('puts the story just read first, once, and keeps a bounded list', () => {
    expect(markRead(['a', 'b'], 'b')).toEqual(['b', 'a']);
    const many = Array.from({ length: MAX_READ }, (_, i) => `s${i}`);
    const marked = markRead(many, 'new');
    expect(marked).toHaveLength(MAX_READ);
    expect(marked[0]).toBe('new');
    expect(marked).not.toContain(`s${MAX_READ - 1}`);
  });
});

describe('visits and "New" marks', () => {
  const t0 = Date.parse('2026-03-01T09:00:00Z');

  it('a first visit has nothing to compare with, so nothing is new', () => {
    const visit = nextVisit(undefined, t0);
    expect(visit).toEqual({ last: t0 });
    expect(isNewSince(t0 + 1, visit, false)).toBe(false);
  });

  it('after a gap, the last visit becomes the previous one', () => {
    const later = t0 + VISIT_GAP_MS + 1;
    const visit = nextVisit({ last: t0 }, later);
    expect(visit).toEqual({ last: later, previous: t0 });
    expect(isNewSince(t0 + 1000, visit, false)).toBe(true);
    expect(isNewSince(t0 - 1000, visit, false)).toBe(false);
    expect(isNewSince(t0 + 1000, visit, true)).toBe(false);
  });

  it('within one visit the marks stay put while the reader moves between pages', () => {
    const visit = nextVisit({ last: t0 + 60_000, previous: t0 }, t0 + 120_000);
    expect(visit).toEqual({ last: t0 + 120_000, previous: t0 });
  });

  it('reads a stored visit defensively', () => {
    expect(readVisit(memoryStorage({ 'dateline-visit': '{"last":5,"previous":2}' }))).toEqual({ last: 5, previous: 2 });
    expect(readVisit(memoryStorage({ 'dateline-visit': '{"last":"x"}' }))).toBeUndefined();
    expect(readVisit(memoryStorage({ 'dateline-visit': 'nope' }))).toBeUndefined();
  });
});

describe('reading progress', () => {
  it('runs from 0 at the top of the article to 1 where its end meets the bottom of the window', () => {
    expect(readingProgress(100, 3000, 1000)).toBe(0);
    expect(readingProgress(0, 3000, 1000)).toBe(0);
    expect(readingProgress(-1000, 3000, 1000)).toBe(0.5);
    expect(readingProgress(-2000, 3000, 1000)).toBe(1);
    expect(readingProgress(-5000, 3000, 1000)).toBe(1);
  });

  it('an article shorter than the window is read once it is in view', () => {
    expect(readingProgress(0, 500, 1000)).toBe(1);
  });
});
