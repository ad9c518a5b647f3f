#!/usr/bin/env node
/**
 * `npm start`: serve the built site on http://localhost:4321, building it first when
 * dist/ is missing or older than the content and code it was built from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const outDir = process.env.OUT_DIR || 'dist';
const builtAt = existsSync(path.join(outDir, 'index.html')) ? statSync(path.join(outDir, 'index.html')).mtimeMs : 0;

function newestChange(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const sources = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.ts', 'package.json'].filter(existsSync);
if (builtAt === 0 || Math.max(...sources.map(newestChange)) > builtAt) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import('./serve.mjs').then(({ createSiteServer }) => {
  const port = Number(process.env.PORT || 4321);
  const base = process.env.BASE_PATH || '/';
  createSiteServer({ dir: outDir, base }).listen(port, () => console.log(`Dateline is running at http://localhost:${port}${base}`));
});
