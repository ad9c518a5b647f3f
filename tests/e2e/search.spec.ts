import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkRecall } from '../../scripts/search-recall.mjs';
import { NEWS_BASE_URL, REFERENCE_PATH } from './support';

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
const filtersButton = (page: Page) => page.getByRole('button', { name: 'Filter by section, author, tag or year' });

test.describe('search', () => {
  test('a word only in the reference article finds it first, and the opened story highlights it', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel(/Search \d+ stories/).fill('memorandums');
    await expect(status(page)).toHaveText('1 story found for “memorandums”.');
    const first = results(page).first();
    await expect(first.getByRole('heading')).toHaveText('Putin Says Russia and Ukraine Nowhere Close on Peace Terms');
    await expect(first.locator('mark').first()).toHaveText(/memorandums/i);
    await expect(first).toContainText('World');
    await expect(first).toContainText('27 June 2025');
    await expect(first).toContainText('AFP');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${REFERENCE_PATH}\\?highlight=memorandums`));
    const marks = page.locator('.article-body mark.search-highlight');
    await expect(marks).toHaveCount(2);
    await expect(marks.first()).toHaveText('memorandums');
    await page.getByRole('button', { name: 'Clear highlighting' }).click();
    await expect(marks).toHaveCount(0);
    await expect(page).toHaveURL(REFERENCE_PATH);
  });

  test('results show headline, excerpt, section, date, author and a thumbnail', async ({ page }) => {
    await page.goto('/search/?q=eastbridge');
    await expect(status(page)).toHaveText(/^\d+ stories found for “eastbridge”\.$/);
    const withImage = results(page)
      .filter({ has: page.locator('img:visible') })
      .first();
    await expect(withImage.locator('img')).toHaveAttribute('src', /\/_astro\/.+\.webp$/);
    // The thumbnail loads lazily: wait for it rather than read it mid-download.
    await expect.poll(() => withImage.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
    await expect(withImage.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  });

  test('excerpts do not repeat the headline, and end in an ellipsis where the text goes on', async ({ page }) => {
    await page.goto('/search/?q=putin');
    await expect(status(page)).toHaveText(/found for “putin”/);
    const first = results(page).first();
    const headline = (await first.getByRole('heading').textContent())!.trim();
    const excerpt = (await first.locator('[data-field="excerpt"]').textContent())!.trim();
    expect(excerpt.startsWith(headline)).toBe(false);
    expect(excerpt).toMatch(/…$/);
  });

  test('a headline-only brief is no search result, and the page counts the stories search can find', async ({ page }) => {
    await page.goto('/search/?q=dnipropetrovsk');
    await expect(status(page)).toHaveText(/found for “dnipropetrovsk”/);
    await expect(results(page).getByRole('link', { name: /Russian Strike Kills 5/ })).toHaveCount(0);
    const label = await page.getByLabel(/Search \d+ stories/).evaluate((input) => (input as HTMLInputElement).labels![0]!.textContent!);
    const indexed = readdirSync('tests/.output/site', { recursive: true, encoding: 'utf8' }).filter(
      // The English edition's: the Russian one has a search page of its own.
      (file) =>
        file.endsWith('index.html') &&
        !file.startsWith('ru/') &&
        readFileSync(path.join('tests/.output/site', file), 'utf8').includes('data-pagefind-body'),
    ).length;
    expect(label.trim()).toBe(`Search ${indexed} stories`);
  });

  test('typed key by key with no pause, the results are those of the whole word', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel(/Search \d+ stories/).pressSequentially('memorandums');
    await expect(status(page)).toHaveText('1 story found for “memorandums”.');
    await expect(results(page)).toHaveCount(1);
  });

  test('on a phone, nothing on the page jumps while results and filters arrive', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/search/?q=eastbridge');
    await expect(status(page)).toHaveText(/^\d+ stories found for “eastbridge”\.$/);
    await filtersButton(page).click();
    await expect(page.getByRole('group', { name: 'Filter results' }).getByRole('checkbox').first()).toBeVisible();
    // Layout shifts no user input caused, as Cumulative Layout Shift counts them.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 1000);
        }),
    );
    expect(shift).toBeLessThan(0.05);
  });

  test('a section filter narrows the results to its count', async ({ page }) => {
    await page.goto('/search/?q=eastbridge');
    await expect(status(page)).toHaveText(/^\d+ stories found/);
    const total = Number((await status(page).textContent())?.match(/^(\d+)/)?.[1]);
    await filtersButton(page).click();
    const politics = page.getByRole('checkbox', { name: /^Politics \(\d+\)$/ });
    const count = Number((await page.locator(`label[for="${await politics.getAttribute('id')}"]`).textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await politics.check();
    await expect(status(page)).toHaveText(`${count} ${count === 1 ? 'story' : 'stories'} found for “eastbridge”.`);
    await expect(results(page)).toHaveCount(count);
    for (const section of await results(page).locator('p').first().allTextContents()) expect(section).toBe('Politics');
    await expect(page).toHaveURL('/search/?q=eastbridge&section=Politics');
  });

  test('filter data is fetched only once the reader opens the filters, and then shows counts', async ({ page }) => {
    const filterRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/pagefind\/[^/]+\/filter\//.test(request.url())) filterRequests.push(request.url());
    });
    await page.goto('/search/');
    await page.getByLabel(/Search \d+ stories/).fill('eastbridge');
    await expect(status(page)).toHaveText(/^\d+ stories found for “eastbridge”\.$/);
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('group', { name: 'Filter results' })).toBeHidden();
    expect(filterRequests).toEqual([]);

    await filtersButton(page).click();
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: /^Politics \(\d+\)$/ })).toBeVisible();
    expect(filterRequests.length).toBeGreaterThan(0);
    // The results the reader was looking at stay as they were.
    await expect(status(page)).toHaveText(/^\d+ stories found for “eastbridge”\.$/);
  });

  test('a link with a filter opens the filters with that filter checked', async ({ page }) => {
    await page.goto('/search/?section=Science');
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: /^Science \(\d+\)$/ })).toBeChecked();
    await expect(status(page)).toHaveText(/^\d+ stories? found\.$/);
  });

  test('a headline searched word for word puts its story first', async ({ page }) => {
    for (const headline of [
      'Eastbridge council approves budget that restores library opening hours',
      'Harlow Valley council votes to bring buses under public franchise',
      'Ines Calloway elected mayor of Eastbridge',
    ]) {
      await page.goto(`/search/?q=${encodeURIComponent(headline)}`);
      await expect(results(page).first().getByRole('heading')).toHaveText(headline);
    }
  });

  test('newest first returns the same matching stories as most relevant, newest first', async ({ page }) => {
    await page.goto('/search/?q=eastbridge');
    await expect(status(page)).toHaveText(/^\d+ stories found for “eastbridge”\.$/);
    const relevance = await status(page).textContent();
    await page.getByLabel('Order').selectOption('newest');
    await expect(page).toHaveURL('/search/?q=eastbridge&sort=newest');
    await expect(status(page)).toHaveText(relevance!);
    for (const item of await results(page).all()) await expect(item).toContainText(/eastbridge/i);
    const times = await results(page)
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect([...times].sort().reverse()).toEqual(times);
  });

  test('a rare word from every story finds it, and every headline puts its story first (sampled recall check)', async () => {
    const recall = await checkRecall(path.resolve('tests/.output/site'), { sample: 200 });
    expect(recall.checked).toBeGreaterThan(20);
    expect(recall.wordMisses).toEqual([]);
    expect(recall.headlineMisses).toEqual([]);
  });

  test('the URL holds the search: a link reopens it, and back/forward step through changes', async ({ page }) => {
    await page.goto('/search/?q=eastbridge&section=Politics&sort=newest');
    await expect(page.getByLabel(/Search \d+ stories/)).toHaveValue('eastbridge');
    await expect(page.getByLabel('Order')).toHaveValue('newest');
    await expect(page.getByRole('checkbox', { name: /^Politics/ })).toBeChecked();
    const times = await results(page)
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect([...times].sort().reverse()).toEqual(times);

    await page.getByRole('checkbox', { name: /^Politics/ }).uncheck();
    await expect(page).toHaveURL('/search/?q=eastbridge&sort=newest');
    await page.getByLabel('Order').selectOption('relevance');
    await expect(page).toHaveURL('/search/?q=eastbridge');
    await page.goBack();
    await expect(page).toHaveURL('/search/?q=eastbridge&sort=newest');
    await expect(page.getByLabel('Order')).toHaveValue('newest');
    await page.goBack();
    await expect(page).toHaveURL('/search/?q=eastbridge&section=Politics&sort=newest');
    await expect(page.getByRole('checkbox', { name: /^Politics/ })).toBeChecked();
    await expect(status(page)).toHaveText(/found for “eastbridge”/);
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^Politics/ })).not.toBeChecked();
  });

  test('the header box on any page submits to the search page', async ({ page }) => {
    await page.goto(REFERENCE_PATH);
    await page.getByRole('banner').getByRole('searchbox').fill('ceasefire');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search/?q=ceasefire');
    await expect(status(page)).toHaveText('1 story found for “ceasefire”.');
  });

  test('"/" focuses search from anywhere but never while typing, and Escape clears', async ({ page }) => {
    await page.goto('/world/');
    await page.keyboard.press('/');
    const box = page.getByRole('banner').getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');

    await page.goto('/search/');
    await page.locator('body').click();
    await page.keyboard.press('/');
    await expect(page.getByLabel(/Search \d+ stories/)).toBeFocused();
  });

  test('empty query, no results and a missing index each say so clearly', async ({ page }) => {
    await page.goto('/search/');
    await expect(status(page)).toHaveText(/^Type a word, a name or a phrase/);
    await page.getByLabel(/Search \d+ stories/).fill('e');
    await expect(status(page)).toHaveText('Type at least two letters.');
    await expect(results(page)).toHaveCount(0);
    await page.getByLabel(/Search \d+ stories/).fill('zyxwvutsrq');
    await expect(status(page)).toHaveText('No stories found for “zyxwvutsrq”. Check the spelling, try fewer or different words.');
    await expect(results(page)).toHaveCount(0);

    await page.route('**/pagefind/*/pagefind.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto('/search/?q=putin');
    await expect(status(page)).toHaveText(/Search is unavailable: the search index could not be loaded/);
  });

  test('"load more" adds the next results', async ({ page }) => {
    await page.goto('/search/?year=2026');
    await expect(status(page)).toHaveText(/^(\d+) stories found\.$/);
    const total = Number((await status(page).textContent())?.match(/^(\d+)/)?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(results(page)).toHaveCount(10);
    await page.getByRole('button', { name: 'Load more results' }).click();
    await expect(results(page)).toHaveCount(Math.min(total, 20));
  });

  test('a hostile query is shown as text and runs nothing', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto('/search/?q=<img src=x onerror=alert(1)>');
    await expect(page.getByLabel(/Search \d+ stories/)).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(status(page)).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('drafts and scheduled stories are not in the index', async ({ page }) => {
    for (const q of ['harbour redevelopment', 'embargoed budget']) {
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      await expect(status(page)).not.toHaveText('Loading search…');
      await expect(results(page).filter({ hasText: /DRAFT|SCHEDULED/ })).toHaveCount(0);
    }
  });

  test('without JavaScript the page says search needs it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=putin');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('with JavaScript the no-JavaScript message is never shown', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  });

  test('works under BASE_PATH=/news/', async ({ page }) => {
    await page.goto(`${NEWS_BASE_URL}/news/search/?q=memorandums`);
    await expect(status(page)).toHaveText('1 story found for “memorandums”.');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', `/news${REFERENCE_PATH}?highlight=memorandums`);
    await results(page).first().getByRole('link').click();
    await expect(page.locator('.article-body mark.search-highlight')).toHaveCount(2);
  });
});
