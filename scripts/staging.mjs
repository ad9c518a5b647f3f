/**
 * The folder a build writes the new site into before it replaces dist/.
 *
 * Built from nothing, it costs a file system entry per file even when every page comes from
 * the page cache: at 10,000 stories Astro spent 14 of the 15 seconds of "render pages" copying
 * 17,000 unchanged pages into an empty folder, one file creation at a time, and deleting the
 * replaced site cost as much again. So the site a build replaces is kept (the "spare", in
 * node_modules/.cache/), and the next build starts from it: the files that differ from the
 * site now served are copied over, the ones it lacks removed, and the folder then holds exactly
 * the served site. Astro (with `emptyOutDir: false`) leaves a page it can reuse where it is,
 * writes the rest, and sweepStale() removes what this build did not write and does not keep.
 *
 * Each step checks what it relies on and otherwise starts from an empty folder, as a clean
 * build does: both sites' records must describe the folders on disk, the page cache must be
 * the one the served site was built with (a build that ran Astro and then failed has moved
 * it on), every file of the spare must have the size and time its record names (a site edited
 * by hand after it was built), and every file copied must have the bytes its record names.
 */
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { cacheNameOf, digestOf, eachAtOnce, forgetRecord, readRecord, stampOf } from './dist-changes.mjs';

/** Where the site a build replaced waits for the next build: beside the caches, never served. */
export function spareDir(outDir) {
  return path.resolve('node_modules/.cache/dateline-spare', cacheNameOf(outDir));
}

/** A digest of Astro's page cache manifest, recorded with the site built alongside it. */
export function pageCacheDigest(manifestFile) {
  return existsSync(manifestFile) ? digestOf(readFileSync(manifestFile)) : '';
}

/**
 * Makes `staging` hold the site now in outDir, from the spare; or leaves it empty when that
 * cannot be trusted. Returns `since`, the file time after which a file counts as written by this
 * build (undefined when staging starts empty), whether the served site may become the next
 * spare (not when it was found edited by hand), and the served site's record (undefined when it
 * has none), read once: at 100,000 stories it is 56 MB of JSON.
 * @param {{ staging: string, outDir: string, pageCache: string, force: boolean, discard: (dir: string) => void }} options
 */
export async function prepareStaging({ staging, outDir, pageCache, force, discard }) {
  const spare = spareDir(outDir);
  const served = readRecord(outDir, outDir);
  const kept = readRecord(outDir, spare, 'spare');
  // From here on the spare is being changed: its record no longer describes it.
  forgetRecord(outDir, 'spare');
  if (force || served === undefined || kept === undefined || served.pageCache !== pageCache) {
    if (!force && served !== undefined && kept !== undefined)
      console.log(
        'The page cache has moved on since the site now served was built (a build that did not finish): every file is written again.',
      );
    discard(spare);
    mkdirSync(staging, { recursive: true });
    return { since: undefined, keepServed: true, served };
  }
  let copied = 0;
  let removed = 0;
  try {
    renameSync(spare, staging);
    // A file the spare shares with the served site must still be the one its record describes.
    // Checked several at a time: the spare was last read a build ago, and at 100,000 stories
    // its 270,000 files no longer stay in the file cache (12.8 s one at a time with nothing cached, 5.1 s this way; 0.7 s slower when all is cached).
    const shared = Object.keys(kept.files).filter((file) => served.files[file] === kept.files[file]);
    await eachAtOnce(shared, async (file) => {
      const stat = await lstat(path.join(staging, file)).catch(() => undefined);
      if (stat === undefined || stampOf(stat) !== kept.stamps[file]) throw new Error(`${file} was changed after it was built`);
    });
    for (const [file, digest] of Object.entries(served.files)) {
      if (kept.files[file] === digest) continue;
      copied++;
      const target = path.join(staging, file);
      // A new file, never a write into the old one: the spare's search index files are links into the search cache.
      rmSync(target, { force: true });
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(outDir, file), target);
      if (digestOf(readFileSync(target)) !== digest) throw new Error(`${file} differs from its record`);
    }
    for (const file of Object.keys(kept.files)) {
      if (file in served.files) continue;
      rmSync(path.join(staging, file), { force: true });
      removed++;
    }
  } catch (error) {
    console.log(`The previous site could not be reused (${error instanceof Error ? error.message : error}): every page is written again.`);
    discard(staging);
    mkdirSync(staging, { recursive: true });
    return { since: undefined, keepServed: false, served };
  }
  console.log(`Building over the site now served (${copied} files brought up to date, ${removed} removed).`);
  return { since: fileClockAfter(path.join(path.dirname(spare), '.clock')), keepServed: true, served };
}

/**
 * The file system's current time, once it has moved past it: a file written after this
 * returns has a later mtime than the value returned, and every file written before has an
 * earlier or equal one (the file clock advances in steps of a few milliseconds).
 */
function fileClockAfter(marker) {
  mkdirSync(path.dirname(marker), { recursive: true });
  writeFileSync(marker, '');
  const since = lstatSync(marker).mtimeMs;
  for (let i = 0; i < 1000; i++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    writeFileSync(marker, '');
    if (lstatSync(marker).mtimeMs > since) return since;
  }
  throw new Error('The file clock did not advance.');
}

/**
 * Removes from a staging folder built over the previous site what this build neither wrote
 * (a file newer than `since`) nor kept (a page in Astro's page cache manifest). `skip`: a
 * folder another step keeps in order itself (the search index). `files`: the folder's files
 * (dist-changes.mjs listFiles); returns those that remain.
 */
export function sweepStale(staging, since, manifestFile, skip, files) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const pages = new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((entry) => entry.outputFile)));
  return files.filter((file) => {
    if (file.startsWith(skip) || pages.has(file)) return true;
    const full = path.join(staging, file);
    if (lstatSync(full).mtimeMs > since) return true;
    rmSync(full);
    removeEmptyParents(path.dirname(full), staging);
    return false;
  });
}

function removeEmptyParents(dir, root) {
  while (dir !== root && dir.startsWith(root) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = path.dirname(dir);
  }
}
