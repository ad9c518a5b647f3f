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
});

const pageTypes = [
  ['/', 'Dateline: Independent news, built to last'],
  ['/world/', 'World | Dateline'],
  ['/world/2/', 'World, page 2 | Dateline'],
  ['/authors/', 'Authors | Dateline'],
  ['/authors/afp/', 'AFP | Dateline'],
  ['/tags/', 'Tags | Dateline'],
  ['/tags/peace-talks/', 'Peace talks | Dateline'],
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

test('a section paginates: ten stories a page, older ones on page 2, and back', async ({ page }) => {
  await page.goto('/world/');
  const list = page.locator('main ol.story-list > li');
  await expect(list).toHaveCount(10);
  const firstPage = await list.locator('h2').allTextContents();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await pagination.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL('/world/2/');
  const secondPage = await page.locator('main ol.story-list > li h2').allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
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
});

test('the section navigation fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Culture' })).toBeInViewport();
  }
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
