import { expect, test } from '@playwright/test';
import { REFERENCE_PATH, RELATED_BRIEF_PATH, referenceSource } from './support';

const source = referenceSource();

test.describe('the reference article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(REFERENCE_PATH);
  });

  test('shows its headline as the page heading and title', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
    await expect(page).toHaveTitle(`${source.title} | Dateline`);
  });

  test('shows the byline "By AFP" linking to the AFP page', async ({ page }) => {
    const byline = page.locator('article .byline');
    await expect(byline).toHaveText('By AFP');
    await byline.getByRole('link', { name: 'AFP' }).click();
    await expect(page).toHaveURL('/authors/afp/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AFP');
    await expect(page.getByRole('link', { name: source.title })).toBeVisible();
  });

  test('is dated 27 June 2025 alone, as the source gives no time, in a machine-readable time element', async ({ page }) => {
    const published = page.locator('article header time').first();
    await expect(published).toHaveAttribute('datetime', '2025-06-27');
    await expect(published).toHaveText('27 June 2025');
    await expect(page.locator('article header')).not.toContainText(/\d{1,2}:\d{2}/);
    await expect(page.locator('article header')).toContainText(/\d+ min read/);
  });

  test('shows the hero photo with its caption and credit, in modern formats', async ({ page }) => {
    const figure = page.locator('article figure').first();
    await expect(figure.locator('figcaption .caption')).toHaveText('Vladimir Putin.');
    await expect(figure.locator('figcaption .credit')).toHaveText('Sergei Karpukhin / TASS');
    const img = figure.locator('img');
    await expect(img).toHaveAttribute('alt', /Vladimir Putin/);
    await expect(img).toHaveAttribute('width', /\d+/);
    await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480w.*800w/);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  });

  test('keeps every paragraph and quote of the source, typographic quotes and all', async ({ page }) => {
    const body = page.locator('.article-body');
    const paragraphs = await body.locator('p').allTextContents();
    for (const paragraph of source.paragraphs) {
      expect(paragraphs, `paragraph missing: ${paragraph.slice(0, 60)}…`).toContain(paragraph);
    }
    await expect(body).toContainText('“absolutely contradictory,”');
    await expect(body).toContainText('13.5 trillion rubles ($172 billion)');
    await expect(body).not.toContainText('\\$');
  });

  test('turns the "Related article" line into a link to the related story on this site', async ({ page }) => {
    const related = page.locator('.article-body aside.related-story');
    await expect(related).toHaveText("Related article: Russian Strike Kills 5, Wounds 23 in Ukraine's Dnipropetrovsk Region");
    // The line keeps its place in the story: after the paragraph on Russia's demands.
    await expect(page.locator('.article-body p:has-text("conditions Kyiv has called unacceptable") + aside.related-story')).toHaveCount(1);
    await related.getByRole('link').click();
    await expect(page).toHaveURL(RELATED_BRIEF_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Russian Strike Kills 5, Wounds 23 in Ukraine's Dnipropetrovsk Region",
    );
    await expect(page.locator('.article-body')).toContainText('full text was not supplied');
    // A headline-only brief: no invented time, no reading time.
    await expect(page.locator('article header')).toContainText('Published 27 June 2025');
    await expect(page.locator('article header')).not.toContainText(/\d{1,2}:\d{2}|min read/);
  });

  test('links the original story: "Originally published by The Moscow Times"', async ({ page }) => {
    const link = page.getByRole('link', { name: 'Originally published by The Moscow Times' });
    await expect(link).toHaveAttribute('href', source.originalUrl);
  });

  test('lists tags, related stories (the explicit one first) and previous/next in section', async ({ page }) => {
    await expect(page.getByRole('navigation', { name: 'Tags' }).getByRole('link')).toHaveText(['Russia', 'Ukraine', 'Peace talks']);
    const related = page.getByRole('complementary', { name: 'Related stories' });
    await expect(related.getByRole('heading', { level: 3 }).first()).toHaveText(
      "Russian Strike Kills 5, Wounds 23 in Ukraine's Dnipropetrovsk Region",
    );
    await expect(page.getByRole('navigation', { name: 'More in World' }).getByRole('link')).toHaveCount(2);
  });

  test('offers share links that load nothing until clicked', async ({ page }) => {
    const share = page.getByRole('navigation', { name: 'Share this story' });
    await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=Putin%20Says/);
    await expect(page.locator('iframe, script[src^="http"]')).toHaveCount(0);
  });
});

test('sample content is marked once, by a notice on every page, not by a badge on every card', async ({ page }) => {
  for (const path of ['/', '/world/', REFERENCE_PATH]) {
    await page.goto(path);
    await expect(page.getByText('Demo site: most stories are invented.')).toHaveCount(1);
    await expect(page.getByText('Sample', { exact: true })).toHaveCount(0);
  }
});
