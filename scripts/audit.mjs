#!/usr/bin/env node
/**
 * `npm run audit`: Lighthouse on the front, article, section and search pages of the built
 * site; prints the four category scores and the Core Web Vitals lab figures per page.
 * Not a test: scores move with machine load. Target: 100 everywhere.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createSiteServer } from './serve.mjs';
import { audit, CATEGORIES } from './lighthouse.mjs';

const dir = process.env.OUT_DIR || 'dist';
if (!existsSync(`${dir}/index.html`)) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = {
  front: '/',
  article: '/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/',
  section: '/world/',
  search: '/search/?q=eastbridge',
};
const port = Number(process.env.AUDIT_PORT || 4390);
const server = createSiteServer({ dir, base: '/' }).listen(port);
const rows = [];
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const formFactor of ['mobile', 'desktop']) {
      const { scores, metrics, failing } = await audit(`http://localhost:${port}${path}`, { formFactor });
      rows.push({ page: name, formFactor, ...scores, ...metrics });
      if (failing.length > 0) console.log(`${name} (${formFactor}) failing audits: ${failing.join(', ')}`);
    }
  }
} finally {
  server.close();
}
console.table(rows, ['page', 'formFactor', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS', 'SI']);
