/**
 * Writes <site>/sw.js: src/sw/service-worker.ts bundled with the build's version and the list
 * of shell files to precache. The version is a hash of those files' names and contents, so any
 * change to the CSS, the JS or the offline page makes a new worker, which replaces the old shell
 * and refreshes the cached articles (src/lib/offline.ts). scripts/build.mjs calls it once the
 * staging folder holds this build's files only (after the sweep of an earlier build's leftovers:
 * an old stylesheet listed in the shell would make sw.js differ from a clean build's). Not
 * called when `offline` is false in the site config: no worker, and pages unregister any old one.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shellFiles } from '../src/lib/offline.ts';
import { listFiles } from './dist-changes.mjs';

const source = fileURLToPath(new URL('../src/sw/service-worker.ts', import.meta.url));

/**
 * @param {string} siteDir
 * @param {string[]} [files] the site's files, as "/"-separated paths, when the caller has listed them already
 * @returns {Promise<{ version: string, shell: string[] }>}
 */
export async function writeServiceWorker(siteDir, files) {
  files ??= await listFiles(siteDir);
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
