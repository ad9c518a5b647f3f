/**
 * Live coverage on the sample site's two live stories (content/live/): one still live, one
 * ended; and the breaking-news banner (content/banner.yaml), on every page type.
 *
 * "An update published while the page is open" is played by the test server's answers: the
 * page's live.json and its own HTML are served as the next build would write them, with one
 * update more (copied from the built page's own newest update, under a new id). That is what a
 * host serves after a deploy; the build side of it (the update file → live.json and the
 * page) is what the rest of this file and the unit tests check.
 */
import { expect, test, type Page } from '@playwright/test';

const LIVE = '/world/2026/11/kessel-islands-storm-live/';
const ENDED = '/politics/2026/07/eastbridge-election-night-live/';
const NEWEST = '20261128-1605-power-cuts';
const BANNER = 'Storm Edda: ferries cancelled and rest centres open on the Kessel Islands. Follow live';

/** The JSON-LD objects of a page. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('the live page', () => {
  // The test plays the host's answers with page.route, which does not see what the offline
  // service worker fetches once it controls the page.
  test.use({ serviceWorkers: 'block' });

  test('says "Live", lists the key events linking their updates, and shows every update newest first', async ({ page }) => {
    await page.goto(LIVE);
    const header = page.getByRole('article').locator('header').first();
    await expect(header.getByText('Live', { exact: true })).toBeVisible();
    await expect(page.getByText('This live coverage has ended')).toHaveCount(0);

    const keyEvents = page.getByRole('navigation', { name: 'Key events' }).getByRole('link');
    await expect(keyEvents).toHaveText([/Harbour wall to be watched through high tide/, /All ferries cancelled until Sunday/]);
    await expect(keyEvents.first()).toHaveAttribute('href', '#update-20261128-1340-harbour-wall');

    const updates = page.locator('[data-live-updates] > li');
    await expect(updates).toHaveCount(4);
    const times = await updates.locator('time').evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expect(updates.first()).toHaveAttribute('id', `update-${NEWEST}`);
    // An update's body goes through the article pipeline: components work, photos get renditions.
    await expect(
      page.locator('#update-20261128-1340-harbour-wall blockquote, #update-20261128-1340-harbour-wall figure').first(),
    ).toBeVisible();
    await expect(page.locator('#update-20261128-1340-harbour-wall picture img')).toHaveAttribute('loading', 'lazy');
  });

  test('a permalink lands on its update, and a key event link scrolls to it', async ({ page }) => {
    await page.goto(`${LIVE}#update-20261128-0630-ferries-cancelled`);
    const oldest = page.locator('#update-20261128-0630-ferries-cancelled');
    await expect(oldest).toBeInViewport();
    expect(await oldest.evaluate((el) => el.matches(':target'))).toBe(true);

    await page.goto(LIVE);
    await page
      .getByRole('navigation', { name: 'Key events' })
      .getByRole('link', { name: /Harbour wall/ })
      .click();
    await expect(page).toHaveURL(`${LIVE}#update-20261128-1340-harbour-wall`);
    await expect(page.locator('#update-20261128-1340-harbour-wall')).toBeInViewport();
    // Each update's time is its own permalink.
    await expect(page.locator(`#update-${NEWEST} a[href="#update-${NEWEST}"]`)).toContainText('16:05');
  });

  test('a long one shows its newest 20 updates; a permalink to an earlier one lands on its entry, which opens it in full', async ({
    browser,
  }) => {
    // Without JavaScript: nothing here may depend on it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const first = 'update-20260702-2200-polls-close';
    await page.goto(`${ENDED}#${first}`);
    await expect(page.locator('[data-live-updates] > li')).toHaveCount(20);
    const earlier = page.getByRole('region', { name: 'Earlier updates' });
    await expect(earlier.locator('ol > li')).toHaveCount(2);
    await expect(earlier.getByRole('navigation', { name: 'Earlier updates in full' }).getByRole('link')).toHaveText(['Updates 1–20']);
    const entry = page.locator(`#${first}`);
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('Polls close');
    // The key event "Polls close" lands on the same entry.
    await expect(page.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: /Polls close/ })).toHaveAttribute(
      'href',
      `#${first}`,
    );
    await entry.getByRole('link').click();
    await expect(page).toHaveURL(`${ENDED}updates/1/#${first}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('earlier updates');
    await expect(page.locator(`#${first}`)).toBeInViewport();
    await expect(page.locator(`#${first}`)).toContainText('Polls have closed.');
    await expect(page.locator('[data-live-updates] > li')).toHaveCount(20);
    await page.getByRole('link', { name: 'Back to the live page' }).click();
    await expect(page).toHaveURL(ENDED);
    await context.close();
  });

  test('reads fully without JavaScript: summary, key events, every update; no dead controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${LIVE}#update-20261128-0915-rest-centres`);
    await expect(page.getByText('Storm Edda, the strongest storm')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Key events' }).getByRole('link')).toHaveCount(2);
    await expect(page.locator('[data-live-updates] > li')).toHaveCount(4);
    await expect(page.locator('#update-20261128-0915-rest-centres')).toBeInViewport();
    await expect(page.getByText('About 1,200 homes on the outer islands')).toBeVisible();
    await expect(page.locator('[data-live-show]')).toBeHidden();
    await context.close();
  });

  test('an ended live story says so, without the "Live" flag or new-update polling', async ({ page }) => {
    const polls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('live.json')) polls.push(request.url());
    });
    await page.clock.install();
    await page.goto(ENDED);
    await expect(page.getByText('This live coverage has ended.')).toBeVisible();
    await expect(page.locator('.live-badge')).toHaveCount(0);
    await expect(page.locator('[data-live-updates] > li')).toHaveCount(20);
    await page.clock.fastForward('05:00');
    expect(polls).toEqual([]);
    const [posting] = await jsonLd(page);
    expect(posting).toMatchObject({ '@type': 'LiveBlogPosting', coverageEndTime: '2026-07-03T00:45:00.000Z' });
  });

  test('LiveBlogPosting validates: schema.org types, coverage times, and one BlogPosting per update with a working permalink', async ({
    page,
    baseURL,
  }) => {
    await page.goto(LIVE);
    const [posting, breadcrumbs] = await jsonLd(page);
    expect(breadcrumbs?.['@type']).toBe('BreadcrumbList');
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Storm Edda reaches the Kessel Islands: live',
      url: `https://dateline.example${LIVE}`,
      datePublished: '2026-11-28T06:30:00.000Z',
      coverageStartTime: '2026-11-28T06:30:00.000Z',
      // The story was last changed by its newest update.
      dateModified: '2026-11-28T16:05:00.000Z',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Dateline' },
      author: [{ '@type': 'Person', name: 'Maya Okafor' }],
    });
    expect(posting).not.toHaveProperty('coverageEndTime');
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    const updates = posting!.liveBlogUpdate as Record<string, string>[];
    const ids = await page.locator('[data-live-updates] > li').evaluateAll((els) => els.map((el) => el.id));
    expect(updates.map((u) => new URL(u.url!).hash.slice(1))).toEqual(ids);
    for (const update of updates) {
      expect(update['@type']).toBe('BlogPosting');
      expect(update.url).toBe(update['@id']);
      expect(update.url!.startsWith(`https://dateline.example${LIVE}#update-`)).toBe(true);
      expect(update.headline!.length).toBeGreaterThan(0);
      expect(update.headline!.length).toBeLessThanOrEqual(110);
      expect(update.datePublished).toMatch(iso);
      expect(update.articleBody!.length).toBeGreaterThan(20);
      expect(update.articleBody).not.toMatch(/[<>]|&#x/);
    }
    // The timestamps agree with the page: each update's JSON-LD date is the one its permalink shows.
    const shown = await page
      .locator('[data-live-updates] > li > p time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(updates.map((u) => u.datePublished)).toEqual(shown);
    expect(baseURL).toBeTruthy();
  });

  test('an update published while the page is open appears after pressing the announced button, without a reload or a layout shift', async ({
    page,
  }) => {
    const NEW_ID = '20261128-1730-wind-drops';
    let published = false;
    const polls: string[] = [];
    await page.route(`**${LIVE}live.json`, async (route) => {
      polls.push(route.request().url());
      const response = await route.fetch();
      const feed = (await response.json()) as { state: string; total: number; updates: string[] };
      if (published) {
        feed.updates.unshift(NEW_ID);
        feed.total += 1;
      }
      await route.fulfill({ response, json: feed });
    });
    // The page as the next build writes it: the new update at the top of the list.
    await page.route(`**${LIVE}`, async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      if (published && route.request().resourceType() === 'fetch') {
        const start = html.indexOf(`<li class="live-update`);
        const next = html.indexOf(`<li class="live-update`, start + 1);
        const copy = html
          .slice(start, next)
          .replaceAll(NEWEST, NEW_ID)
          .replace(/About 1,200 homes without power/, 'Wind drops; ferries to resume on Sunday')
          .replace(/2026-11-28T16:05:00.000Z/g, '2026-11-28T17:30:00.000Z')
          .replace(/16:05/g, '17:30');
        html = html.slice(0, start) + copy + html.slice(start);
      }
      await route.fulfill({ response, body: html });
    });
    await page.clock.install();
    await page.goto(LIVE);
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }).observe({ type: 'layout-shift' });
    });
    const button = page.getByRole('button', { name: /new update/ });
    await expect(button).toBeHidden();

    // A poll before anything new: nothing announced.
    await page.clock.fastForward('00:31');
    await expect.poll(() => polls.length).toBe(1);
    await expect(button).toBeHidden();

    published = true;
    await page.clock.fastForward('01:00');
    // The poll, live.json and the page's prefetch are three requests: under a full parallel test
    // run they once took longer than the default five seconds.
    await expect(button).toBeVisible({ timeout: 15_000 });
    await expect(button).toHaveText('1 new update: show');
    await expect(page.getByRole('status').filter({ hasText: '1 new update' })).toHaveCount(1);
    const list = page.locator('[data-live-updates] > li');
    await expect(list).toHaveCount(4);

    await button.click();
    await expect(list).toHaveCount(5);
    await expect(list.first()).toHaveAttribute('id', `update-${NEW_ID}`);
    await expect(list.first()).toContainText('Wind drops; ferries to resume on Sunday');
    await expect(list.first()).toBeFocused();
    await expect(list.first()).toBeInViewport();
    await expect(button).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // Layout shifts that no reader action caused: none (the button floats over the page).
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });

  test('polls only while the tab is visible, and at once when it is shown again', async ({ page }) => {
    const polls: number[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('live.json')) polls.push(Date.now());
    });
    await page.clock.install();
    await page.goto(LIVE);
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await page.clock.fastForward('10:00');
    expect(polls).toHaveLength(0);
    await setVisibility('visible');
    await expect.poll(() => polls.length).toBe(1);
  });
});

test.describe('live stories elsewhere', () => {
  test('the front page shows the newest update under the live story’s headline, linking to it', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('[data-story-id="kessel-islands-storm-live"]').first();
    await expect(card.getByText('Live', { exact: true })).toBeVisible();
    const latest = card.getByRole('link', { name: 'About 1,200 homes without power' });
    await expect(latest).toHaveAttribute('href', `${LIVE}#update-${NEWEST}`);
    await latest.click();
    await expect(page.locator(`#update-${NEWEST}`)).toBeInViewport();
  });

  test('feeds carry the live story once, with its updates as its content and dated by the newest', async ({ request }) => {
    const feed = (await (await request.get('/feed.json')).json()) as {
      items: { url: string; content_html: string; date_modified: string }[];
    };
    const items = feed.items.filter((item) => item.url.includes('kessel-islands-storm-live'));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item!.date_modified).toBe('2026-11-28T16:05:00.000Z');
    expect(item!.content_html).toContain('Storm Edda, the strongest storm');
    expect(item!.content_html).toContain(`href="https://dateline.example${LIVE}#update-${NEWEST}"`);
    expect(item!.content_html.indexOf('About 1,200 homes')).toBeLessThan(item!.content_html.indexOf('All ferries cancelled'));
  });

  test('the Google News sitemap lists the live story while it is live, however old, and not the ended one', async ({ request }) => {
    const xml = await (await request.get('/sitemap-news.xml')).text();
    expect(xml).toContain(`https://dateline.example${LIVE}`);
    expect(xml).not.toContain(ENDED);
  });
});

test.describe('the breaking-news banner', () => {
  const pages = [
    '/',
    LIVE,
    '/world/',
    '/authors/maya-okafor/',
    '/tags/weather/',
    '/archive/2026/',
    '/sections/',
    '/search/',
    '/about/',
    '/saved/',
  ];

  for (const path of pages) {
    test(`shows on ${path}, linking to the story`, async ({ page }) => {
      await page.goto(path);
      const banner = page.getByRole('complementary', { name: 'Breaking news' });
      await expect(banner).toBeVisible();
      await expect(banner.getByRole('link')).toHaveText(BANNER);
      await expect(banner.getByRole('link')).toHaveAttribute('href', LIVE);
    });
  }

  test('shows on the not-found page', async ({ page }) => {
    await page.goto('/no-such-page/');
    await expect(page.getByRole('complementary', { name: 'Breaking news' }).getByRole('link')).toHaveText(BANNER);
  });

  test('the front page has it in its HTML (no JavaScript); other pages add it without moving the page', async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto('/');
    await expect(noJs.getByRole('complementary', { name: 'Breaking news' }).getByRole('link')).toHaveText(BANNER);
    await context.close();

    await page.goto('/world/');
    await expect(page.getByRole('complementary', { name: 'Breaking news' })).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBe(0);
  });

  test('dismissed, it stays away on the next pages', async ({ page }) => {
    await page.goto(LIVE);
    const banner = page.getByRole('complementary', { name: 'Breaking news' });
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
    for (const path of ['/', '/world/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('complementary', { name: 'Breaking news' })).toBeHidden();
    }
  });

  test('is gone once it has expired, on the front page and every other page, without a new build', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2099-01-01T00:00:01Z'));
    for (const path of ['/', LIVE, '/world/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('complementary', { name: 'Breaking news' })).toBeHidden();
    }
  });
});
