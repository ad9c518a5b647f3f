import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build (see tests/support/serve-test-sites.mjs).
 * Chromium: PLAYWRIGHT_CHROMIUM_PATH if set, else the system's /usr/bin/chromium when it
 * exists (machines that cannot download browsers), else Playwright's own download.
 */
/** Ports of the two test sites (root and /news/); E2E_PORT lets parallel checkouts coexist. */
const port = Number(process.env.E2E_PORT || 4400);

const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A CI run keeps its log, not its files: tracing there would only slow every test.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(systemChromium ? { launchOptions: { executablePath: systemChromium } } : {}),
      },
    },
  ],
  webServer: {
    command: 'node tests/support/serve-test-sites.mjs',
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
