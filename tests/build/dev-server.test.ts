/**
 * `npm run dev`: an editor saves an article and sees the change on the next page load,
 * without restarting the server (the articles loader watches the content folder).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tests/.output/dev');
const content = path.join(work, 'content');
const port = Number(process.env.DEV_TEST_PORT || 4791);
const article = path.join(content, 'articles/2025/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms.mdx');
const pageUrl = `http://localhost:${port}/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/`;

let server: ChildProcess;

function devEnvironment(): NodeJS.ProcessEnv {
  const viteNames = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX', 'VITEST', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteNames.has(name) && !name.startsWith('VITEST_')));
}

async function pageText(): Promise<string> {
  // The first requests may meet Vite still optimising dependencies: answered late, or with an error.
  const response = await fetch(pageUrl, { signal: AbortSignal.timeout(20_000) }).catch(() => undefined);
  return response?.ok ? response.text() : '';
}

async function until(check: (html: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let html = '';
  while (Date.now() < deadline) {
    html = await pageText();
    if (check(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return html;
}

describe('npm run dev', () => {
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(path.join(root, 'content'), content, { recursive: true });
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
      cwd: root,
      // What a shell running `npm run dev` has: not the test runner's NODE_ENV=test, MODE, DEV….
      env: { ...devEnvironment(), CONTENT_DIR: path.relative(root, content), NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await until((html) => html.includes('absolutely contradictory'), 150_000);
  }, 180_000);

  afterAll(() => {
    server?.kill();
  });

  it('shows an edited article body on the next load, without a restart', async () => {
    expect(await pageText()).toContain('absolutely contradictory');
    const edited = readFileSync(article, 'utf8').replace(
      'President Vladimir Putin said Friday',
      'EDITED IN DEV: President Vladimir Putin said Friday',
    );
    writeFileSync(article, edited);
    const html = await until((text) => text.includes('EDITED IN DEV'), 30_000);
    expect(html).toContain('<p>EDITED IN DEV: President Vladimir Putin said Friday');
  });

  it('serves the Russian edition under /ru/: its front page and a story (routes shared with the default edition)', async () => {
    for (const [url, text] of [
      [`http://localhost:${port}/ru/`, 'Главное'],
      [`http://localhost:${port}/ru/politics/2026/07/ines-kellouey-izbrana-merom-istbridzha/`, 'Инес Кэллоуэй избрана мэром Истбриджа'],
    ] as const) {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      expect(response.status, url).toBe(200);
      const html = await response.text();
      expect(html, url).toContain('<html lang="ru-RU"');
      expect(html, url).toContain(text);
    }
  }, 60_000);

  it('refuses code typed into an article while the server runs, and keeps serving', async () => {
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n\nimport fs from 'node:fs'\n`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const html = await pageText();
    expect(html).toContain('EDITED IN DEV');
    expect(html).not.toContain("import fs from 'node:fs'");
  });
});
