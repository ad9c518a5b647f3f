/**
 * What an open live page decides when it polls its `live.json` (src/client/live.ts wires
 * these to the page): how many updates it has not shown yet, and when to ask again.
 */
import type { LiveFeed } from './live';

/**
 * Updates the feed has that the page does not show. When even the oldest id the feed lists
 * is new to the page, more were published than the feed names: the total tells how many.
 */
export function unseenUpdates(feed: Pick<LiveFeed, 'total' | 'updates'>, onPage: ReadonlySet<string>): number {
  const unseen = feed.updates.filter((id) => !onPage.has(id)).length;
  if (unseen > 0 && unseen === feed.updates.length) return Math.max(unseen, feed.total - onPage.size);
  return unseen;
}

export interface PollTiming {
  /** Seconds between polls while updates keep coming. */
  every: number;
  /** Seconds the interval may grow to, after failures or a long quiet spell. */
  max: number;
}

export const LIVE_POLL: PollTiming = { every: 30, max: 300 };

/**
 * Seconds until the next poll. News brings the interval back to `every`; a quiet poll lets
 * it grow slowly (a story that has gone quiet is polled less); a failed one (offline, the
 * host down) doubles it, so a whole audience never hammers a struggling host.
 */
export function nextPollDelay(previous: number, outcome: 'news' | 'quiet' | 'failed', timing: PollTiming = LIVE_POLL): number {
  if (outcome === 'news') return timing.every;
  const grown = outcome === 'failed' ? previous * 2 : previous * 1.25;
  return Math.min(timing.max, Math.round(Math.max(timing.every, grown)));
}

/** "1 new update", "3 new updates". */
export const newUpdatesLabel = (count: number) => `${count} new update${count === 1 ? '' : 's'}`;
