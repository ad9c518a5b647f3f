/**
 * Editions: the Russian edition under /ru/ beside the English one at the root. Read from the
 * built site (every page of it, not a sample) and in the browser, with independent parsers.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { siteConfig } from '../../src/site.config';
import { NEWS_BASE_URL } from './support';

const SITE_DIR = 'tests/.output/site';
const ORIGIN = 'https://dateline.example';
/** The sample story told in both editions (content/articles/2026/ines-kellouey-izbrana-merom-istbridzha.mdx). */
const PAIR = {
  en: '/politics/2026/07/eastbridge-mayor-elected/',
  ru: '/ru/politics/2026/07/ines-kellouey-izbrana-merom-istbridzha/',
};
/** A Russian story with no English version. */
const RU_ONLY = '/ru/world/2026/09/mezhdu-kesselskimi-ostrovami-zapustili-elektroparom/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const pages = walk(SITE_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ file, url: `/${path.relative(SITE_DIR, file).replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));
const russianPages = pages.filter((p) => p.url.startsWith('/ru/'));

/** What a reader sees or hears of a page: its text (no scripts) and the labels, placeholders and titles. */
function readerText(html: string): string {
  const body = html.slice(html.indexOf('<body')).replace(/<script[\s\S]*?<\/script>/g, '');
  const labels = [...body.matchAll(/\s(?:aria-label|placeholder|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return `${body.replace(/<[^>]+>/g, ' ')} ${labels.join(' ')} ${/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''}`;
}

/** The words of a strings file's texts. */
const wordsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(['`])((?:(?!\1).)*)\1/g)].flatMap(
    (m) => m[2]!.replace(/\$\{[^}]*\}|\{[a-z]+\}/g, ' ').match(/[A-Za-z]{2,}/g) ?? [],
  );
/**
 * Every word of the English interface (src/strings/en.ts), except the names the Russian one keeps
 * (Dateline, HTML, JavaScript) and the editions' names: the edition link names each edition in
 * its own language ("English" on a Russian page), as a language switch should.
 */
const editionNames = siteConfig.editions.flatMap((e) => e.name.match(/[A-Za-z]{2,}/g) ?? []);
const russianKeeps = new Set([...wordsOf('src/strings/ru.ts'), ...editionNames]);
const englishWords = new Set(wordsOf('src/strings/en.ts').filter((word) => !russianKeeps.has(word)));

test.describe('the Russian edition', () => {
  test('has every page type, in Russian: <html lang="ru-RU"> and not one word of the English interface', () => {
    const types = ['/ru/', '/ru/world/', '/ru/sections/', '/ru/authors/', '/ru/tags/', '/ru/archive/', '/ru/archive/2026/', '/ru/search/'];
    types.push('/ru/about/', '/ru/saved/', '/ru/offline/', RU_ONLY, PAIR.ru, '/ru/archive/2026/09/', '/ru/authors/maya-okafor/');
    for (const type of types)
      expect(
        russianPages.map((p) => p.url),
        type,
      ).toContain(type);
    expect(russianPages.some((p) => /^\/ru\/tags\/[^/]+\/$/.test(p.url))).toBe(true);
    const leaks: string[] = [];
    for (const page of russianPages) {
      expect(/<html lang="([^"]+)"/.exec(page.html)?.[1], page.url).toBe('ru-RU');
      const words = readerText(page.html).match(/[A-Za-z]{2,}/g) ?? [];
      for (const word of new Set(words)) if (englishWords.has(word)) leaks.push(`${page.url}: ${word}`);
    }
    expect(leaks).toEqual([]);
  });

  test('lists the authors who write in it, and has no empty author pages', async ({ page }) => {
    // AFP writes in English only (content/articles/2025/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms.mdx).
    expect(pages.map((p) => p.url)).toContain('/authors/afp/');
    expect(russianPages.map((p) => p.url)).not.toContain('/ru/authors/afp/');
    await page.goto('/ru/authors/');
    await expect(page.getByRole('heading', { level: 2, name: 'Майя Окафор' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'AFP' })).toHaveCount(0);
    const counts = await page.getByText(/\d+ материал/).allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).not.toMatch(/(^|\D)0 материал/);
  });

  test('dates, times and counts are Russian: month names, the zone as МСК, plural forms', async ({ page }) => {
    await page.goto(PAIR.ru);
    await expect(page.locator('article header time').first()).toHaveText('3 июля 2026 г. в 03:20 МСК');
    await expect(page.locator('article header')).toContainText(/\d+ минут[аы]? чтения/);
    await page.goto('/ru/sections/');
    await expect(page.getByText(/\(\d+ материал(а|ов)?\)/).first()).toBeVisible();
  });

  test('the language switch opens the translation of a story, and the other edition’s front page where there is none', async ({ page }) => {
    await page.goto(PAIR.en);
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(PAIR.ru);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(PAIR.en);
    await page.goto(RU_ONLY);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/');
  });

  test('on a phone the switch shows the language code and the header stays one row', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ru/');
    const toEnglish = page.locator('[data-edition-switch]');
    await expect(toEnglish).toHaveAccessibleName('EN');
    await expect(toEnglish).toHaveAttribute('href', '/');
    const header = await page.locator('header').first().boundingBox();
    expect(header!.height).toBeLessThanOrEqual(112);
  });

  test('hreflang alternates are reciprocal across the whole site, each set with itself and an x-default', () => {
    const byUrl = new Map(pages.map((p) => [`${ORIGIN}${p.url}`, p]));
    const alternatesOf = (html: string) =>
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`).sort();
    let pagesWithAlternates = 0;
    for (const page of pages) {
      const alternates = alternatesOf(page.html);
      if (alternates.length === 0) continue;
      pagesWithAlternates += 1;
      const own = `${ORIGIN}${page.url}`;
      expect(
        alternates.map((a) => a.split(' ')[1]),
        page.url,
      ).toContain(own);
      expect(
        alternates.some((a) => a.startsWith('x-default ')),
        page.url,
      ).toBe(true);
      for (const alternate of alternates) {
        const href = alternate.split(' ')[1]!;
        const other = byUrl.get(href);
        expect(other, `${page.url} names ${href}`).toBeDefined();
        expect(alternatesOf(other!.html), `${href} names ${page.url} back`).toEqual(alternates);
      }
    }
    // The front page, every list every edition has, and the translated stories.
    expect(pagesWithAlternates).toBeGreaterThanOrEqual(20);
    const linksOf = (url: string) => alternatesOf(readFileSync(path.join(SITE_DIR, url, 'index.html'), 'utf8'));
    // Archive periods: a year or month both editions have, and not one only English stories fill.
    expect(linksOf('/archive/2026/07/')).toEqual([
      `en-GB ${ORIGIN}/archive/2026/07/`,
      `ru-RU ${ORIGIN}/ru/archive/2026/07/`,
      `x-default ${ORIGIN}/archive/2026/07/`,
    ]);
    expect(linksOf('/archive/2025/')).toEqual([]);
    // Authors: a page in each edition they write in, named by the other; none in an edition they do not write in.
    expect(linksOf('/authors/maya-okafor/')).toEqual([
      `en-GB ${ORIGIN}/authors/maya-okafor/`,
      `ru-RU ${ORIGIN}/ru/authors/maya-okafor/`,
      `x-default ${ORIGIN}/authors/maya-okafor/`,
    ]);
    expect(linksOf('/authors/afp/')).toEqual([]);
    expect(readFileSync(path.join(SITE_DIR, PAIR.ru, 'index.html'), 'utf8')).toContain(
      '<meta property="og:locale:alternate" content="en_GB">',
    );
    expect(alternatesOf(readFileSync(path.join(SITE_DIR, PAIR.en, 'index.html'), 'utf8'))).toEqual([
      `en-GB ${ORIGIN}${PAIR.en}`,
      `ru-RU ${ORIGIN}${PAIR.ru}`,
      `x-default ${ORIGIN}${PAIR.en}`,
    ]);
  });

  test('a Russian query finds Russian stories only, with Russian stemming; English search never returns them', async ({ page }) => {
    await page.goto(`/ru/search/?q=${encodeURIComponent('кометы')}`);
    await expect(page.getByRole('status')).toHaveText(/^Найден 1 материал по запросу «кометы»\.$/);
    const links = await page
      .getByRole('list', { name: 'Результаты поиска' })
      .getByRole('link')
      .evaluateAll((a) => a.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(['/ru/science/2026/08/astronomy-lyubiteli-iz-observatorii-kharlou-otkryli-kometu/']);
    // Both editions have a story on the mayor: each search finds its own edition's only.
    await page.goto(`/ru/search/?q=${encodeURIComponent('Истбридж')}`);
    await expect(page.getByRole('status')).toHaveText(/^Найдено \d+ материала? по запросу/);
    for (const href of await page
      .getByRole('list', { name: 'Результаты поиска' })
      .getByRole('link')
      .evaluateAll((a) => a.map((link) => (link as HTMLAnchorElement).pathname)))
      expect(href).toMatch(/^\/ru\//);
    await page.goto('/search/?q=eastbridge');
    await expect(page.getByRole('status')).toHaveText(/found/);
    for (const href of await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .evaluateAll((a) => a.map((link) => (link as HTMLAnchorElement).pathname)))
      expect(href).not.toMatch(/^\/ru\//);
    await page.goto(`/search/?q=${encodeURIComponent('кометы')}`);
    await expect(page.getByRole('status')).toHaveText(/^No stories found/);
  });

  test('each edition has its own feeds, in its language, with its stories only', async ({ request }) => {
    for (const [scope, language, own] of [
      ['/ru/', 'ru-RU', /^https:\/\/dateline\.example\/ru\//],
      ['/', 'en-GB', /^https:\/\/dateline\.example\/(?!ru\/)/],
    ] as const) {
      for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
        const response = await request.get(`${scope}${file}`);
        expect(response.status(), `${scope}${file}`).toBe(200);
        const body = await response.text();
        if (file !== 'feed.json') expect(() => SyntaxValidator.validate(body), `${scope}${file}`).not.toThrow();
        const feed = file === 'feed.json' ? JSON.parse(body) : parseFeed(body);
        const items = (feed.items as { url: string }[]).map((item) => item.url);
        expect(items.length, `${scope}${file}`).toBeGreaterThan(0);
        for (const url of items) expect(url, `${scope}${file}`).toMatch(own);
        if (file === 'rss.xml') expect(body).toContain(`<language>${language}</language>`);
        if (file === 'feed.json') expect(feed.language).toBe(language);
      }
    }
  });

  test('sitemaps: the translated story lists both versions, the news sitemap names each story’s language', async ({ request }) => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) });
    const index = await (await request.get('/sitemap-index.xml')).text();
    const files = [...index.matchAll(/<loc>[^<]*(\/sitemap-articles-[^<]+)<\/loc>/g)].map(([, file]) => file!);
    expect(files.length).toBeGreaterThan(0);
    const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] = [];
    for (const file of files) {
      const articles = await (await request.get(file)).text();
      expect(() => SyntaxValidator.validate(articles)).not.toThrow();
      urls.push(...xml.parse(articles).urlset.url);
    }
    for (const version of [PAIR.en, PAIR.ru]) {
      const entry = urls.find((u) => u.loc === `${ORIGIN}${version}`);
      expect(entry?.['xhtml:link']?.map((l) => `${l['@_hreflang']} ${l['@_href']}`).sort()).toEqual([
        `en-GB ${ORIGIN}${PAIR.en}`,
        `ru-RU ${ORIGIN}${PAIR.ru}`,
      ]);
    }
    expect(urls.some((u) => u.loc === `${ORIGIN}${RU_ONLY}`)).toBe(true);
    const general = await (await request.get('/sitemap-0.xml')).text();
    expect(general).toContain(`${ORIGIN}/ru/sections/`);
    // A list page every edition has names each version as an alternate.
    const sections = (xml.parse(general).urlset.url as typeof urls).find((u) => u.loc === `${ORIGIN}/ru/sections/`);
    expect(sections?.['xhtml:link']?.map((l) => `${l['@_hreflang']} ${l['@_href']}`).sort()).toEqual([
      `en-GB ${ORIGIN}/sections/`,
      `ru-RU ${ORIGIN}/ru/sections/`,
    ]);
    expect(general).not.toContain(`${ORIGIN}/ru/search/`);
    expect(general).not.toContain(`${ORIGIN}/ru/saved/`);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Disallow: /ru/search/');
  });

  test('saved stories and read marks work across editions', async ({ page }) => {
    await page.goto(PAIR.en);
    await page.locator('article header').getByRole('button', { name: 'Save' }).click();
    await page.goto(RU_ONLY);
    await page.locator('article header').getByRole('button', { name: 'Сохранить' }).click();
    await page.goto('/ru/saved/');
    const list = page.getByRole('list', { name: 'Сохранённые материалы' });
    await expect(list.getByRole('link')).toHaveCount(2);
    await expect(list.getByRole('link', { name: /Kessel|Кессельск/ })).toBeVisible();
    await page.goto('/ru/world/');
    await expect(page.locator(`[data-story-id="mezhdu-kesselskimi-ostrovami-zapustili-elektroparom"] .reader-flag`)).toHaveText(
      'Прочитано',
    );
  });

  test('NewsArticle and WebSite name the edition’s language', async ({ page }) => {
    await page.goto(PAIR.ru);
    const article = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect([article['@type'], article.inLanguage]).toEqual(['NewsArticle', 'ru-RU']);
    await page.goto('/ru/');
    const site = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect([site['@type'], site.inLanguage, site.url]).toEqual(['WebSite', 'ru-RU', `${ORIGIN}/ru/`]);
  });

  test('under BASE_PATH=/news/ the edition lives at /news/ru/, its links and search included', async ({ page }) => {
    await page.goto(`${NEWS_BASE_URL}/news/ru/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
    await expect(page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мир' })).toHaveAttribute(
      'href',
      '/news/ru/world/',
    );
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/news/');
    await page.goto(`${NEWS_BASE_URL}/news/ru/search/?q=${encodeURIComponent('кометы')}`);
    await expect(page.getByRole('status')).toHaveText(/^Найден 1 материал/);
    await expect(page.getByRole('list', { name: 'Результаты поиска' }).getByRole('link')).toHaveAttribute('href', /^\/news\/ru\/science\//);
  });

  test('a Russian story without a photo is shared with a drawn card of its own (the Cyrillic drawing: tests/unit/social-card.test.ts)', async ({
    page,
    request,
  }) => {
    await page.goto(RU_ONLY);
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(card).toBe(`${ORIGIN}${RU_ONLY}card.jpg`);
    expect((await request.get(`${RU_ONLY}card.jpg`)).headers()['content-type']).toBe('image/jpeg');
  });
});
