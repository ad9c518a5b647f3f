#!/usr/bin/env node
/**
 * Playwright's web server: builds the sample site with the real build script at the root and
 * under BASE_PATH=/news/, then serves both with the server `npm start` uses. Builds run one
 * after the other: two Astro builds at once race on the shared cache. (That two builds of one
 * tree are byte-identical, tests/build/incremental.test.ts proves at every step.)
 */
import { spawnSync } from 'node:child_process';
import { createSiteServer } from '../../scripts/serve.mjs';

const port = Number(process.env.E2E_PORT || 4400);
const sites = [
  { dir: 'tests/.output/site-news', base: '/news/', port: port + 1 },
  { dir: 'tests/.output/site', base: '/', port },
];

for (const site of sites) {
  const env = { ...process.env, OUT_DIR: site.dir, BASE_PATH: site.base };
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
for (const site of sites) createSiteServer(site).listen(site.port);
