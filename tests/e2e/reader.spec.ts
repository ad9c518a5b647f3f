import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { REFERENCE_PATH, RELATED_BRIEF_PATH } from './support';

const CHOIR = 'Eastbridge youth choir wins national competition for the first time';
const REFERENCE_TITLE = 'Putin Says Russia and Ukraine Nowhere Close on Peace Terms';

test.describe('saved stories', () => {
  test('save from a list and from a story; /saved/ lists them newest saved first; remove and clear all', async ({ page }) => {
    await page.goto('/');
    const save = page.getByRole('button', { name: `Save ${CHOIR}` }).first();
    await expect(save).toHaveAttribute('aria-pressed', 'false');
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    // Every button for the same story shows it saved.
    for (const button of await page.locator('[data-save="eastbridge-youth-choir-national-title"]').all()) {
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }

    await page.goto(REFERENCE_PATH);
    const articleSave = page.getByRole('main').getByRole('button', { name: 'Save', exact: true });
    await articleSave.click();
    await expect(articleSave).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await expect(page).toHaveURL('/saved/');
    const list = page.getByRole('list', { name: 'Saved stories' });
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).getByRole('heading')).toHaveText(REFERENCE_TITLE);
    await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', REFERENCE_PATH);
    await expect(items.nth(0)).toContainText('World');
    await expect(items.nth(0).locator('time')).toHaveText('27 June 2025');
    await expect(items.nth(1).getByRole('heading')).toHaveText(CHOIR);
    // The thumbnail loads lazily: wait for it rather than look at once.
    await expect
      .poll(() =>
        items
          .nth(1)
          .locator('img')
          .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)),
      )
      .toBeGreaterThan(0);

    await items
      .nth(0)
      .getByRole('button', { name: `Remove ${REFERENCE_TITLE}` })
      .click();
    await expect(page.getByRole('status')).toHaveText(`Removed “${REFERENCE_TITLE}”.`);
    await expect(items).toHaveCount(1);
    await expect(items.nth(0).getByRole('link')).toBeFocused();
    await page.reload();
    await expect(items).toHaveCount(1);

    await page.getByRole('button', { name: 'Remove all saved stories' }).click();
    await expect(items).toHaveCount(0);
    await expect(page.getByText('You have not saved any stories yet.')).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('button', { name: `Save ${CHOIR}` }).first()).toHaveAttribute('aria-pressed', 'false');
  });

  test('the story index is compact: headline, URL, section, dates and thumbnail per published story', async ({ request }) => {
    const response = await request.get('/stories.json');
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.body();
    const index = JSON.parse(body.toString()) as Record<string, string[]>;
    expect(index['putin-says-russia-and-ukraine-nowhere-close-on-peace-terms']).toEqual([
      REFERENCE_TITLE,
      REFERENCE_PATH,
      'World',
      '2025-06-27T11:00:00.000Z',
      '27 June 2025',
      expect.stringMatching(/^\/_astro\/.+\.webp$/),
    ]);
    expect(Object.keys(index)).not.toContain('draft-harbour-plan');
    expect(Object.keys(index)).not.toContain('scheduled-budget-preview');
    expect(gzipSync(body).length / Object.keys(index).length).toBeLessThan(150);
  });
});

test.describe('read and new marks', () => {
  test('a story the reader opened is marked read on lists, visibly and in text', async ({ page }) => {
    await page.goto(RELATED_BRIEF_PATH);
    await page.goto('/world/1/');
    const card = page.locator('[data-story-id="russian-strike-kills-5-wounds-23-in-ukraines-dnipropetrovsk-region"]');
    await expect(card).toContainText('Read');
    await expect(card).toHaveClass(/is-read/);
    const other = page.locator('[data-story-id="putin-says-russia-and-ukraine-nowhere-close-on-peace-terms"]');
    await expect(other).not.toHaveClass(/is-read/);
    await expect(other.locator('.reader-flag')).toHaveCount(0);
  });

  test('the front page marks stories published since the previous visit as new', async ({ page }) => {
    const previousVisit = Date.parse('2026-08-01T00:00:00Z');
    await page.addInitScript((last) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('dateline-visit', JSON.stringify({ last }));
        sessionStorage.setItem('seeded', '1');
      }
    }, previousVisit);
    await page.goto('/');
    const cards = await page.locator('[data-new-since-visit] [data-story-id]').evaluateAll((els) =>
      els.map((el) => ({
        published: Date.parse(el.querySelector('time')?.dateTime ?? ''),
        isNew: [...el.querySelectorAll('.reader-flag')].some((f) => f.textContent === 'New'),
      })),
    );
    expect(cards.filter((c) => c.isNew).length).toBeGreaterThan(2);
    for (const card of cards) expect(card.isNew).toBe(card.published > previousVisit);

    // Moving around within the same visit keeps the marks; a story once opened is read, not new.
    await page.locator('[data-new-since-visit] [data-story-id="eastbridge-youth-choir-national-title"] [data-story-link]').first().click();
    // The story is marked read by its own page's script: wait until that page has loaded.
    await expect(page.locator('[data-article-id="eastbridge-youth-choir-national-title"]')).toBeVisible();
    await page.waitForLoadState('load');
    await page.goto('/');
    const choir = page.locator('[data-new-since-visit] [data-story-id="eastbridge-youth-choir-national-title"]').first();
    await expect(choir.locator('.reader-flag')).toHaveText('Read');
    await expect(page.locator('.reader-flag-new').first()).toBeVisible();
  });
});

test.describe('keyboard shortcuts', () => {
  test('j and k move between stories, s saves, ? lists the shortcuts', async ({ page }) => {
    await page.goto('/world/');
    const links = page.locator('main [data-story-link]');
    await page.keyboard.press('j');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('s');
    await expect(page.locator('main [data-story-id]').nth(1).locator('[data-save]')).toHaveAttribute('aria-pressed', 'true');
    await expect(links.nth(1)).toBeFocused();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('j');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('never steal keys while the reader types', async ({ page }) => {
    await page.goto('/world/');
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Search the news' });
    await expect(field).toBeFocused();
    await page.keyboard.type('jks?');
    await expect(field).toHaveValue('jks?');
    await expect(field).toBeFocused();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('[data-save][aria-pressed="true"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(field).toHaveValue('');
  });

  test('s on a story page saves that story', async ({ page }) => {
    await page.goto(REFERENCE_PATH);
    await page.keyboard.press('s');
    await expect(page.getByRole('main').getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });
});

test('long articles show reading progress; short ones do not', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  // A four-minute read; the bar appears from three minutes.
  await page.goto('/science/2026/01/kestrel-bay-seagrass-recovery/');
  const bar = page.locator('[data-reading-progress] > div');
  const progress = () => bar.evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--progress')));
  await expect(page.locator('[data-reading-progress]')).toBeVisible();
  expect(await progress()).toBe(0);
  await page.locator('.article-body > :nth-child(8)').scrollIntoViewIfNeeded();
  await expect.poll(progress).toBeGreaterThan(0.2);
  expect(await progress()).toBeLessThan(1);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(progress).toBe(1);
  await page.goto(RELATED_BRIEF_PATH);
  await expect(page.locator('[data-reading-progress]')).toHaveCount(0);
});

test('printing a story prints the story alone, with its addresses', async ({ page }) => {
  await page.goto(REFERENCE_PATH);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-body')).toBeVisible();
  for (const hidden of ['body > header', 'body > footer', 'nav[aria-label="Share this story"]', 'nav[aria-label="Tags"]', '[data-save]']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await expect(page.getByText(`Read online at https://dateline.example${REFERENCE_PATH}`)).toBeVisible();
  const source = page.locator('.source-attribution a');
  const printedUrl = await source.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printedUrl).toContain(await source.getAttribute('href'));
});

test('all of this is one first-party module, under 5 KB gzipped on any page, loaded without blocking rendering', async ({
  page,
  request,
}) => {
  const modules = new Set<string>();
  for (const path of ['/', REFERENCE_PATH, '/world/', '/saved/', '/offline/', '/search/']) {
    await page.goto(path);
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((els) =>
        els.map((el) => ({ src: el.getAttribute('src'), type: el.getAttribute('type'), inline: el.textContent ?? '' })),
      );
    let gzipped = 0;
    for (const script of scripts) {
      if (!script.src) {
        // The pre-paint script, and on the two shelf pages the script that draws their list.
        if (script.inline.includes('data-shelf')) expect(['/saved/', '/offline/']).toContain(path);
        gzipped += gzipSync(script.inline).length;
        continue;
      }
      expect(script.src, 'no third-party script').toMatch(/^\/_astro\//);
      expect(script.type, 'a module, which never blocks rendering').toBe('module');
      // The search page's own script (Pagefind's interface) loads only there and is not part of the budget.
      if (script.src.includes('SearchApp')) continue;
      modules.add(script.src);
      gzipped += gzipSync(await (await request.get(script.src)).body()).length;
    }
    expect(gzipped, `JavaScript on ${path}, gzipped`).toBeLessThanOrEqual(5 * 1024);
  }
  expect(modules.size).toBe(1);
});

test.describe('accessibility with the preference controls open', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`an article page has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(REFERENCE_PATH);
      await page.locator('[data-preferences] summary').click();
      await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('sepia passes too, with the shortcuts dialog open', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('dateline-theme', 'sepia'));
    await page.goto('/');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
