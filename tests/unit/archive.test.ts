import { describe, expect, it } from 'vitest';
import { archiveMonths, archiveYears } from '../../src/lib/archive';

const s = (iso: string) => ({ publishedAt: new Date(iso) });

describe('date archive', () => {
  const stories = [s('2026-02-01T00:30:00+01:00'), s('2026-01-15T12:00:00Z'), s('2025-12-31T23:59:00Z'), s('2025-12-01T10:00:00Z')];

  it('groups by month in the site zone, newest month first', () => {
    const months = archiveMonths(stories, 'Europe/London');
    expect(months.map((m) => `${m.year}-${m.month}:${m.stories.length}`)).toEqual(['2026-01:2', '2025-12:2']);
  });

  it('counts stories per year', () => {
    const years = archiveYears(stories, 'Europe/London');
    expect(years.map((y) => [y.year, y.count, y.months.length])).toEqual([
      ['2026', 2, 1],
      ['2025', 2, 1],
    ]);
  });
});
