import { expect, test, type Page } from '@playwright/test';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { createSiteServer } from '../../scripts/serve.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';
import { NEWS_BASE_URL, REFERENCE_PATH } from './support';

const REFERENCE_TITLE = 'Putin Says Russia and Ukraine Nowhere Close on Peace Terms';
const VARDEN_PATH = '/world/2025/11/varden-strait-fishing-quotas/';
const UNSEEN_PATH = '/world/2025/10/port-ilvana-heatwave-cooling-centres/';

/** Resolves once the service worker controls the page (it claims open pages when it activates). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Paths of the articles kept for offline reading. */
function keptPaths(page: Page) {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('dateline-pages '));
    if (!name) return [];
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  });
}

test.describe('offline reading', () => {
  test('opened and saved stories open offline; any other page shows the offline page', async ({ page, context }) => {
    await page.goto('/archive/2025/11/');
    await controlled(page);
    // Saved from the list, never opened.
    await page.locator('[data-story-id="varden-strait-fishing-quotas"] [data-save]').click();
    await page.goto(REFERENCE_PATH);
    await expect.poll(() => keptPaths(page)).toEqual(expect.arrayContaining([REFERENCE_PATH, VARDEN_PATH]));

    await context.setOffline(true);
    await page.goto(REFERENCE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Georgia');
    await page.goto(VARDEN_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Varden');

    await page.goto(UNSEEN_PATH);
    await expect(page).toHaveURL(UNSEEN_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    const available = page.getByRole('list', { name: 'Stories available offline' });
    await expect(available.getByRole('link', { name: REFERENCE_TITLE })).toHaveAttribute('href', REFERENCE_PATH);
    await expect(available.getByRole('link', { name: /Varden/ })).toHaveAttribute('href', VARDEN_PATH);

    await page.getByRole('main').getByRole('link', { name: 'saved stories' }).click();
    await expect(page.getByRole('list', { name: 'Saved stories' }).getByRole('link')).toHaveText([/Varden/]);
    await context.setOffline(false);
  });

  test('in the Russian edition: an opened Russian story reads offline, any other Russian page shows the Russian offline page', async ({
    page,
    context,
  }) => {
    const story = '/ru/world/2026/09/mezhdu-kesselskimi-ostrovami-zapustili-elektroparom/';
    // The worker keeps what it fetches once it controls the page: the first visit installs it.
    await page.goto('/ru/');
    await controlled(page);
    await page.goto(story);
    await expect.poll(() => keptPaths(page)).toEqual(expect.arrayContaining([story]));
    await context.setOffline(true);
    await page.goto(story);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Кессельскими');
    await page.goto('/ru/world/2026/03/na-sellene-otkrylsya-obshchiy-gidropost-oldmira-i-korvana/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нет подключения к сети');
    await expect(
      page.getByRole('list', { name: 'Материалы, доступные без сети' }).getByRole('link', { name: /Кессельскими/ }),
    ).toBeVisible();
    await context.setOffline(false);
  });

  test('works under BASE_PATH: the worker’s scope is /news/ and its links stay there', async ({ page, context }) => {
    await page.goto(`${NEWS_BASE_URL}/news/`);
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${NEWS_BASE_URL}/news/`);
    await page.goto(`${NEWS_BASE_URL}/news${REFERENCE_PATH}`);
    await expect.poll(() => keptPaths(page)).toContain(`/news${REFERENCE_PATH}`);

    await context.setOffline(true);
    await page.goto(`${NEWS_BASE_URL}/news${REFERENCE_PATH}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
    await page.goto(`${NEWS_BASE_URL}/news${UNSEEN_PATH}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByRole('list', { name: 'Stories available offline' }).getByRole('link')).toHaveAttribute(
      'href',
      `/news${REFERENCE_PATH}`,
    );
    await context.setOffline(false);
  });
});

test.describe('a new deploy', () => {
  // One port stands for one host that is redeployed, so these run one after the other.
  test.describe.configure({ mode: 'serial' });
  const root = 'tests/.output';
  const port = Number(process.env.E2E_PORT || 4400) + 2;
  const origin = `http://localhost:${port}`;
  let server: Server | undefined;

  function copySite(name: string) {
    const dir = path.join(root, name);
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(root, 'site'), dir, { recursive: true });
    return dir;
  }

  function rewriteHtml(dir: string, change: (html: string) => string) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
    }
  }

  /** A copy of the test site whose stylesheet changed, as a rebuild with new CSS produces. */
  async function deploys() {
    const first = copySite('deploy-1');
    const second = copySite('deploy-2');
    const css = readdirSync(path.join(second, '_astro')).find((f) => f.endsWith('.css'))!;
    const changed = css.replace(/\.css$/, '-2.css');
    renameSync(path.join(second, '_astro', css), path.join(second, '_astro', changed));
    writeFileSync(path.join(second, '_astro', changed), `${readFileSync(path.join(second, '_astro', changed), 'utf8')}:root{--deploy:"2"}`);
    rewriteHtml(second, (html) => html.replaceAll(css, changed));
    return { first, second, before: await writeServiceWorker(first), after: await writeServiceWorker(second) };
  }

  async function serve(dir: string) {
    server?.closeAllConnections();
    server?.close();
    server = createSiteServer({ dir });
    await new Promise<void>((resolve) => server!.listen(port, resolve));
  }

  test.afterEach(() => {
    server?.closeAllConnections();
    server?.close();
  });

  test('after a rebuild with changed CSS, no page is served with the old CSS, online or offline', async ({ page, context }) => {
    const { first, second, before, after } = await deploys();
    expect(after.version).not.toBe(before.version);
    const deployMarker = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deploy'));

    await serve(first);
    await page.goto(`${origin}${REFERENCE_PATH}`);
    await controlled(page);
    await page.reload();
    await expect.poll(() => keptPaths(page)).toContain(REFERENCE_PATH);
    expect(await deployMarker()).toBe('');

    await serve(second);
    await page.goto(`${origin}${REFERENCE_PATH}`);
    expect(await deployMarker()).toBe('"2"');
    // The new worker installs: a new shell replaces the old one, and the kept story is refetched.
    await expect
      .poll(() => page.evaluate(() => caches.keys()))
      .toEqual(expect.arrayContaining([`dateline-shell-${after.version} ${origin}/`]));
    await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain(`dateline-shell-${before.version} ${origin}/`);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
    expect(await deployMarker()).toBe('"2"');
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Georgia');
    await context.setOffline(false);
  });

  test('turning offline reading off in the site config removes the worker a reader already has', async ({ page }) => {
    // What a build with `offline: false` ships: no sw.js and no data-sw on <html>.
    const on = copySite('deploy-on');
    const off = copySite('deploy-off');
    rmSync(path.join(off, 'sw.js'));
    rewriteHtml(off, (html) => html.replace(/ data-sw="[^"]*"/, ''));

    await serve(on);
    await page.goto(`${origin}/`);
    await controlled(page);
    await serve(off);
    await page.goto(`${origin}/`);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });
});
