/**
 * A live page's script (loaded by LiveCoverage.astro on live pages only). While the tab is
 * visible it polls the story's live.json, a few hundred bytes the build writes beside the
 * page; when updates appear that the page does not show, it says how many on a button over
 * the page and in a status region, and fetches the page in the background. Pressing the button
 * puts the new updates at the top of the list, with the key events and the coverage's state,
 * without a reload: at once, because the page is already here, so the insertion follows the
 * press and never shifts the page unprompted. Offline or failing, it waits longer each time and
 * keeps what is on screen.
 */
import type { LiveFeed } from '../lib/live';
import { LIVE_POLL, newUpdatesLabel, nextPollDelay, unseenUpdates } from '../lib/live-poll';

const section = document.querySelector<HTMLElement>('[data-live]');
const list = section?.querySelector<HTMLElement>('[data-live-updates]');
const button = section?.querySelector<HTMLButtonElement>('[data-live-show]');
const status = section?.querySelector<HTMLElement>('[data-live-announce]');
if (section?.dataset.live === 'live' && section.dataset.liveFeed && list && button && status) {
  const feedUrl = section.dataset.liveFeed;
  // The updates shown in full and the earlier ones listed by headline.
  const onPage = () => new Set([...document.querySelectorAll<HTMLElement>('[data-update-id]')].map((el) => el.dataset.updateId ?? ''));
  let delay = LIVE_POLL.every;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastPoll = Date.now();
  let ended = false;
  let announced = 0;
  // The page as it was when the latest count was announced, fetched ahead of the press.
  let prefetched: Promise<Document> | undefined;

  const fetchPage = async () => {
    const response = await fetch(location.pathname, { cache: 'no-cache' });
    if (!response.ok) throw new Error(String(response.status));
    return new DOMParser().parseFromString(await response.text(), 'text/html');
  };

  const schedule = (seconds: number) => {
    clearTimeout(timer);
    timer = document.visibilityState === 'visible' && !ended ? setTimeout(poll, seconds * 1000) : undefined;
  };

  const announce = (count: number) => {
    if (count > announced) {
      prefetched = fetchPage();
      // A failed prefetch is retried by the press; it must not surface as an unhandled rejection.
      prefetched.catch(() => undefined);
    }
    announced = count;
    const label = count > 0 ? newUpdatesLabel(count) : '';
    button.hidden = count === 0;
    button.textContent = label && `${label}: show`;
    if (status.textContent !== label) status.textContent = label;
  };

  async function poll() {
    lastPoll = Date.now();
    let outcome: 'news' | 'quiet' | 'failed' = 'failed';
    try {
      const response = await fetch(feedUrl, { cache: 'no-cache' });
      if (response.ok) {
        const feed = (await response.json()) as LiveFeed;
        const count = unseenUpdates(feed, onPage());
        outcome = count > 0 ? 'news' : 'quiet';
        announce(count);
        // Ended with nothing left to show: nothing more will come.
        ended = feed.state === 'ended' && count === 0;
      }
    } catch {
      // Offline or the host is down: keep what is on screen and ask again later.
    }
    delay = nextPollDelay(delay, outcome);
    schedule(delay);
  }

  button.addEventListener('click', async () => {
    try {
      const fetched = await (prefetched ?? fetchPage()).catch(fetchPage);
      prefetched = undefined;
      const known = onPage();
      const fresh = [...fetched.querySelectorAll<HTMLElement>('[data-live-updates] > [data-update-id]')].filter(
        (el) => !known.has(el.dataset.updateId ?? ''),
      );
      list.prepend(...fresh);
      // Key events, the "Live" flag and the ended notice follow the page as it is now.
      for (const part of document.querySelectorAll<HTMLElement>('[data-live-swap]')) {
        const now = fetched.querySelector(`[data-live-swap="${part.dataset.liveSwap}"]`);
        if (now) part.replaceWith(now);
      }
      section.querySelector('[data-live-empty]')?.remove();
      announce(0);
      fresh[0]?.focus();
    } catch {
      status.textContent = 'The new updates could not be loaded. Try again in a moment.';
    }
  });

  // A hidden tab does not poll; back in view, it asks at once if its turn has passed.
  document.addEventListener('visibilitychange', () => {
    schedule(Math.max(0, delay - (Date.now() - lastPoll) / 1000));
  });
  schedule(delay);
}
