/**
 * Writes <site>/sw.js after each build: src/sw/service-worker.ts bundled with the build's
 * version and the list of shell files to precache. The version is a hash of those files'
 * names and contents, so any change to the CSS, the JS or the offline page makes a new
 * worker, which replaces the old shell and refreshes the cached articles (src/lib/offline.ts).
 * Off when `offline` is false in the site config: no worker, and pages unregister any old one.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shellFiles } from '../lib/offline';

const source = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));

export async function writeServiceWorker(siteDir: string): Promise<{ version: string; shell: string[] }> {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
  const shell = shellFiles(files);
  const hash = createHash('sha256');
  for (const file of shell) hash.update(`${file}\0`).update(readFileSync(path.join(siteDir, file)));
  const version = hash.digest('hex').slice(0, 16);
  await build({
    entryPoints: [source],
    outfile: path.join(siteDir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __VERSION__: JSON.stringify(version), __SHELL__: JSON.stringify(shell) },
  });
  return { version, shell };
}

export function serviceWorker(enabled: boolean): AstroIntegration {
  return {
    name: 'dateline:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const { version, shell } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js version ${version}, ${shell.length} shell files`);
      },
    },
  };
}
