import { expect, test } from '@playwright/test';

test.describe('theme', () => {
  test('follows the system theme until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(20, 20, 22)');
    await expect(page.getByRole('button', { name: 'Theme: System' })).toBeVisible();
  });

  test('the toggle choice persists across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click();
    await expect(toggle).toHaveText('Theme: Light');
    await toggle.click();
    await expect(toggle).toHaveText('Theme: Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('[data-theme-toggle]')).toHaveText('Theme: Dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 20, 22)');
  });

  test('never flashes the wrong theme: the choice is applied before the body is parsed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('dateline-theme', 'dark');
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/about/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
  });

  test('without JavaScript the page follows the system theme and hides the dead toggle', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(20, 20, 22)');
    await context.close();
  });
});
