#!/usr/bin/env node
/**
 * `npm run build`: the complete site into dist/, or nothing at all. Astro writes into a
 * staging folder and dist/ is replaced only when every step succeeded, so a content error
 * can never leave a half-written site for a deploy to pick up.
 *
 * Builds are incremental (Astro's experimental.incrementalBuild, keys in src/lib/cache-keys.ts):
 * the staging folder starts as a copy of the served site (scripts/staging.mjs), and a page whose
 * data and code did not change is left there as it is. Beside
 * dist/ the build writes `<dist>.changes.json`, the files added, changed and removed since the
 * previous dist/, for hosts that upload only what changed.
 *
 * OUT_DIR chooses the final folder (tests build apart from dist/). `--force` ignores every
 * cache: a clean build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { acquireBuildLock } from './build-lock.mjs';
import { withHeapLimit } from './heap-limit.mjs';
import { distChanges, listFiles, scanSite, writeRecord } from './dist-changes.mjs';
import { pageCacheDigest, prepareStaging, spareDir, sweepStale } from './staging.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { siteConfig } from '../src/site.config.ts';

const outDir = path.resolve(process.env.OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');
const cacheDir = path.resolve(process.env.CACHE_DIR || 'node_modules/.astro');
const pageCache = path.join(cacheDir, 'incremental-build.json');
const previous = `${outDir}.previous`;
const force = process.argv.includes('--force');
/** The search index keeps its folder in order itself (scripts/search-index.mjs). */
const SEARCH_FOLDER = 'pagefind/';

// Two builds of one checkout share Astro's caches: the second waits for the first.
await acquireBuildLock(path.resolve('node_modules/.cache/dateline-build.lock'));

recoverInterruptedSwap();
discardUntrustedCache(force);
discardInBackground(staging);
const { since, keepServed, served } = await prepareStaging({
  staging,
  outDir,
  pageCache: pageCacheDigest(pageCache),
  force,
  discard: discardInBackground,
});
// A production build whatever the shell says: Vite reads NODE_ENV other than "production"
// as a dev build, and takes DEV, PROD, MODE… from the environment into import.meta.env (a
// test runner sets DEV=1). A dev build shows drafts and scheduled stories.
const viteEnv = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']);
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteEnv.has(name))),
  NODE_ENV: 'production',
  OUT_DIR: staging,
  NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS),
};
const args = process.argv.slice(2).filter((arg) => arg !== '--force');
const build = spawnSync(process.execPath, [astroBin, 'build', ...args, ...(force ? ['--force'] : [])], { stdio: 'inherit', env });
if (build.status !== 0) {
  // The next build starts from what this one left, described as it is: after a content error
  // (common) that is the served site, and starting from nothing costs most of a build.
  if (since === undefined) discardInBackground(staging);
  else keepAsSpare(staging, await scanSite(staging, { since, previous: served }));
  const shown = path.relative(process.cwd(), outDir) || outDir;
  console.error(existsSync(outDir) ? `\nBuild failed: ${shown} was left as it was.` : `\nBuild failed: nothing was written to ${shown}.`);
  process.exit(build.status ?? 1);
}

// The site is listed once (a walk of 270,000 files at 100,000 stories takes seconds) and that
// list kept up to date by each step that adds or removes files.
let files = await listFiles(staging);
if (since !== undefined) files = sweepStale(staging, since, pageCache, SEARCH_FOLDER, files);
if (siteConfig.offline) {
  // After the sweep: the worker's shell lists this build's files, none an earlier build left.
  const { version, shell } = await writeServiceWorker(staging, files);
  if (!files.includes('sw.js')) files = [...files, 'sw.js'].sort();
  console.log(`Service worker: sw.js version ${version}, ${shell.length} shell files`);
}
const pages = await scanSite(staging, { since, previous: since === undefined ? undefined : served, skip: SEARCH_FOLDER, files });
const { indexSite } = await import('./search-index.mjs');
await indexSite(staging, { cacheDir: path.join(cacheDir, 'search-index'), clean: force, pages });
// Index files linked unchanged from the cache keep the size and time the served site's record names.
const index = await scanSite(staging, { folder: SEARCH_FOLDER, previous: served });
const site = {
  regions: pages.regions,
  files: { ...pages.files, ...index.files },
  stamps: { ...pages.stamps, ...index.stamps },
};

const changes = distChanges(site, served, outDir);
// Recorded before the swap: the record names the folder, which keeps its identity when renamed.
writeRecord(outDir, staging, 'site', { ...site, pageCache: pageCacheDigest(pageCache) });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
keepAsSpare(previous, keepServed ? served : undefined);
changes.write();
console.log(
  `Site written to ${path.relative(process.cwd(), outDir) || outDir}: ${changes.summary} (listed in ${path.relative(process.cwd(), changes.file)})`,
);

/** A site, kept with its record for the next build to start from (scripts/staging.mjs); or discarded. */
function keepAsSpare(dir, record) {
  if (!existsSync(dir)) return;
  const spare = spareDir(outDir);
  if (record !== undefined && !existsSync(spare)) {
    try {
      mkdirSync(path.dirname(spare), { recursive: true });
      renameSync(dir, spare);
      writeRecord(outDir, spare, 'spare', record);
      return;
    } catch {
      // On another file system than the caches: not kept.
    }
  }
  discardInBackground(dir);
}

/**
 * A folder no longer needed (a site that cannot be kept, a failed build's staging) is deleted
 * after the build returns: removing tens of thousands of files took about 11 of the 68 seconds
 * of publishing one story into 10,000. It is first moved into a trash folder beside the caches
 * (so nothing mistakes it for a site), which a detached process then empties, with whatever
 * earlier builds left there. Where that move is impossible (another file system) it is
 * deleted at once.
 */
function discardInBackground(dir) {
  if (!existsSync(dir)) return;
  const trash = path.resolve('node_modules/.cache/dateline-trash');
  try {
    mkdirSync(trash, { recursive: true });
    renameSync(dir, path.join(trash, `${Date.now()}-${process.pid}`));
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const empty = `require('node:fs').rmSync(${JSON.stringify(trash)}, { recursive: true, force: true, maxRetries: 3 })`;
  spawn(process.execPath, ['-e', empty], { detached: true, stdio: 'ignore' }).unref();
}

/** A build killed between moving the old site aside and moving the new one in: put the old one back. */
function recoverInterruptedSwap() {
  if (existsSync(outDir) || !existsSync(previous)) return;
  renameSync(previous, outDir);
  console.log(`An interrupted build had moved the site aside: ${path.relative(process.cwd(), outDir)} is restored.`);
}

/**
 * A cache that cannot be read whole is not used: the page cache's manifest is removed (the
 * build then renders every page) with one line saying so. `--force` clears it on purpose.
 */
function discardUntrustedCache(clean) {
  const manifest = path.join(cacheDir, 'incremental-build.json');
  if (clean) {
    rmSync(manifest, { force: true });
    rmSync(path.join(cacheDir, 'dist'), { recursive: true, force: true });
    console.log('Clean build (--force): every page is rendered.');
    return;
  }
  if (!existsSync(manifest)) return;
  try {
    JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    rmSync(manifest, { force: true });
    rmSync(path.join(cacheDir, 'dist'), { recursive: true, force: true });
    console.log('The page cache could not be read (an interrupted build?): it was discarded, and every page is rendered.');
  }
}
