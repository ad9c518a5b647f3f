/**
 * What the site remembers about one reader, in their own browser only (localStorage; no
 * account, no server): the stories they saved, the stories they opened, and when they last
 * came by. Every value is small JSON under one key; anything unreadable counts as empty, so
 * a corrupted or foreign value can never break a page.
 */
export const SAVED_KEY = 'dateline-saved';
export const READ_KEY = 'dateline-read';
export const VISIT_KEY = 'dateline-visit';

/** Read marks kept: enough for months of reading, small enough to parse on every page. */
export const MAX_READ = 500;
/** A page view this long after the last one starts a new visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** One story in /stories.json (src/pages/stories.json.ts), as the saved and offline lists show it. */
export type StoryIndexEntry = [title: string, url: string, section: string, datetime: string, date: string, thumbnail: string];

/** A list of story ids, newest first. */
export function readIds(storage: Pick<Storage, 'getItem'>, key: string): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function writeIds(storage: Store, key: string, ids: readonly string[]): void {
  storage.setItem(key, JSON.stringify(ids));
}

/** Saves a story (newest saved first) or, when it is already saved, removes it. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((i) => i !== id) : [id, ...ids];
}

/** Marks a story read: first in the list, the oldest marks dropped beyond `max`. */
export function markRead(ids: readonly string[], id: string, max = MAX_READ): string[] {
  return [id, ...ids.filter((i) => i !== id)].slice(0, max);
}

export interface Visit {
  /** The latest page view, in ms since the epoch. */
  last: number;
  /** When the visit before this one ended; stories published after it are "New". */
  previous?: number;
}

export function readVisit(storage: Pick<Storage, 'getItem'>): Visit | undefined {
  try {
    const value = JSON.parse(storage.getItem(VISIT_KEY) ?? 'null') as Partial<Visit> | null;
    if (typeof value?.last !== 'number') return undefined;
    return typeof value.previous === 'number' ? { last: value.last, previous: value.previous } : { last: value.last };
  } catch {
    return undefined;
  }
}

/**
 * The visit after a page view at `now`. Within one visit `previous` stays put, so "New"
 * marks do not vanish as the reader moves between pages; after a gap, the visit that
 * ended becomes `previous`. A first-time reader has no previous visit and sees no marks.
 */
export function nextVisit(visit: Visit | undefined, now: number, gap = VISIT_GAP_MS): Visit {
  if (!visit) return { last: now };
  if (now - visit.last >= gap) return { last: now, previous: visit.last };
  return visit.previous === undefined ? { last: now } : { last: now, previous: visit.previous };
}

/** A story is "New" when it appeared after the reader's previous visit and they have not read it. */
export function isNewSince(publishedAt: number, visit: Visit, read: boolean): boolean {
  return !read && visit.previous !== undefined && publishedAt > visit.previous;
}

/** How far through an element the reader has scrolled, 0 to 1, for the progress bar. */
export function readingProgress(top: number, height: number, viewport: number): number {
  const distance = height - viewport;
  if (distance <= 0) return top <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -top / distance));
}
