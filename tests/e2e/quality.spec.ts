/**
 * Quality gates on the production build: valid HTML, no accessibility violations, every
 * internal reference resolves, and the article page stays light (that two builds of one tree are
 * byte-identical, tests/build/incremental.test.ts proves at each of its steps).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { javaCommand } from '../../scripts/java.mjs';
import { audit } from '../../scripts/lighthouse.mjs';
import { REFERENCE_PATH } from './support';

// A trace records every DOM read axe makes and tripled its time; each test here says what failed.
test.use({ trace: 'off' });

const SITE = 'tests/.output/site';
const SITE_NEWS = 'tests/.output/site-news';

/** One page of each type a reader meets. */
const PAGE_TYPES = {
  front: '/',
  article: REFERENCE_PATH,
  section: '/world/',
  'older section': '/world/1/',
  author: '/authors/afp/',
  authors: '/authors/',
  tag: '/tags/russia/',
  tags: '/tags/',
  archive: '/archive/',
  'archive year': '/archive/2025/',
  'archive month': '/archive/2025/06/',
  search: '/search/',
  '404': '/404.html',
  about: '/about/',
  sections: '/sections/',
} as const;

function fileFor(site: string, urlPath: string): string {
  return path.join(site, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

test('every page of the built site is valid HTML to the Nu Html Checker', async () => {
  test.setTimeout(180_000);
  const java = javaCommand();
  if (!java) throw new Error('The HTML check needs Java 11 or newer on PATH (Debian: apt-get install default-jre-headless).');
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  const files = walk(SITE).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(60);
  let output = '';
  try {
    execFileSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  if (output && !output.trimStart().startsWith('{')) throw new Error(`The Nu Html Checker did not run: ${output.trim().split('\n')[0]}`);
  const messages = output ? (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string }[] }).messages : [];
  expect(messages.map((m) => `${m.url.replace(/^.*tests\/.output\/site/, '')}:${m.lastLine}: ${m.message}`)).toEqual([]);
});

test('no sitemap lists a page that asks search engines not to index it, and the 404 page names no address of its own', () => {
  const listed = new Set(
    readdirSync(SITE)
      .filter((file) => /^sitemap-.*\.xml$/.test(file) && file !== 'sitemap-index.xml')
      .flatMap((file) =>
        [...readFileSync(path.join(SITE, file), 'utf8').matchAll(/<loc>https:\/\/dateline\.example([^<]*)<\/loc>/g)].map(([, p]) => p!),
      ),
  );
  const noindex = walk(SITE)
    .filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('<meta name="robots" content="noindex"'))
    .map((f) => `/${path.relative(SITE, f).replace(/index\.html$/, '')}`);
  expect(noindex).toEqual(expect.arrayContaining(['/offline/', '/saved/', '/404.html']));
  expect(noindex.filter((p) => listed.has(p))).toEqual([]);
  const notFound = readFileSync(path.join(SITE, '404.html'), 'utf8');
  expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
});

test('every form on every page can be submitted (HTML_CodeSniffer asks each form for a submit button)', () => {
  const unsubmittable = walk(SITE)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) => ({ f, form })))
    .filter(({ form }) => !/<button(?![^>]*type="(?:button|reset)")[^>]*>|<input[^>]*type="submit"/.test(form))
    .map(({ f }) => path.relative(SITE, f));
  expect(unsubmittable).toEqual([]);
});

/** The Russian edition's page types: the same templates as the English ones, with Russian words. */
const RUSSIAN_PAGE_TYPES = {
  'Russian front': '/ru/',
  'Russian article': '/ru/politics/2026/07/ines-kellouey-izbrana-merom-istbridzha/',
  'Russian section': '/ru/world/',
  'Russian author': '/ru/authors/maya-okafor/',
  'Russian authors': '/ru/authors/',
  'Russian tags': '/ru/tags/',
  'Russian archive': '/ru/archive/',
  'Russian archive year': '/ru/archive/2026/',
  'Russian archive month': '/ru/archive/2026/09/',
  'Russian search': '/ru/search/',
  'Russian about': '/ru/about/',
  'Russian sections': '/ru/sections/',
} as const;

/**
 * Which views axe checks. Layout differs by width and contrast by theme: the front, article
 * and search pages, where most components meet, in every combination; every other English
 * page type light at one width and dark at the other; each Russian one (the same templates,
 * other words) once, themes and widths taken in turn. A page type's views are checked in one
 * visit, switching theme and width in place: loading the page and axe again for each view
 * cost about 3 s of the suite's time per view.
 */
type View = { colorScheme: 'light' | 'dark'; width: number };
const FULLY_CHECKED = new Set(['front', 'article', 'search']);
const EVERY_VIEW: View[] = (['light', 'dark'] as const).flatMap((colorScheme) => [375, 1280].map((width) => ({ colorScheme, width })));
const TWO_VIEWS: View[] = [
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 1280 },
];
const checks = [
  ...Object.entries(PAGE_TYPES).map(([type, urlPath]) => ({ type, urlPath, views: FULLY_CHECKED.has(type) ? EVERY_VIEW : TWO_VIEWS })),
  ...Object.entries(RUSSIAN_PAGE_TYPES).map(([type, urlPath], i) => ({
    type,
    urlPath,
    views: [{ colorScheme: i % 2 === 0 ? 'light' : 'dark', width: i % 4 < 2 ? 375 : 1280 } as View],
  })),
];

/** Search pages are checked with results and filters open, in their edition's words. */
const SEARCHES: Record<string, { q: string; results: RegExp; filters: string; group: string } | undefined> = {
  search: { q: 'eastbridge', results: /found/, filters: 'Filter by section, author, tag or year', group: 'Filter results' },
  'Russian search': { q: 'Истбридж', results: /Найден/, filters: 'Фильтр по разделу, автору, теме или году', group: 'Фильтры' },
};

for (const { type, urlPath, views } of checks) {
  const names = views.map((v) => `${v.colorScheme} ${v.width} px`).join(', ');
  test(`axe finds no WCAG 2.2 A/AA violation on the ${type} page (${names})`, async ({ browser }) => {
    test.setTimeout(30_000 * views.length);
    const query = SEARCHES[type];
    const target = query ? `${urlPath}?q=${encodeURIComponent(query.q)}` : urlPath === '/404.html' ? '/no-such-page/' : urlPath;
    const [first] = views;
    const context = await browser.newContext({ colorScheme: first!.colorScheme, viewport: { width: first!.width, height: 900 } });
    const page = await context.newPage();
    await page.goto(target);
    if (query) {
      await expect(page.getByRole('status')).toHaveText(query.results);
      // The filters too, which open on request.
      await page.getByRole('button', { name: query.filters }).click();
      await expect(page.getByRole('group', { name: query.group }).getByRole('checkbox').first()).toBeVisible();
    }
    const violations: string[] = [];
    for (const { colorScheme, width } of views) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      violations.push(
        ...results.violations.flatMap((v) =>
          v.nodes.map((n) => `${colorScheme} ${width} px: ${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        ),
      );
    }
    await context.close();
    expect(violations).toEqual([]);
  });
}

/** Internal references of a built HTML file, as paths inside the site (base path removed). */
function references(html: string, base: string): string[] {
  const refs: string[] = [];
  for (const [, name, value] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    const candidates = name === 'srcset' ? value!.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value!];
    for (const candidate of candidates) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(candidate)) continue;
      expect(candidate.startsWith(base), `${candidate} is outside ${base}`).toBe(true);
      refs.push(
        decodeURIComponent(
          candidate
            .slice(base.length - 1)
            .replace(/[?#].*$/, '')
            .replace(/&amp;/g, '&'),
        ),
      );
    }
  }
  return refs;
}

for (const [site, base] of [
  [SITE, '/'],
  [SITE_NEWS, '/news/'],
] as const) {
  test(`every internal href, src and srcset in ${site} resolves to a file${base === '/' ? '' : ` under ${base}`}`, () => {
    const broken: string[] = [];
    const pages = walk(site).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(60);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, `${file} links a draft or a scheduled story`).not.toMatch(/draft-harbour-plan|scheduled-budget-preview/);
      for (const ref of references(html, base)) {
        if (!existsSync(fileFor(site, ref))) broken.push(`${path.relative(site, file)} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
}

// JavaScript: the reader module and the pre-paint script. 3 KB (issue 6) plus the breaking-news
// banner's few lines (about 180 bytes, issue 16), which every page needs to show it.
test('the article page transfers at most 30 KB gzipped (HTML, CSS, JS), with at most 3.25 KB of JavaScript', async ({ page }) => {
  const pending: Promise<{ type: string; gz: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (['document', 'stylesheet', 'script'].includes(type)) {
      pending.push(response.body().then((body) => ({ type, gz: gzipSync(body, { level: 9 }).length })));
    }
  });
  await page.goto(REFERENCE_PATH, { waitUntil: 'networkidle' });
  const bodies = await Promise.all(pending);
  const inlineScripts = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  const inlineJs = gzipSync(inlineScripts.join('\n'), { level: 9 }).length;
  const total = bodies.reduce((sum, b) => sum + b.gz, 0);
  const js = bodies.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.gz, 0) + inlineJs;
  console.log(`article page: ${total} B gzipped in ${bodies.length} files, of which JavaScript ${js} B`);
  expect(total).toBeLessThanOrEqual(30 * 1024);
  expect(js).toBeLessThanOrEqual(3.25 * 1024);
});

test('no request leaves the site’s origin, on the front, article and search pages', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  for (const target of ['/', REFERENCE_PATH, '/search/?q=putin']) {
    await page.goto(target, { waitUntil: 'networkidle' });
  }
  await expect(page.getByRole('status')).toHaveText(/found/);
  expect(foreign).toEqual([]);
});

test('images carry width and height, and those below the fold load lazily', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const target of ['/', REFERENCE_PATH, '/world/']) {
    await page.goto(target);
    const images = await page.locator('img').evaluateAll((imgs) =>
      imgs.map((img) => ({
        src: img.getAttribute('src'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        top: img.getBoundingClientRect().top + window.scrollY,
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.width, `${target} ${image.src} width`).toMatch(/^\d+$/);
      expect(image.height, `${target} ${image.src} height`).toMatch(/^\d+$/);
      if (image.top > 1800) expect(image.loading, `${target} ${image.src} is below the fold`).toBe('lazy');
    }
  }
});

test('fonts: Source Serif 4 from the site itself, the first view’s faces preloaded, within 60 KB', async ({ page }) => {
  for (const css of walk(SITE).filter((f) => f.endsWith('.css'))) {
    expect(readFileSync(css, 'utf8')).not.toMatch(/@import\s+url\(\s*["']?https?:|url\(\s*["']?https?:[^)]*\.woff/);
  }
  const fonts: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'font') fonts.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.goto(REFERENCE_PATH, { waitUntil: 'networkidle' });
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(preloaded).toHaveLength(2);
  expect(fonts.map((f) => f.url).sort()).toEqual(preloaded.sort());
  expect(fonts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  const families = await page.evaluate(() => [
    getComputedStyle(document.querySelector('h1')!).fontFamily,
    getComputedStyle(document.querySelector('.article-body p')!).fontFamily,
  ]);
  for (const family of families) expect(family).toMatch(/^"Source Serif 4"/);
  expect(await page.evaluate(() => document.fonts.check('700 16px "Source Serif 4"'))).toBe(true);
});

test('no text is left to a generic sans-serif (DejaVu Sans on a bare Linux): every stack reaches Source Serif 4', () => {
  const css = walk(SITE)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const stacks = [...css.matchAll(/font-family:([^;}]+)/g)]
    .map(([, stack]) => stack!.trim())
    .filter((stack) => !/mono|inherit/.test(stack));
  expect(stacks.length).toBeGreaterThan(0);
  for (const stack of stacks) {
    expect(stack).toContain('"Source Serif 4"');
    expect(stack).not.toMatch(/sans-serif|system-ui/);
  }
});

test('Lighthouse scores the article page at least 95 for accessibility, best practices and SEO', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { scores, failing } = await audit(`${baseURL}${REFERENCE_PATH}`);
  console.log('Lighthouse article page:', scores, failing.length ? `failing: ${failing.join(', ')}` : '');
  expect(scores.accessibility).toBeGreaterThanOrEqual(95);
  expect(scores['best-practices']).toBeGreaterThanOrEqual(95);
  expect(scores.seo).toBeGreaterThanOrEqual(95);
});
