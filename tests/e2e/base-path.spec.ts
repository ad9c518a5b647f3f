import { expect, test } from '@playwright/test';
import { NEWS_BASE_URL, crawl, internalReferences } from './support';

test.describe('a build with BASE_PATH=/news/ served under /news/', () => {
  test('has no broken internal link or asset, and every link stays under /news/', async ({ request }) => {
    const { pages, broken } = await crawl(request, NEWS_BASE_URL, '/news/');
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(60);
    const html = await (
      await request.get(`${NEWS_BASE_URL}/news/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/`)
    ).text();
    const refs = await internalReferences(html, `${NEWS_BASE_URL}/news/`);
    expect(refs.filter((r) => !r.startsWith('/news/'))).toEqual([]);
  });

  test('the reference article renders with its styles and photo', async ({ page }) => {
    await page.goto(`${NEWS_BASE_URL}/news/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin Says Russia and Ukraine Nowhere Close on Peace Terms');
    expect(await page.locator('article figure img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    const fontFamily = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontFamily).toContain('Georgia');
    await expect(page.getByRole('link', { name: 'Dateline', exact: true })).toHaveAttribute('href', '/news/');
    await expect(page.getByRole('search').first()).toHaveAttribute('action', '/news/search/');
  });
});
