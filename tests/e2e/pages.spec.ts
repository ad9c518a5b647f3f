import { expect, test } from '@playwright/test';
import { crawl } from './support';

test('the front page leads with a story and lists the latest newest first', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Top stories' }).getByRole('heading', { level: 2 }).first()).toBeVisible();
  const times = await page
    .getByRole('list', { name: 'Latest stories' })
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(times.length).toBeGreaterThanOrEqual(5);
  expect([...times].sort().reverse()).toEqual(times);
  for (const section of ['World', 'Politics', 'Business', 'Science', 'Culture']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  // The lead photo is the page's largest paint: fetched first; every other card photo waits.
  const photos = page.getByRole('main').locator('article.story-card img');
  await expect(photos.first()).toHaveAttribute('fetchpriority', 'high');
  await expect(photos.first()).toHaveAttribute('loading', 'eager');
  expect(await page.getByRole('main').locator('img[fetchpriority="high"]').count()).toBe(1);
});

const pageTypes = [
  ['/', 'Dateline: Independent news, built to last'],
  ['/world/', 'World | Dateline'],
  ['/world/1/', 'World, page 1 | Dateline'],
  ['/authors/', 'Authors | Dateline'],
  ['/authors/afp/', 'AFP | Dateline'],
  ['/tags/', 'Tags | Dateline'],
  ['/tags/peace-talks/', 'Tag: Peace talks | Dateline'],
  ['/archive/', 'Archive | Dateline'],
  ['/archive/2025/', 'Archive 2025 | Dateline'],
  ['/archive/2025/06/', 'June 2025 | Dateline'],
  ['/sections/', 'All sections | Dateline'],
  ['/about/', 'About | Dateline'],
] as const;

for (const [path, title] of pageTypes) {
  test(`${path} renders with its own title, one h1, landmarks and a skip link`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.locator('a[href="#main"]')).toHaveText('Skip to content');
  });
}

test('the June 2025 archive lists the reference story', async ({ page }) => {
  await page.goto('/archive/2025/06/');
  await expect(page.getByRole('link', { name: 'Putin Says Russia and Ukraine Nowhere Close on Peace Terms' })).toBeVisible();
});

test('a section paginates: its ten newest stories first, older ones on pages numbered from the oldest, and back', async ({ page }) => {
  await page.goto('/world/');
  const list = page.locator('main ol.story-list > li');
  await expect(list).toHaveCount(10);
  const front = await list.locator('h2').allTextContents();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.getByRole('link', { name: 'Latest stories' })).toHaveAttribute('aria-current', 'page');
  await pagination.getByRole('link', { name: 'Older' }).click();
  // The sample's 16 published World stories: ten on the front, the six oldest on page 1.
  await expect(page).toHaveURL('/world/1/');
  await expect(page.getByRole('main').locator('header')).toContainText(/Page 1: stories from \d+ \w+ \d{4} to \d+ \w+ \d{4}/);
  const older = await page.locator('main ol.story-list > li h2').allTextContents();
  expect(older).toHaveLength(6);
  expect(older.filter((t) => front.includes(t))).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Older' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL('/world/');
});

test('every page reachable from the front page loads, with no broken link, image, style or script', async ({ request, baseURL }) => {
  const { pages, broken, assets } = await crawl(request, baseURL!, '/');
  expect(broken).toEqual([]);
  expect(pages.length).toBeGreaterThan(60);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.avif') || a.endsWith('.webp'))).toBe(true);
});

test('drafts and scheduled stories are nowhere on the site', async ({ request, baseURL, page }) => {
  const { pages } = await crawl(request, baseURL!, '/');
  expect(pages.filter((p) => /draft-harbour-plan|scheduled-budget-preview/.test(p))).toEqual([]);
  for (const path of ['/politics/2026/11/draft-harbour-plan/', '/business/2027/01/scheduled-budget-preview/']) {
    expect((await request.get(path)).status()).toBe(404);
  }
  await page.goto('/politics/');
  await expect(page.getByText('DRAFT: Harbour redevelopment plan')).toHaveCount(0);
  await page.goto('/business/');
  await expect(page.getByText('SCHEDULED: Budget preview')).toHaveCount(0);
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-story/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/');
  // Static hosts serve this one page for a missing page of every edition: a Russian reader gets a way home in Russian.
  const russianHome = page.getByRole('main').getByRole('link', { name: 'Главная страница русского издания' });
  await expect(russianHome).toHaveAttribute('href', '/ru/');
  await expect(page.getByRole('main').locator('p[lang="ru-RU"]')).toHaveText('Страница не найдена. Главная страница русского издания');
});

test('the section navigation is one line on a 320 px screen that scrolls inside itself, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    expect((await nav.boundingBox())!.height).toBeLessThan(48);
    const allSections = nav.getByRole('link', { name: 'All sections' });
    await allSections.scrollIntoViewIfNeeded();
    await expect(allSections).toBeInViewport();
  }
});

test('on a 390 px phone the header takes at most 112 px, with search and display preferences one tap away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/', '/world/', '/search/']) {
    await page.goto(path);
    expect((await page.locator('body > header').boundingBox())!.height, path).toBeLessThanOrEqual(112);
    const header = page.locator('body > header');
    await expect(header.getByRole('link', { name: 'Search', exact: true })).toBeInViewport();
    await expect(header.getByText('Display', { exact: true })).toBeInViewport();
  }
  await page.locator('body > header').getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL('/search/');
  // The query box has a row of its own, not squeezed by the order menu and the button. Polled:
  // the URL changes when navigation commits, and measured before the stylesheet applies, the
  // box has Chromium's unstyled width (177 px), which failed a CI run.
  const query = page.getByLabel(/Search \d+ stories/);
  await expect.poll(async () => (await query.boundingBox())?.width ?? 0).toBeGreaterThan(300);
  await page.goto('/');
  await page.locator('body > header').getByText('Display', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Reading preferences' })).toBeVisible();
});

test('the front page shows no story twice above the fold: the Latest rail leaves out the lead and top stories', async ({ page }) => {
  await page.goto('/');
  const top = await page
    .getByRole('region', { name: 'Top stories' })
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const latest = await page
    .getByRole('list', { name: 'Latest stories' })
    .locator('h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(top.length).toBeGreaterThan(1);
  expect(latest.length).toBeGreaterThan(1);
  expect(latest.filter((href) => top.includes(href))).toEqual([]);
});

test('links in running text look like links: underlined, in the link colour (404 page)', async ({ page }) => {
  await page.goto('/no-such-story/');
  const link = page.getByRole('main').getByRole('link', { name: 'front page' });
  const style = await link.evaluate((a) => {
    const own = getComputedStyle(a);
    return { line: own.textDecorationLine, color: own.color, text: getComputedStyle(a.parentElement!).color };
  });
  expect(style.line).toContain('underline');
  expect(style.color).not.toBe(style.text);
});

test('keyboard only: skip link, then into the lead story', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The first links inside main are the lead story's section label, then its headline.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const headline = await page.evaluate(() => document.activeElement?.textContent?.trim());
  expect(headline).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline!);
});

test('keyboard only: from the skip link, Tab reaches the links inside the article body', async ({ page }) => {
  await page.goto('/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  let inBody = false;
  for (let i = 0; i < 6 && !inBody; i++) {
    await page.keyboard.press('Tab');
    inBody = await page.evaluate(() => !!document.activeElement?.closest('.article-body'));
  }
  expect(inBody).toBe(true);
  await expect(page.locator('.article-body a:focus')).toBeInViewport();
});
