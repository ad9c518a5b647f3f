#!/usr/bin/env node
/**
 * `npm test` runs this first (pretest): what the tests need beyond npm packages, each
 * missing one named in one line with how to get it, before ten minutes of tests fail on it.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { javaCommand } from './java.mjs';

const missing = [];

if (!javaCommand()) {
  missing.push(
    'Java 11 or newer for the HTML validator: install it (Debian: apt-get install default-jre-headless) and put `java` on PATH.',
  );
}

// The browser tests: the same choice as playwright.config.ts.
const browser = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());
if (!existsSync(browser)) {
  missing.push(
    'Chromium for the browser tests: set PLAYWRIGHT_CHROMIUM_PATH, install /usr/bin/chromium (Debian: apt-get install chromium), or run `npx playwright install chromium`.',
  );
}

for (const line of missing) console.error(`npm test needs ${line}`);
if (missing.length > 0) process.exit(1);
