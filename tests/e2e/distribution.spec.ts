/**
 * What feed readers, crawlers, social networks and browsers enforcing the CSP get from the
 * built site, read with independent parsers (@rowanmanning/feed-parser, fast-xml-parser).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { NEWS_BASE_URL, REFERENCE_PATH, RELATED_BRIEF_PATH, crawl } from './support';

/** The canonical origin the test build is made for; requests go to the local server instead. */
const SITE = 'https://dateline.example';
const UNPUBLISHED = /draft-harbour-plan|scheduled-budget-preview/;
const RENAMED = { from: '/politics/2026/07/eastbridge-mayor-calloway-wins/', to: '/politics/2026/07/eastbridge-mayor-elected/' };
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

const local = (url: string) => url.replace(SITE, '');

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

async function sitemapUrls(request: APIRequestContext, path: string): Promise<{ loc: string; lastmod?: string; 'news:news'?: unknown }[]> {
  const body = await text(request, path);
  expect(() => SyntaxValidator.validate(body), `${path} is well-formed XML`).not.toThrow();
  return xml.parse(body).urlset.url ?? [];
}

/** The sitemaps the index lists, by URL. */
async function indexedSitemaps(request: APIRequestContext): Promise<string[]> {
  const index = await text(request, '/sitemap-index.xml');
  expect(() => SyntaxValidator.validate(index)).not.toThrow();
  return (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
}

/** Every entry of the article sitemaps (a file per year) that the index lists. */
async function articleSitemapUrls(request: APIRequestContext) {
  const files = (await indexedSitemaps(request)).filter((loc) => /\/sitemap-articles-\d{4}\.xml$/.test(loc));
  return (await Promise.all(files.map((loc) => sitemapUrls(request, local(loc))))).flat();
}

test.describe('feeds', () => {
  test('every RSS enclosure gives the real byte size of its image', async ({ request }) => {
    const enclosures = [...(await text(request, '/rss.xml')).matchAll(/<enclosure url="([^"]+)" length="(\d+)"/g)];
    expect(enclosures.length).toBeGreaterThan(0);
    for (const [, url, length] of enclosures) {
      const body = await (await request.get(local(url!))).body();
      expect(Number(length), url).toBe(body.length);
    }
  });

  for (const scope of ['/', '/world/', '/authors/afp/']) {
    for (const file of ['rss.xml', 'atom.xml']) {
      test(`${scope}${file} parses: newest first, published stories only, links that resolve`, async ({ request }) => {
        const feed = parseFeed(await text(request, `${scope}${file}`));
        expect(feed.items.length).toBeGreaterThan(0);
        const published = feed.items.map((item) => item.published!.getTime());
        expect([...published].sort((a, b) => b - a)).toEqual(published);
        for (const item of feed.items) {
          expect(item.url).toMatch(new RegExp(`^${SITE}/[a-z]+/\\d{4}/\\d{2}/[a-z0-9-]+/$`));
          expect(item.url).not.toMatch(UNPUBLISHED);
          expect(item.id).toMatch(/^tag:dateline\.example,\d{4}-\d{2}-\d{2}:[a-z0-9-]+$/);
          expect(item.updated!.getTime()).toBeGreaterThanOrEqual(item.published!.getTime());
          expect((await request.get(local(item.url!))).status(), item.url!).toBe(200);
        }
      });
    }
  }

  test('the reference story in the RSS feed: stable id, authors, categories, hero, full text with absolute links', async ({ request }) => {
    const feed = parseFeed(await text(request, '/rss.xml'));
    const item = feed.items.find((i) => i.url === `${SITE}${REFERENCE_PATH}`)!;
    expect(item.id).toBe('tag:dateline.example,2025-06-27:putin-says-russia-and-ukraine-nowhere-close-on-peace-terms');
    expect(item.title).toBe('Putin Says Russia and Ukraine Nowhere Close on Peace Terms');
    expect(item.published!.toISOString()).toBe('2025-06-27T11:00:00.000Z');
    expect(item.authors.map((a) => a.name)).toEqual(['AFP']);
    expect(item.categories.map((c) => c.label ?? c.term)).toEqual(['World', 'Russia', 'Ukraine', 'Peace talks']);
    expect(item.content).toContain('“absolutely contradictory,”');
    expect(item.content).toContain(`href="${SITE}${RELATED_BRIEF_PATH}"`);
    expect(item.content).not.toMatch(/(href|src)="\//);
    const image = item.media.find((m) => m.type === 'image' || m.mimeType === 'image/jpeg')!;
    const hero = await request.get(local(image.url));
    expect(hero.headers()['content-type']).toBe('image/jpeg');
  });

  test('a renamed story keeps the id it was first published with', async ({ request }) => {
    const feed = parseFeed(await text(request, '/atom.xml'));
    const item = feed.items.find((i) => i.url === `${SITE}${RENAMED.to}`)!;
    expect(item.id).toBe('tag:dateline.example,2026-07-03:eastbridge-mayor-calloway-wins');
    expect(item.updated!.toISOString()).toBe('2026-07-03T10:40:00.000Z');
  });

  test('the JSON Feed 1.1 lists the same stories, with the same ids, as the RSS feed', async ({ request }) => {
    const json = JSON.parse(await text(request, '/feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${SITE}/feed.json`);
    const rss = parseFeed(await text(request, '/rss.xml'));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(rss.items.map((i) => i.id));
    for (const item of json.items) {
      expect(item.authors.length, item.id).toBeGreaterThan(0);
      expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published));
      expect(item.content_html).toBeTruthy();
    }
  });

  test('pages announce the site feeds, and a section or author page its own', async ({ page, request }) => {
    await page.goto('/');
    // Feeds are the alternates with a type; the others are the page in other editions (hreflang).
    const site = page.locator('link[rel="alternate"][type]');
    await expect(site).toHaveCount(3);
    await page.goto('/world/');
    const links = await page
      .locator('link[rel="alternate"][type]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('type'), el.getAttribute('href')]));
    expect(links).toContainEqual(['application/rss+xml', '/world/rss.xml']);
    expect(links).toContainEqual(['application/atom+xml', '/world/atom.xml']);
    expect(links).toContainEqual(['application/feed+json', '/world/feed.json']);
    for (const [type, href] of links) {
      const response = await request.get(href!);
      expect(response.headers()['content-type'], href!).toContain(type === 'application/feed+json' ? 'json' : 'xml');
    }
    await page.goto('/authors/afp/');
    await expect(page.locator('link[rel="alternate"][href="/authors/afp/rss.xml"]')).toHaveCount(1);
  });
});

test.describe('sitemaps and robots.txt', () => {
  test('the sitemap index lists well-formed sitemaps of published pages only, all with trailing slashes', async ({ request }) => {
    const sitemaps = await indexedSitemaps(request);
    // The sample's stories span two years: an article sitemap for each.
    expect(sitemaps).toEqual(
      expect.arrayContaining([
        `${SITE}/sitemap-articles-2026.xml`,
        `${SITE}/sitemap-articles-2025.xml`,
        `${SITE}/sitemap-news.xml`,
        `${SITE}/sitemap-0.xml`,
      ]),
    );
    // The news sitemap repeats recent stories of the article sitemap, as Google News asks: no page is
    // listed twice among the others.
    const all = (
      await Promise.all(sitemaps.filter((s) => !s.endsWith('/sitemap-news.xml')).map((s) => sitemapUrls(request, local(s))))
    ).flat();
    const locs = all.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) {
      expect(loc).toMatch(new RegExp(`^${SITE}/.*/$|^${SITE}/$`));
      expect(loc).not.toMatch(UNPUBLISHED);
      expect(loc).not.toContain(RENAMED.from);
      expect((await request.get(local(loc))).status(), loc).toBe(200);
    }
  });

  test('the article sitemaps have every published story with lastmod from updatedAt or publishedAt, each in its year’s file', async ({
    request,
  }) => {
    const articles = await articleSitemapUrls(request);
    const ofYear = await sitemapUrls(request, '/sitemap-articles-2025.xml');
    expect(ofYear.length).toBeGreaterThan(0);
    for (const { loc } of ofYear) expect(loc).toMatch(/\/2025\/\d\d\/[^/]+\/$/);
    // Every edition's stories: those of the English feed and of the Russian one.
    const feeds = await Promise.all(['/feed.json', '/ru/feed.json'].map(async (feed) => JSON.parse(await text(request, feed))));
    // Feeds leave out the headline-only brief, which has no text to read; the sitemap lists its page.
    expect(articles.map((u) => u.loc).sort()).toEqual(
      [...feeds.flatMap((feed) => feed.items.map((i: { url: string }) => i.url)), `${SITE}${RELATED_BRIEF_PATH}`].sort(),
    );
    expect(articles.find((u) => u.loc === `${SITE}${RENAMED.to}`)!.lastmod).toBe('2026-07-03T10:40:00.000Z');
    expect(articles.find((u) => u.loc === `${SITE}${REFERENCE_PATH}`)!.lastmod).toBe('2025-06-27T11:00:00.000Z');
  });

  test('the Google News sitemap lists the stories of the last two days and live stories, with publication, date and title', async ({
    request,
  }) => {
    const body = await text(request, '/sitemap-news.xml');
    const news = await sitemapUrls(request, '/sitemap-news.xml');
    const articles = new Set((await articleSitemapUrls(request)).map((u) => u.loc));
    const feed = JSON.parse(await text(request, '/feed.json'));
    const twoDaysAgo = Date.now() - 2 * 24 * 60 * 60 * 1000;
    const recent = feed.items
      .filter((i: { date_published: string }) => Date.parse(i.date_published) > twoDaysAgo)
      .map((i: { url: string }) => i.url);
    // A live story stays listed while it is live, however old (the sample's one: live.spec.ts).
    const listed = [...new Set([...recent, `${SITE}/world/2026/11/kessel-islands-storm-live/`])];
    // A urlset with no <url> is invalid to the sitemaps.org schema (unit-tested: with nothing recent, the newest story).
    expect(news.map((u) => u.loc).sort()).toEqual(listed.sort());
    for (const entry of news) {
      expect(articles.has(entry.loc)).toBe(true);
      expect(entry['news:news']).toMatchObject({ 'news:publication': { 'news:name': 'Dateline', 'news:language': 'en' } });
    }
    expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });

  test('robots.txt names the sitemap index and the news sitemap', async ({ request }) => {
    const robots = await text(request, '/robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-news.xml`);
    expect(robots).toContain('Disallow: /search/');
  });

  test('under BASE_PATH=/news/ every sitemap URL and robots.txt line is under /news/', async ({ request }) => {
    const robots = await text(request, `${NEWS_BASE_URL}/news/robots.txt`);
    expect(robots).toContain(`Sitemap: ${SITE}/news/sitemap-index.xml`);
    expect(robots).toContain('Disallow: /news/search/');
    const index = xml.parse(await text(request, `${NEWS_BASE_URL}/news/sitemap-index.xml`)).sitemapindex.sitemap as { loc: string }[];
    for (const { loc } of index) {
      expect(loc).toMatch(new RegExp(`^${SITE}/news/`));
      for (const url of await sitemapUrls(request, `${NEWS_BASE_URL}${local(loc)}`)) expect(url.loc).toMatch(new RegExp(`^${SITE}/news/`));
    }
    const feed = parseFeed(await text(request, `${NEWS_BASE_URL}/news/rss.xml`));
    expect(feed.items[0]!.url).toMatch(new RegExp(`^${SITE}/news/`));
  });
});

test.describe('head metadata', () => {
  test('the reference article: canonical, Open Graph, Twitter card and a 1200×630 social card', async ({ page, request }) => {
    await page.goto(REFERENCE_PATH);
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${REFERENCE_PATH}`);
    await expect(meta('og:type')).toHaveAttribute('content', 'article');
    await expect(meta('article:published_time')).toHaveAttribute('content', '2025-06-27T11:00:00.000Z');
    await expect(meta('article:modified_time')).toHaveAttribute('content', '2025-06-27T11:00:00.000Z');
    await expect(meta('article:section')).toHaveAttribute('content', 'World');
    expect(await meta('article:tag').evaluateAll((els) => els.map((el) => el.getAttribute('content')))).toEqual([
      'Russia',
      'Ukraine',
      'Peace talks',
    ]);
    await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    // A story with a photo is shared with the photo itself: no card is drawn for it.
    const image = await meta('og:image').getAttribute('content');
    expect(image).toMatch(new RegExp(`^${SITE}/_astro/putin-placeholder\\.[^/]+\\.jpe?g$`));
    const photo = await sharp(await (await request.get(local(image!))).body()).metadata();
    expect([photo.format, photo.width]).toEqual(['jpeg', 1200]);
    await expect(meta('og:image:height')).toHaveAttribute('content', String(photo.height));
    expect((await request.get(local(`${SITE}${REFERENCE_PATH}card.jpg`))).status()).toBe(404);
  });

  test('a story without a photo is shared with a drawn 1200×630 card', async ({ page, request }) => {
    await page.goto(RELATED_BRIEF_PATH);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`${SITE}${RELATED_BRIEF_PATH}card.jpg`);
    const card = await sharp(await (await request.get(local(image!))).body()).metadata();
    expect([card.format, card.width, card.height]).toEqual(['jpeg', 1200, 630]);
  });

  test('the reference article: JSON-LD NewsArticle naming the original, and breadcrumbs', async ({ page }) => {
    await page.goto(REFERENCE_PATH);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    const article = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'Putin Says Russia and Ukraine Nowhere Close on Peace Terms',
      datePublished: '2025-06-27T11:00:00.000Z',
      dateModified: '2025-06-27T11:00:00.000Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}${REFERENCE_PATH}` },
      author: [{ '@type': 'Organization', name: 'AFP', url: `${SITE}/authors/afp/` }],
      publisher: { name: 'Dateline', logo: { url: `${SITE}/logo.png`, width: 512, height: 512 } },
      isBasedOn: 'https://www.themoscowtimes.com/2025/06/27/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms-a89606',
      sourceOrganization: { name: 'The Moscow Times' },
    });
    expect(article.description).toBeTruthy();
    expect(article.image[0]).toMatchObject({ url: expect.stringMatching(/\/_astro\/putin-placeholder\..+\.jpe?g$/), width: 1200 });
    // Google's article rules: 16×9, 4×3 and 1×1 images, each a real file of the size it states.
    const photos = article.image.slice(1) as { url: string; width: number; height: number }[];
    expect(photos.map((i) => Math.round((i.width / i.height) * 100) / 100)).toEqual([1.78, 1.33, 1]);
    for (const photo of photos) {
      const response = await page.request.get(local(photo.url));
      expect(response.status(), photo.url).toBe(200);
      const { width, height } = await sharp(await response.body()).metadata();
      expect({ width, height }, photo.url).toEqual({ width: photo.width, height: photo.height });
    }
    const breadcrumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual([
      'Dateline',
      'World',
      'Putin Says Russia and Ukraine Nowhere Close on Peace Terms',
    ]);
  });

  test('a headline-only brief: NewsArticle with no empty author list', async ({ page }) => {
    await page.goto(RELATED_BRIEF_PATH);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    const article = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(article.headline).toBeTruthy();
    expect(article).not.toHaveProperty('author');
  });

  test('the front page: WebSite with a SearchAction that opens a working search', async ({ page }) => {
    await page.goto('/');
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    const site = blocks.find((b) => b['@type'] === 'WebSite');
    const template: string = site.potentialAction.target.urlTemplate;
    expect(template).toBe(`${SITE}/search/?q={search_term_string}`);
    await page.goto(local(template.replace('{search_term_string}', 'Putin')));
    await expect(page.getByRole('link', { name: 'Putin Says Russia and Ukraine Nowhere Close on Peace Terms' })).toBeVisible();
  });

  test('every page has exactly one canonical URL, its own, and a title and description no other page has', async ({ request, baseURL }) => {
    const { pages } = await crawl(request, baseURL!, '/');
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const path of pages) {
      const html = await text(request, path);
      const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);
      expect(canonicals, path).toEqual([`${SITE}${path}`]);
      // The same page in another edition may share a title: an agency keeps its name ("AFP") in every language.
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!.slice(SITE.length));
      const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
      const sameTitle = titles.get(title);
      if (sameTitle === undefined || !alternates.includes(sameTitle))
        expect(sameTitle, `"${title}" on ${path} and ${sameTitle}`).toBeUndefined();
      titles.set(title, path);
      const description = /<meta name="description" content="([^"]*)"/.exec(html)![1]!;
      expect(descriptions.get(description), `description of ${path} and ${descriptions.get(description)}`).toBeUndefined();
      descriptions.set(description, path);
      expect(html, path).toMatch(/<meta property="og:image" content="https:\/\/dateline\.example\//);
    }
  });
});

/** Collects CSP violations the page reports, from the moment it starts loading. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test.describe('Content-Security-Policy', () => {
  test('front, article and search pages (with a search run) load with no violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/');
    // Reading preferences restyle the page from script: that must not trip the policy either.
    await page.locator('[data-preferences] summary').click();
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Sepia', exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    await page.goto(REFERENCE_PATH);
    await page.goto('/search/?q=ukraine');
    await expect(page.getByRole('status')).toContainText(/\d+ stor(y|ies) found/);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('the policy is enforced: scripts only from this site or by the hash of every inline script, no unsafe-inline', async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(REFERENCE_PATH);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy!)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain("'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    const inline = await page
      .locator('script:not([src]):not([type="application/ld+json"])')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline)
      expect(scriptSrc, code.slice(0, 40)).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "yes"';
      document.body.append(script);
    });
    await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(response!.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'content-security-policy': "frame-ancestors 'none'",
    });
  });
});

test('HTML, feeds and JSON are sent compressed when the browser accepts it, as a static host sends them', async ({ request }) => {
  for (const file of ['/', '/rss.xml', '/stories.json']) {
    const response = await request.get(file, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], file).toBe('gzip');
  }
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toContain('<html');
});

test.describe('redirects for renamed articles', () => {
  test('the old URL of a renamed story leads to the story', async ({ page, request }) => {
    const stub = await text(request, RENAMED.from);
    expect(stub).toContain(`<link rel="canonical" href="${SITE}${RENAMED.to}">`);
    expect(stub).toContain('<meta name="robots" content="noindex">');
    await page.goto(RENAMED.from);
    await expect(page).toHaveURL(RENAMED.to);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ines Calloway elected mayor of Eastbridge');
    expect(await text(request, '/_redirects')).toContain(`${RENAMED.from} ${RENAMED.to} 301`);
  });

  test('under BASE_PATH=/news/ too', async ({ page }) => {
    await page.goto(`${NEWS_BASE_URL}/news${RENAMED.from}`);
    await expect(page).toHaveURL(`${NEWS_BASE_URL}/news${RENAMED.to}`);
  });
});
