/**
 * Builds the Pagefind index of a built site, through Pagefind's Node API rather than its
 * CLI so the build script fails with a clear message and reports what was indexed.
 * Only published article pages (marked data-pagefind-body) are indexed.
 *
 * The index is written in parts by publication date (src/lib/search-parts.ts): the newest
 * month, the rest of its year, and each year before, each a Pagefind index of its own under
 * pagefind/<part>/, listed newest first in pagefind/parts.json. The search page searches them as
 * one (Pagefind's mergeIndex). A part whose pages are byte for byte those of the last build is
 * taken from the build's cache (search-index/ in Astro's cache folder), written there by that
 * build. A part is keyed on what Pagefind reads of its pages (src/lib/search-region.ts), so the
 * previous/next and related-story links a new story changes on older pages do not make their
 * part indexed again: publishing a story re-indexes its month, not the year before it nor the
 * closed years. Pagefind indexed all 10,000 stories of the benchmark archive in 16.7 s of every
 * publish before the parts.
 */
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { editions } from '../src/lib/editions.ts';
import { SEARCH_PARTS_FILE, partsByEdition, searchParts } from '../src/lib/search-parts.ts';
import { listFiles } from './dist-changes.mjs';

/**
 * Pagefind also writes its ready-made UI bundles. The site renders results with its own
 * components, so nothing loads them: they are removed to keep the deploy small and its
 * file count low (static hosts cap files per deploy).
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
const PAGEFIND_VERSION = JSON.parse(readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8')).version;
/** Bump when the way a part is indexed changes: every cached part is then indexed again. */
const CACHE_FORMAT = 6;

/**
 * @param {string} siteDir the built site
 * @param {{ cacheDir: string, clean?: boolean, pages: { regions: Record<string, string> } }} options
 *   where parts are kept between builds; `clean` indexes every part again; `pages`: the article
 *   pages Pagefind indexes, with the digest of what it reads of each (scripts/dist-changes.mjs scanSite)
 */
export async function indexSite(siteDir, { cacheDir, clean = false, pages }) {
  const outputRoot = path.join(siteDir, 'pagefind');
  const parts = searchParts(Object.keys(pages.regions), editions);
  const manifestFile = path.join(cacheDir, 'manifest.json');
  const manifest = !clean && existsSync(manifestFile) ? readManifest(manifestFile) : {};
  const report = [];
  let indexed = 0;
  try {
    for (const part of parts) {
      const key = partKey(part.files.map((file) => [file, pages.regions[file]]));
      const outputPath = path.join(outputRoot, part.name);
      const cached = manifest[part.name];
      if (cached?.key === key && (await restore(path.join(cacheDir, part.name), cached.files, outputPath))) {
        indexed += cached.indexed;
        report.push(`${part.name} ${cached.indexed} (unchanged)`);
        continue;
      }
      rmSync(outputPath, { recursive: true, force: true });
      const count = await indexPart(siteDir, part, outputPath);
      indexed += count;
      report.push(`${part.name} ${count}`);
      // The manifest never names a part whose files are being replaced: a build killed meanwhile
      // leaves a part the next build indexes again, never one it trusts half-written.
      writeManifest(manifestFile, Object.fromEntries(Object.entries(manifest).filter(([name]) => name !== part.name)));
      manifest[part.name] = { key, indexed: count, files: await keep(outputPath, path.join(cacheDir, part.name)) };
      writeManifest(manifestFile, manifest);
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(outputRoot, { recursive: true });
  // A site built over the previous one still has the parts and files that site had.
  const names = parts.map((part) => part.name);
  const kept = new Set([...names, SEARCH_PARTS_FILE]);
  for (const entry of readdirSync(outputRoot)) if (!kept.has(entry)) rmSync(path.join(outputRoot, entry), { recursive: true, force: true });
  // Each edition's search page merges its own parts only: listed per edition, so the page needs no site config.
  const byEdition = partsByEdition(names, editions);
  writeFileSync(path.join(outputRoot, SEARCH_PARTS_FILE), `${JSON.stringify({ parts: names, editions: byEdition })}\n`);
  console.log(`Search index: ${indexed} articles indexed, in parts ${report.join(', ')}`);
}

/** One part's own Pagefind index, written to outputPath; returns how many pages it holds. */
async function indexPart(siteDir, part, outputPath) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads the files itself: sending each page's text to it took twice as long.
  for (const glob of part.globs) {
    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir} (${glob}): ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of UNUSED_UI_FILES) rmSync(path.join(outputPath, file), { force: true });
  keepSortedOrder(outputPath);
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The search page searches the newest part with the others merged into it (`mergeIndex`: one
 * engine, one WebAssembly download, filter counts added up). Pagefind orders merged results by
 * score, and in a sorted search a result's score is its rank in its own index's order, so "newest
 * first" would interleave the parts by rank, not by date. The parts are newest first and do not
 * overlap in time, so each part's own date order, part after part, is the archive's: this makes
 * a sorted search order each part by its ranks and keep the parts in order (a search by
 * relevance is still ordered by score across parts). A Pagefind whose code no longer reads as expected stops
 * the build, rather than letting search answer in the wrong order.
 */
const MERGED_RESULTS =
  /(async search\(term,(\w+)=\{\}\)\{let (\w+)=await Promise\.all\(this\.instances\.map\(\(i2\)=>i2\.search\(term,\2\)\)\);[^;]*;[^;]*;const results=\3\.flatMap\(\(s\)=>s\.results\))\.sort\(\(a,b\)=>b\.score-a\.score\);/;
function keepSortedOrder(partDir) {
  for (const file of ['pagefind.js', 'pagefind-worker.js']) {
    const target = path.join(partDir, file);
    const code = readFileSync(target, 'utf8');
    if (!MERGED_RESULTS.test(code))
      throw new Error(
        `${target}: Pagefind ${PAGEFIND_VERSION} does not merge search results as scripts/search-index.mjs expects, so "newest first" across the index parts could be out of order. Update keepSortedOrder() for this version of Pagefind.`,
      );
    writeFileSync(
      target,
      code.replace(
        MERGED_RESULTS,
        (_, merged, options, searches) =>
          `${merged.replace(`${searches}.flatMap((s)=>s.results)`, `${searches}.flatMap((s)=>${options}.sort?s.results.sort((a,b)=>b.score-a.score):s.results)`)};if(!${options}.sort)results.sort((a,b)=>b.score-a.score);`,
      ),
    );
  }
}

/** What a part's index is made from: what Pagefind reads of each of its pages, and the indexer that read them. */
function partKey(pageDigests) {
  const hash = createHash('sha256').update(`${CACHE_FORMAT} pagefind ${PAGEFIND_VERSION}\n`);
  for (const [file, digest] of pageDigests) hash.update(`${file}\n${digest}\n`);
  return hash.digest('hex');
}

function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.log('The search index cache could not be read (an interrupted build?): every part is indexed again.');
    return {};
  }
}

function writeManifest(file, manifest) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  renameSync(`${file}.tmp`, file);
}

/**
 * A part's files, linked into the cache (a second name for the same bytes: nothing is copied,
 * and neither the build nor the swap of dist/ ever writes into a file once written). Returns
 * each file's size, which restore() checks.
 */
async function keep(from, to) {
  rmSync(to, { recursive: true, force: true });
  const files = {};
  for (const relative of await listFiles(from)) {
    link(path.join(from, relative), path.join(to, relative));
    files[relative] = statSync(path.join(from, relative)).size;
  }
  return files;
}

/**
 * A cached part into the site, if every file is there at its size; false if the cache cannot be
 * trusted. A file already in place as a link to the cached one (a site built over the previous
 * one) is left as it is; files the part does not have are removed.
 */
async function restore(from, files, to) {
  for (const [relative, size] of Object.entries(files)) {
    const source = path.join(from, relative);
    if (!existsSync(source) || statSync(source).size !== size) {
      console.log(`The search index cache of ${path.basename(from)} is incomplete: that part is indexed again.`);
      return false;
    }
  }
  if (existsSync(to)) {
    for (const relative of await listFiles(to)) if (!(relative in files)) rmSync(path.join(to, relative));
  }
  for (const relative of Object.keys(files)) {
    const [source, target] = [path.join(from, relative), path.join(to, relative)];
    const there = statSync(target, { throwIfNoEntry: false });
    if (there?.ino === statSync(source).ino) continue;
    // Never a write into the file there: it may be a link to another version in the cache.
    if (there) rmSync(target);
    link(source, target);
  }
  return true;
}

function link(source, target) {
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
