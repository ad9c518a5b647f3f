import { expect, test, type Page } from '@playwright/test';
import { REFERENCE_PATH } from './support';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

async function choose(page: Page, group: string, option: string) {
  const control = page.locator('[data-preferences]');
  if (!(await control.evaluate((el: HTMLDetailsElement) => el.open))) await control.locator('summary').click();
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
}

test.describe('reading preferences', () => {
  test('follow the system theme until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await background(page)).toBe('rgb(20, 20, 22)');
    await page.locator('[data-preferences] summary').click();
    await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Standard' })).toBeChecked();
  });

  test('theme, text size and line width persist across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(REFERENCE_PATH);
    const html = page.locator('html');
    const measure = () => page.locator('article[data-article-id]').evaluate((el) => getComputedStyle(el).maxWidth);
    const standardMeasure = await measure();

    await choose(page, 'Theme', 'Sepia');
    await choose(page, 'Text size', 'Larger');
    await choose(page, 'Line width', 'Wide');
    await expect(html).toHaveAttribute('data-theme', 'sepia');
    expect(await background(page)).toBe('rgb(244, 236, 216)');
    expect(await html.evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
    expect(await measure()).toBe(`${54 * 20}px`);
    expect(standardMeasure).toBe(`${42 * 16}px`);

    // Escape closes the control and gives focus back to it.
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-preferences]')).not.toHaveAttribute('open');
    await expect(page.locator('[data-preferences] summary')).toBeFocused();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
    await expect(page).toHaveURL('/science/');
    await expect(html).toHaveAttribute('data-theme', 'sepia');
    await expect(html).toHaveAttribute('data-text-size', 'larger');
    await page.reload();
    await expect(html).toHaveAttribute('data-line-width', 'wide');
    await page.locator('[data-preferences] summary').click();
    await expect(page.getByRole('radio', { name: 'Sepia' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Larger' })).toBeChecked();

    await choose(page, 'Theme', 'Dark');
    await choose(page, 'Text size', 'Standard');
    await page.reload();
    expect(await background(page)).toBe('rgb(20, 20, 22)');
    await expect(html).not.toHaveAttribute('data-text-size');
  });

  test('never flash: every stored choice is on <html> before the body is parsed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('dateline-theme', 'dark');
      localStorage.setItem('dateline-text-size', 'largest');
      localStorage.setItem('dateline-line-width', 'narrow');
      new MutationObserver((_, observer) => {
        if (document.body) {
          const root = document.documentElement;
          (window as unknown as { atBody: string[] }).atBody = ['data-theme', 'data-text-size', 'data-line-width'].map(
            (name) => root.getAttribute(name) ?? '',
          );
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/about/');
    expect(await page.evaluate(() => (window as unknown as { atBody: string[] }).atBody)).toEqual(['dark', 'largest', 'narrow']);
  });

  test('without JavaScript the page follows the system theme and shows no dead controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(REFERENCE_PATH);
    await expect(page.locator('[data-preferences]')).toBeHidden();
    await expect(page.locator('[data-save]').first()).toBeHidden();
    await expect(page.getByRole('link', { name: 'Saved', exact: true })).toBeHidden();
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(20, 20, 22)');
    await expect(page.locator('.article-body p').first()).toBeVisible();
    await context.close();
  });
});
