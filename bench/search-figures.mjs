#!/usr/bin/env node
/**
 * What search costs a reader, in headless Chromium against a local server (no throttling):
 * the bytes Pagefind fetches to open /search/, for a first query pasted whole and for opening
 * the filters, each split by kind of file, and the time from the keystroke that completes a query
 * to its first result on screen (first query, then a warm one typed key by key).
 *
 * Bytes are counted twice: as files on disk (what `npm start` sends) and as a host that
 * compresses text sends them (JavaScript and JSON gzipped; Pagefind's index files are gzipped
 * already and count as they are).
 *
 * `node bench/search-figures.mjs <site> <first query> [warm query]` measures a built site alone;
 * `npm run bench` calls it for every size.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { createSiteServer } from '../scripts/serve.mjs';

const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium';

export const KINDS = ['script', 'wasm', 'meta', 'filter', 'index', 'fragment'];

function kindOf(pathname) {
  if (/\/pagefind\/[^/]+\/filter\//.test(pathname)) return 'filter';
  if (/\/pagefind\/[^/]+\/index\//.test(pathname)) return 'index';
  if (/\/pagefind\/[^/]+\/fragment\//.test(pathname)) return 'fragment';
  if (/\.pagefind$/.test(pathname)) return 'wasm';
  if (/\.js$/.test(pathname)) return 'script';
  return 'meta';
}

/** Bytes of one Pagefind file on disk, and as a host that compresses text would send it. */
function fileBytes(site, pathname) {
  const file = path.join(site, decodeURIComponent(pathname));
  const raw = statSync(file).size;
  const compressible = /\.(js|json)$/.test(pathname);
  return { raw, sent: compressible ? Math.min(raw, gzipSync(readFileSync(file)).length) : raw };
}

/** Sums transfers by kind: `{ raw, sent, byKind: { script: { raw, sent, files }, … } }`. */
function total(transfers) {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, sent: 0, files: 0 }]));
  for (const t of transfers) {
    byKind[t.kind].raw += t.raw;
    byKind[t.kind].sent += t.sent;
    byKind[t.kind].files++;
  }
  return {
    raw: transfers.reduce((sum, t) => sum + t.raw, 0),
    sent: transfers.reduce((sum, t) => sum + t.sent, 0),
    byKind,
  };
}

export async function withServer(dir, fn) {
  const server = createSiteServer({ dir, base: '/' });
  await new Promise((resolve) => server.listen(0, resolve));
  try {
    return await fn(`http://localhost:${server.address().port}`);
  } finally {
    server.close();
  }
}

/**
 * @param {string} site a built site
 * @param {string} query the first query, pasted whole
 * @param {string} warmQuery a second query, typed key by key
 */
export async function searchFigures(site, query, warmQuery = query) {
  return withServer(site, async (origin) => {
    const browser = await chromium.launch({ executablePath: chromiumPath });
    try {
      const page = await browser.newPage();
      // Requests the Pagefind worker makes are reported on the page too.
      const transfers = [];
      page.on('requestfinished', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/pagefind/')) transfers.push({ at: Date.now(), kind: kindOf(pathname), ...fileBytes(site, pathname) });
      });
      const since = (mark) => total(transfers.filter((t) => t.at >= mark));
      /** Waits until Pagefind has fetched nothing for a second: what it loads by itself has arrived. */
      const quiet = async () => {
        let count = -1;
        while (count !== transfers.length) {
          count = transfers.length;
          await page.waitForTimeout(1000);
        }
      };
      await page.goto(`${origin}/search/`);
      await page
        .getByRole('status')
        .getByText(/^Type a word/)
        .waitFor();
      await quiet();
      const open = since(0);
      // Time from the keystroke that completes the query to the first result of that query on
      // screen: a MutationObserver notes when the result list is filled after the last input.
      await page.evaluate(() => {
        const input = document.querySelector('[data-search-primary]');
        const list = document.querySelector('[data-search-results]');
        input.addEventListener('input', () => {
          window.benchLastInput = performance.now();
          window.benchFirstResult = undefined;
        });
        new MutationObserver(() => {
          if (list.children.length > 0 && window.benchFirstResult === undefined) window.benchFirstResult = performance.now();
        }).observe(list, { childList: true });
      });
      const input = page.locator('[data-search-primary]');
      const timeQuery = async (word, { typed }) => {
        if (typed) {
          await input.pressSequentially(word.slice(0, -1), { delay: 40 });
          await page.waitForTimeout(500);
          await input.press(word.slice(-1));
        } else {
          await input.fill(word);
        }
        await page.waitForFunction(() => window.benchFirstResult !== undefined && window.benchFirstResult > window.benchLastInput, null, {
          timeout: 60_000,
        });
        return page.evaluate(() => window.benchFirstResult - window.benchLastInput);
      };
      let mark = Date.now();
      // The first query arrives whole (as a paste would): every index chunk it needs is fetched.
      const firstMs = await timeQuery(query, { typed: false });
      await page.getByRole('status').getByText(/found/).waitFor({ timeout: 60_000 });
      await quiet();
      const firstQuery = since(mark);
      await input.fill('');
      await page.waitForTimeout(300);
      // A warm query typed key by key: measured from its last keystroke.
      const warmMs = await timeQuery(warmQuery, { typed: true });
      await page.getByRole('status').getByText(/found/).waitFor({ timeout: 60_000 });
      // Opening the filters on the warm query's results: their data, then counts for that query.
      mark = Date.now();
      const filtersStart = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: /^Filter by/ }).click();
      await page.getByRole('group', { name: 'Filter results' }).getByRole('checkbox').first().waitFor({ timeout: 60_000 });
      const filtersMs = (await page.evaluate(() => performance.now())) - filtersStart;
      await quiet();
      const filters = since(mark);
      return { query, warmQuery, open, firstQuery, firstMs, warmMs, filters, filtersMs };
    } finally {
      await browser.close();
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [site, query, warmQuery] = process.argv.slice(2);
  if (!site || !query) {
    console.error('Usage: node bench/search-figures.mjs <site> <first query> [warm query]');
    process.exit(1);
  }
  console.log(JSON.stringify(await searchFigures(site, query, warmQuery), null, 2));
}
