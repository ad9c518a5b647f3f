/**
 * Lighthouse against a page of the built site, in the system's Chromium when there is one
 * (CHROME_PATH, PLAYWRIGHT_CHROMIUM_PATH or /usr/bin/chromium), else chrome-launcher's pick.
 * Used by `npm run audit` and by the article page's score test.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const chromePath =
  process.env.CHROME_PATH || process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

/** Scores (0–100) per category and Core Web Vitals lab figures for one URL. */
export async function audit(url, { formFactor = 'mobile' } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Paint holding keeps the previous page on screen until the next one can paint. Lighthouse
      // navigates from about:blank, where there is nothing to hold, yet in this headless Chromium
      // the hold ended only on a one-second tick: every page of the site first painted at 1.3 or
      // 2.3 s though it had loaded by 0.3 s (a bare page: 0.18 s), which alone cost mobile
      // performance 2 to 5 points. Without it the first paint is at about 0.4 s.
      '--disable-features=PaintHolding',
    ],
  });
  try {
    // Desktop is Lighthouse's own desktop preset (its throttling, screen and user agent): desktop
    // scoring curves over mobile throttling marked every page down to about 90.
    const config = formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' };
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, label]) => [label, audits[id]?.displayValue ?? 'n/a']));
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return { scores, metrics, failing };
  } finally {
    chrome.kill();
  }
}
