#!/usr/bin/env node
/**
 * `npm run screenshots`: the front, article, section and search pages of the built site
 * (dist/, built first when missing) at 390 and 1280 px wide, light and dark, as PNGs in
 * docs/screenshots/, taken in the same Chromium as the browser tests. The first screenful
 * only: what a reader sees before scrolling.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { createSiteServer } from './serve.mjs';

const outDir = process.env.OUT_DIR || 'dist';
const target = process.argv[2] || 'docs/screenshots';
if (!existsSync(`${outDir}/index.html`)) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const PAGES = {
  front: '/',
  article: '/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/',
  section: '/world/',
  search: '/search/?q=harbour',
};
const WIDTHS = { 390: 844, 1280: 900 };

const server = createSiteServer({ dir: outDir }).listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://localhost:${server.address().port}`;
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch(executablePath ? { executablePath } : {});
mkdirSync(target, { recursive: true });
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const [width, height] of Object.entries(WIDTHS)) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width: Number(width), height }, colorScheme });
        await page.goto(origin + path);
        if (name === 'search') await page.getByRole('status').filter({ hasText: /found/ }).waitFor();
        await page.evaluate(() => document.fonts.ready);
        const file = `${target}/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
