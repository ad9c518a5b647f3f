#!/usr/bin/env node
/**
 * `npm run build`: the complete site into dist/, or nothing at all. Astro writes into a
 * staging folder and dist/ is replaced only when every step succeeded, so a content error
 * can never leave a half-written site for a deploy to pick up.
 *
 * OUT_DIR chooses the final folder (tests build apart from dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const outDir = path.resolve(process.env.OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

rmSync(staging, { recursive: true, force: true });
// A production build whatever the shell says: Vite reads NODE_ENV other than "production"
// as a dev build, and takes DEV, PROD, MODE… from the environment into import.meta.env (a
// test runner sets DEV=1). A dev build shows drafts and scheduled stories.
const viteEnv = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']);
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteEnv.has(name))),
  NODE_ENV: 'production',
  OUT_DIR: staging,
};
const build = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const shown = path.relative(process.cwd(), outDir) || outDir;
  console.error(existsSync(outDir) ? `\nBuild failed: ${shown} was left as it was.` : `\nBuild failed: nothing was written to ${shown}.`);
  process.exit(build.status ?? 1);
}

const { indexSite } = await import('./search-index.mjs');
await indexSite(staging);

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${path.relative(process.cwd(), outDir) || outDir}`);
