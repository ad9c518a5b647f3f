/**
 * Live coverage (a live blog): what state a live story is in, what its key events are, and
 * the small file the build writes beside each live page (`live.json`), which open pages poll
 * to announce new updates. Pure functions: the archive (content.ts) and the pages use them,
 * and so do the unit tests.
 */
import { parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';

export type LiveState = 'live' | 'ended';

/** Live while the coverage has no end, or its end is still ahead of the build's clock. */
export function liveState(live: { endedAt?: Date | undefined } | undefined, now: Date): LiveState | undefined {
  if (!live) return undefined;
  return live.endedAt && live.endedAt.getTime() <= now.getTime() ? 'ended' : 'live';
}

/** The fragment of an update's permalink: `#update-<id>`, the id being its file name. */
export const updateAnchor = (id: string) => `update-${id}`;

/** The story's slug and the update's id, from the entry id "<story slug>/<file name>". */
export function splitUpdateEntryId(entryId: string): { story: string; id: string } | undefined {
  const parts = entryId.split('/');
  const [story, id] = parts;
  return parts.length === 2 && story && id ? { story, id } : undefined;
}

export interface LiveUpdateLike {
  id: string;
  publishedAt: Date;
  key: boolean;
}

/** Newest first; updates filed in the same minute keep the order of their file names, newest last-named first. */
export function newestUpdatesFirst<T extends LiveUpdateLike>(a: T, b: T): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || b.id.localeCompare(a.id);
}

/** What the top of the live page lists and links: the updates editors marked `key`, newest first. */
export function keyEvents<T extends LiveUpdateLike>(newestFirst: readonly T[]): T[] {
  return newestFirst.filter((update) => update.key);
}

/** The instant of the newest update, or of the story's own edit, whichever is later. */
export function lastModified(updatedAt: Date | undefined, newestFirst: readonly LiveUpdateLike[]): Date | undefined {
  const newest = newestFirst[0]?.publishedAt;
  if (!newest) return updatedAt;
  return updatedAt && updatedAt.getTime() > newest.getTime() ? updatedAt : newest;
}

/**
 * The front page's order: newest first, a running live story counted as new as its newest
 * update, so coverage that started yesterday and is updated now stays at the top. An ended
 * one falls back to its publication time.
 */
export function freshestFirst<T extends { publishedAt: Date; live?: { state: LiveState; updates: readonly LiveUpdateLike[] } | undefined }>(
  stories: readonly T[],
): T[] {
  const freshness = (story: T) =>
    Math.max(story.publishedAt.getTime(), story.live?.state === 'live' ? (story.live.updates[0]?.publishedAt.getTime() ?? 0) : 0);
  return [...stories].sort((a, b) => freshness(b) - freshness(a));
}

/**
 * How many updates the live page shows in full. Older ones are listed there by time and headline
 * (each entry keeping its update's `#update-<id>` anchor, so every permalink still lands) and
 * read in full on pages of earlier updates of this many each.
 */
export const UPDATES_PER_PAGE = 20;

/** How an update is named in lists (front page, earlier updates): its headline, or its first words. */
export function updateWords(update: { title?: string | undefined; entry: { rendered?: { html: string } | undefined } }): string {
  return update.title ?? clip(textOfHtml(update.entry.rendered?.html ?? ''), 140);
}

/** A page of earlier updates, beside the live page: "/world/2026/03/slug/updates/2/". */
export const earlierUpdatesPath = (articlePath: string, page: number) => `${articlePath}updates/${page}/`;

export interface UpdatePages<T> {
  /** Shown in full on the live page: the newest, newest first. */
  newest: T[];
  /** The others, newest first, each with the number of the page of earlier updates that holds it. */
  earlier: { update: T; page: number }[];
  /** How many pages of earlier updates there are (0 when the live page shows every update). */
  pages: number;
}

/**
 * Pages of earlier updates count from the first update: page 1 holds the first `perPage`, and so
 * on, so an update never moves to another page as the coverage grows and links to it keep working.
 */
export function updatePages<T>(newestFirst: readonly T[], perPage = UPDATES_PER_PAGE): UpdatePages<T> {
  const earlier = newestFirst.slice(perPage).map((update, i) => ({ update, page: pageOf(perPage + i, newestFirst.length, perPage) }));
  return { newest: newestFirst.slice(0, perPage), earlier, pages: earlier[0]?.page ?? 0 };
}

/** The numbers of the first and last update on a page of earlier updates ("Updates 21–40"). */
export function pageRange(page: number, total: number, perPage = UPDATES_PER_PAGE): string {
  return `${(page - 1) * perPage + 1}–${Math.min(page * perPage, total)}`;
}

/** The updates on one page of earlier updates, newest first (the newest page may repeat some the live page shows). */
export function updatesOnPage<T>(newestFirst: readonly T[], page: number, perPage = UPDATES_PER_PAGE): T[] {
  return newestFirst.filter((_, i) => pageOf(i, newestFirst.length, perPage) === page);
}

/** The page of earlier updates that holds the update at this place in the newest-first list of `count`. */
function pageOf(newestIndex: number, count: number, perPage: number): number {
  return Math.floor((count - 1 - newestIndex) / perPage) + 1;
}

/** The file an open live page polls, beside the page: "/world/2026/03/slug/live.json". */
export const liveFeedPath = (articlePath: string) => `${articlePath}live.json`;

/** How many update ids `live.json` lists: enough to count what a reader missed in a normal absence. */
export const LIVE_FEED_IDS = 30;

/**
 * `live.json`: the coverage's state, how many updates it has, and the ids of the newest, so
 * a page can count what it does not show yet without fetching any text. Kept small on
 * purpose: readers poll it every half minute or so, and a host answers 304 while it is unchanged.
 */
export interface LiveFeed {
  state: LiveState;
  total: number;
  /** Ids of the newest updates, newest first, at most LIVE_FEED_IDS. */
  updates: string[];
}

export function liveFeed(state: LiveState, newestFirst: readonly { id: string }[]): LiveFeed {
  return { state, total: newestFirst.length, updates: newestFirst.slice(0, LIVE_FEED_IDS).map((u) => u.id) };
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references as hast-util-to-html writes them (`&#x3C;`, `&#38;`, `&amp;`) back to characters. */
const decodeReferences = (text: string) =>
  text.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (NAMED_REFERENCES[name ?? ''] ?? whole),
  );

/** The words of compiled HTML, as one line of plain text (for JSON-LD and headlines). */
export function textOfHtml(html: string): string {
  const parts: string[] = [];
  // A block's end is a word break; an inline element's is not ("<em>half</em>way").
  const spaced = html.replace(/<\/(?:p|li|h[1-6]|blockquote|figcaption|td|th|div)>|<br\s*\/?>/gi, ' $&');
  walkSync(parse(spaced) as Node, (node) => {
    if (node.type === TEXT_NODE) parts.push(String(node.value));
  });
  return decodeReferences(parts.join('')).replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Google asks for a headline on every update; one without its own gets its first words. */
export const UPDATE_HEADLINE_MAX = 110;

export interface LiveBlogUpdate {
  url: string;
  headline: string;
  published: Date;
  text: string;
}

/** A live story's updates as `liveBlogUpdate` entries: each with its permalink, headline, time and text. */
export function liveBlogUpdates(
  newestFirst: readonly { id: string; title?: string | undefined; publishedAt: Date; entry: { rendered?: { html: string } | undefined } }[],
  pageUrl: string,
): LiveBlogUpdate[] {
  return newestFirst.map((update) => {
    const text = textOfHtml(update.entry.rendered?.html ?? '');
    return {
      url: `${pageUrl}#${updateAnchor(update.id)}`,
      headline: update.title ?? clip(text, UPDATE_HEADLINE_MAX),
      published: update.publishedAt,
      text,
    };
  });
}
