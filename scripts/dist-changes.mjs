/**
 * What is in a built site, file by file, and what a deploy must upload.
 *
 * A site's record lists each file's content hash and which article pages search indexes. It is
 * kept in node_modules/.cache/dateline-dist/ and names the folder it describes by inode and
 * creation time, which a rename keeps: a record whose folder was replaced or rebuilt since (a
 * build killed before it wrote the record, a dist/ deleted by hand) describes nothing, and is
 * not used.
 *
 * `<dist>.changes.json` (beside dist/, never served) lists { added, changed, removed }, paths
 * relative to dist/, against the site the build replaced. When there is no record of the
 * previous site, every file is "added".
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { searchRegion } from '../src/lib/search-region.ts';
import { isArticleFile } from '../src/lib/urls.ts';

/** The content hash every record keeps of a file. */
export const digestOf = (bytes) => createHash('sha1').update(bytes).digest('base64');

/** The name under which the caches keep what concerns the sites built into outDir. */
export function cacheNameOf(outDir) {
  return `${path.basename(outDir)}-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}`;
}

/** Where the records of the sites built into outDir are kept. */
function recordFile(outDir, which) {
  const name = cacheNameOf(outDir);
  return path.resolve('node_modules/.cache/dateline-dist', which === 'spare' ? `${name}.spare.json` : `${name}.json`);
}

/** A folder's identity: its inode and creation time, which renaming it keeps. */
function identity(dir) {
  const stat = statSync(dir, { throwIfNoEntry: false });
  return stat && stat.birthtimeMs > 0 ? `${stat.ino}:${stat.birthtimeMs}` : undefined;
}

/**
 * The record of the site now in `dir`, or undefined when there is none that describes it.
 * @returns {{ files: Record<string, string>, stamps: Record<string, string>, regions?: Record<string, string>, pageCache: string } | undefined}
 */
export function readRecord(outDir, dir, which = 'site') {
  const file = recordFile(outDir, which);
  const id = identity(dir);
  if (id === undefined || !existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8'));
    return record.tree === id ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeRecord(outDir, dir, which, record) {
  const file = recordFile(outDir, which);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...record, tree: identity(dir) }));
  renameSync(`${file}.tmp`, file);
}

export function forgetRecord(outDir, which) {
  rmSync(recordFile(outDir, which), { force: true });
}

/**
 * Every file of a built site with its content hash, and its size and modification time (which
 * show a file edited in place since). A file not written since `since` (a page Astro kept from
 * the site it was built over), or with the very size and time the previous site's record names
 * (a search index file linked from the cache), takes its hash from that record instead of being
 * read again: at 10,000 stories the pages are 560 MB. `regions`: the article pages Pagefind
 * indexes (marked data-pagefind-body; the archive pages the same glob matches are not), each
 * with the digest of what Pagefind reads of it (src/lib/search-region.ts), which keys the search
 * index's parts: taken in the same read, since at 100,000 stories the site no longer fits in the
 * machine's file cache and every pass over it goes to the disk.
 * @param {string} siteDir
 * `folder` and `skip` scan only, or all but, the files under a folder ("pagefind/"); `files`,
 * the site's files when the caller has listed them already (a walk of 270,000 files takes seconds).
 * @param {{ since?: number, previous?: { files: Record<string, string>, stamps?: Record<string, string>, regions?: Record<string, string> }, folder?: string, skip?: string, files?: string[] }} options
 */
export async function scanSite(siteDir, { since = -Infinity, previous, folder, skip, files: listed } = {}) {
  const files = {};
  const stamps = {};
  const regions = {};
  const all =
    listed ?? (folder === undefined ? await listFiles(siteDir) : (await listFiles(path.join(siteDir, folder))).map((f) => `${folder}${f}`));
  for (const file of all) {
    if ((skip !== undefined && file.startsWith(skip)) || (folder !== undefined && !file.startsWith(folder))) continue;
    const full = path.join(siteDir, file);
    const stat = lstatSync(full);
    stamps[file] = stampOf(stat);
    const unchanged = stat.mtimeMs <= since || stamps[file] === previous?.stamps?.[file];
    // A record from before regions were kept names none: such a site's pages are read once more.
    if (previous !== undefined && unchanged && file in previous.files && (previous.regions !== undefined || !isArticleFile(file))) {
      files[file] = previous.files[file];
      if (previous.regions?.[file] !== undefined) regions[file] = previous.regions[file];
      continue;
    }
    const bytes = readFileSync(full);
    files[file] = digestOf(bytes);
    if (isArticleFile(file) && bytes.includes('data-pagefind-body')) regions[file] = digestOf(searchRegion(bytes.toString('utf8')));
  }
  return { files, stamps, regions };
}

/** @param {import('node:fs').Stats} stat */
export const stampOf = (stat) => `${stat.size}:${stat.mtimeMs}`;

/** Runs `task` on every item, `atOnce` at a time (file system calls wait on the disk in parallel); fails with the first failure. */
export async function eachAtOnce(items, task, atOnce = 32) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
}

/** Folders read at once: at 100,000 stories the site outgrows the machine's file cache, and a walk waits on the disk. */
const READING_AT_ONCE = 32;

/**
 * Every file under dir, as sorted "/"-separated paths relative to it. Folders are read several at
 * a time, with the paths joined as strings: one folder after another, a walk of the 270,000 files
 * of a 100,000-story site took 7 s in a publish and 13 s with nothing cached (4.6 s read this way;
 * 0.3 s slower than one at a time when all is cached). Node's recursive readdir and a
 * path.relative() per file had taken 6 s.
 */
export async function listFiles(dir) {
  const files = [];
  const folders = [{ folder: dir, prefix: '' }];
  let reading = 0;
  await new Promise((resolve, reject) => {
    const next = () => {
      if (reading === 0 && folders.length === 0) return resolve(undefined);
      while (reading < READING_AT_ONCE && folders.length > 0) {
        const { folder, prefix } = /** @type {{ folder: string, prefix: string }} */ (folders.pop());
        reading++;
        readdir(folder, { withFileTypes: true }).then((entries) => {
          for (const entry of entries) {
            if (entry.isDirectory()) folders.push({ folder: path.join(folder, entry.name), prefix: `${prefix}${entry.name}/` });
            else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
          }
          reading--;
          next();
        }, reject);
      }
    };
    next();
  });
  return files.sort();
}

/**
 * The changes from the site now in outDir (its record) to the new one.
 * @param {{ files: Record<string, string> }} after the new site's scan
 * @param {{ files: Record<string, string> } | undefined} before the record of the site it replaces
 */
export function distChanges(after, before, outDir) {
  const old = before?.files ?? {};
  const files = Object.keys(after.files).sort();
  const added = files.filter((file) => !(file in old));
  const changed = files.filter((file) => file in old && old[file] !== after.files[file]);
  const removed = Object.keys(old)
    .filter((file) => !(file in after.files))
    .sort();
  const file = `${outDir}.changes.json`;
  return {
    file,
    summary: `${added.length} files added, ${changed.length} changed, ${removed.length} removed`,
    /** Written once the new site is in place. */
    write() {
      writeFileSync(`${file}.tmp`, `${JSON.stringify({ added, changed, removed }, null, 1)}\n`);
      renameSync(`${file}.tmp`, file);
    },
  };
}
