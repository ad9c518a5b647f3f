/**
 * The date archive: stories grouped by year and month of publication in the site's time
 * zone (a story filed at 00:30 on 1 July in London belongs to July, whatever the host).
 */
import { calendarParts } from './dates';

/** A year page lists each month's newest headlines; the month page has the full, paginated list. */
export const HEADLINES_PER_MONTH = 5;

export interface ArchiveMonth<T> {
  year: string;
  month: string;
  stories: T[];
}

export interface ArchiveYear<T> {
  year: string;
  months: ArchiveMonth<T>[];
  count: number;
}

/** Months with at least one story, newest first; stories keep their given order. */
export function archiveMonths<T extends { publishedAt: Date }>(stories: readonly T[], timeZone: string): ArchiveMonth<T>[] {
  const months = new Map<string, ArchiveMonth<T>>();
  for (const story of stories) {
    const { year, month } = calendarParts(story.publishedAt, timeZone);
    const key = `${year}-${month}`;
    const entry = months.get(key) ?? { year, month, stories: [] };
    entry.stories.push(story);
    months.set(key, entry);
  }
  return [...months.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([, entry]) => entry);
}

export function archiveYears<T extends { publishedAt: Date }>(stories: readonly T[], timeZone: string): ArchiveYear<T>[] {
  const years = new Map<string, ArchiveYear<T>>();
  for (const month of archiveMonths(stories, timeZone)) {
    const entry = years.get(month.year) ?? { year: month.year, months: [], count: 0 };
    entry.months.push(month);
    entry.count += month.stories.length;
    years.set(month.year, entry);
  }
  return [...years.values()];
}
