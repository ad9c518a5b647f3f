import { describe, expect, it } from 'vitest';
import {
  clip,
  earlierUpdatesPath,
  freshestFirst,
  pageRange,
  keyEvents,
  lastModified,
  LIVE_FEED_IDS,
  liveBlogUpdates,
  liveFeed,
  liveFeedPath,
  liveState,
  newestUpdatesFirst,
  splitUpdateEntryId,
  textOfHtml,
  updateAnchor,
  updatePages,
  updatesOnPage,
} from '../../src/lib/live';
import { LIVE_POLL, newUpdatesLabel, nextPollDelay, unseenUpdates } from '../../src/lib/live-poll';

const update = (id: string, iso: string, key = false) => ({ id, publishedAt: new Date(iso), key });

describe('live state', () => {
  const now = new Date('2026-11-28T12:00:00Z');

  it('is live without an end, or while the end is still ahead', () => {
    expect(liveState({}, now)).toBe('live');
    expect(liveState({ endedAt: new Date('2026-11-28T13:00:00Z') }, now)).toBe('live');
  });

  it('has ended once its end is past at build time, and is nothing for a story that is not live', () => {
    expect(liveState({ endedAt: new Date('2026-11-28T12:00:00Z') }, now)).toBe('ended');
    expect(liveState(undefined, now)).toBeUndefined();
  });
});

describe('updates', () => {
  const updates = [
    update('0630-ferries', '2026-11-28T06:30:00Z', true),
    update('1605-power', '2026-11-28T16:05:00Z'),
    update('0915-rest', '2026-11-28T09:15:00Z'),
    update('0915-second', '2026-11-28T09:15:00Z', true),
  ].sort(newestUpdatesFirst);

  it('are newest first; two in the same minute keep a stable order', () => {
    expect(updates.map((u) => u.id)).toEqual(['1605-power', '0915-second', '0915-rest', '0630-ferries']);
  });

  it('list the ones marked key as key events, newest first', () => {
    expect(keyEvents(updates).map((u) => u.id)).toEqual(['0915-second', '0630-ferries']);
  });

  it('date the story by its newest update unless the story itself was edited later', () => {
    expect(lastModified(undefined, updates)).toEqual(new Date('2026-11-28T16:05:00Z'));
    expect(lastModified(new Date('2026-11-29T08:00:00Z'), updates)).toEqual(new Date('2026-11-29T08:00:00Z'));
    expect(lastModified(undefined, [])).toBeUndefined();
  });

  it('have permalinks #update-<file name>, and their entry id names the story folder', () => {
    expect(updateAnchor('1605-power')).toBe('update-1605-power');
    expect(splitUpdateEntryId('storm-live/1605-power')).toEqual({ story: 'storm-live', id: '1605-power' });
    expect(splitUpdateEntryId('1605-power')).toBeUndefined();
    expect(splitUpdateEntryId('storm-live/extra/1605-power')).toBeUndefined();
  });
});

describe('the front page order', () => {
  it('counts a running live story as new as its newest update, and an ended one by its publication', () => {
    const story = (id: string, iso: string, live?: { state: 'live' | 'ended'; newest: string }) => ({
      id,
      publishedAt: new Date(iso),
      live: live && { state: live.state, updates: [update('u', live.newest)] },
    });
    const stories = [
      story('yesterday', '2026-11-27T09:00:00Z'),
      story('live-since-monday', '2026-11-23T08:00:00Z', { state: 'live', newest: '2026-11-28T07:00:00Z' }),
      story('ended-last-week', '2026-11-20T08:00:00Z', { state: 'ended', newest: '2026-11-28T08:00:00Z' }),
      story('today', '2026-11-28T06:00:00Z'),
    ];
    expect(freshestFirst(stories).map((s) => s.id)).toEqual(['live-since-monday', 'today', 'yesterday', 'ended-last-week']);
  });
});

describe('live.json', () => {
  it('sits beside the page and names the state, the count and the newest ids only', () => {
    expect(liveFeedPath('/world/2026/11/storm-live/')).toBe('/world/2026/11/storm-live/live.json');
    const many = Array.from({ length: LIVE_FEED_IDS + 5 }, (_, i) => ({ id: `u${i}` }));
    const feed = liveFeed('live', many);
    expect(feed.state).toBe('live');
    expect(feed.total).toBe(LIVE_FEED_IDS + 5);
    expect(feed.updates).toHaveLength(LIVE_FEED_IDS);
    expect(feed.updates[0]).toBe('u0');
  });
});

describe('what an open page announces', () => {
  it('counts the updates the feed has and the page does not', () => {
    expect(unseenUpdates({ total: 4, updates: ['d', 'c', 'b', 'a'] }, new Set(['c', 'b', 'a']))).toBe(1);
    expect(unseenUpdates({ total: 3, updates: ['c', 'b', 'a'] }, new Set(['c', 'b', 'a']))).toBe(0);
  });

  it('counts from the total when more were published than the feed lists', () => {
    expect(unseenUpdates({ total: 45, updates: ['z', 'y', 'x'] }, new Set(['a', 'b']))).toBe(43);
  });

  it('ignores an update the page shows that the feed no longer has (a deleted update)', () => {
    expect(unseenUpdates({ total: 2, updates: ['b', 'a'] }, new Set(['c', 'b', 'a']))).toBe(0);
  });

  it('says the count in words', () => {
    expect(newUpdatesLabel(1)).toBe('1 new update');
    expect(newUpdatesLabel(3)).toBe('3 new updates');
  });
});

describe('polling', () => {
  it('polls at the base interval while news comes', () => {
    expect(nextPollDelay(200, 'news')).toBe(LIVE_POLL.every);
  });

  it('backs off slowly when quiet and doubles after a failure, up to the maximum', () => {
    expect(nextPollDelay(LIVE_POLL.every, 'quiet')).toBeGreaterThan(LIVE_POLL.every);
    expect(nextPollDelay(LIVE_POLL.every, 'quiet')).toBeLessThan(LIVE_POLL.every * 2);
    expect(nextPollDelay(LIVE_POLL.every, 'failed')).toBe(LIVE_POLL.every * 2);
    let delay = LIVE_POLL.every;
    for (let i = 0; i < 20; i++) delay = nextPollDelay(delay, 'failed');
    expect(delay).toBe(LIVE_POLL.max);
  });
});

describe('text of updates', () => {
  it('reads compiled HTML as words, with character references decoded and no words run together', () => {
    expect(textOfHtml('<p>Wind &#x26; <em>rain</em>fall &#x3C;3</p><p>Next &quot;line&quot;</p>')).toBe('Wind & rainfall <3 Next "line"');
  });

  it('clips at a word with an ellipsis', () => {
    expect(clip('The harbour wall held through the night', 24)).toBe('The harbour wall held…');
    expect(clip('Short', 24)).toBe('Short');
  });

  it('gives every liveBlogUpdate a permalink, a headline (its own, or its first words) and its text', () => {
    const entry = (html: string) => ({ rendered: { html } });
    const [titled, untitled] = liveBlogUpdates(
      [
        { id: 'b', title: 'Ferries cancelled', publishedAt: new Date('2026-11-28T09:00:00Z'), entry: entry('<p>No sailings.</p>') },
        { id: 'a', publishedAt: new Date('2026-11-28T08:00:00Z'), entry: entry(`<p>${'word '.repeat(60)}</p>`) },
      ],
      'https://dateline.example/world/2026/11/storm/',
    );
    expect(titled).toEqual({
      url: 'https://dateline.example/world/2026/11/storm/#update-b',
      headline: 'Ferries cancelled',
      published: new Date('2026-11-28T09:00:00Z'),
      text: 'No sailings.',
    });
    expect(untitled!.headline.length).toBeLessThanOrEqual(110);
    expect(untitled!.headline.endsWith('…')).toBe(true);
  });
});

describe('pages of earlier updates', () => {
  // Update n is the n-th filed; newest first, as the live page lists them.
  const filed = (count: number) => Array.from({ length: count }, (_, i) => count - i);

  it('shows every update on the live page while there are at most a page of them', () => {
    expect(updatePages(filed(3), 3)).toEqual({ newest: [3, 2, 1], earlier: [], pages: 0 });
    expect(updatePages([], 3)).toEqual({ newest: [], earlier: [], pages: 0 });
  });

  it('lists the older ones with the page that holds each, pages counted from the first update', () => {
    const { newest, earlier, pages } = updatePages(filed(8), 3);
    expect(newest).toEqual([8, 7, 6]);
    expect(earlier).toEqual([
      { update: 5, page: 2 },
      { update: 4, page: 2 },
      { update: 3, page: 1 },
      { update: 2, page: 1 },
      { update: 1, page: 1 },
    ]);
    expect(pages).toBe(2);
    expect(updatesOnPage(filed(8), 1, 3)).toEqual([3, 2, 1]);
    expect(updatesOnPage(filed(8), 2, 3)).toEqual([6, 5, 4]);
  });

  it('never moves an update to another page as the coverage grows', () => {
    const pageOf = (count: number) => new Map(updatePages(filed(count), 3).earlier.map(({ update, page }) => [update, page]));
    const before = pageOf(8);
    const after = pageOf(30);
    for (const [update, page] of before) expect(after.get(update)).toBe(page);
    for (let page = 1; page <= 9; page++) expect(updatesOnPage(filed(30), page, 3)).toEqual(updatesOnPage(filed(29), page, 3));
  });

  it('names a page by the numbers of its first and last update', () => {
    expect(pageRange(1, 45, 20)).toBe('1–20');
    expect(pageRange(3, 45, 20)).toBe('41–45');
  });

  it('puts the pages beside the live page', () => {
    expect(earlierUpdatesPath('/world/2026/11/storm-live/', 2)).toBe('/world/2026/11/storm-live/updates/2/');
  });
});
