#!/usr/bin/env node
/**
 * The sampled recall check: proof that search finds what a reader expects, on a built site.
 *
 * `node scripts/search-recall.mjs [dist] [--sample 200] [--seed 1]` picks stories at random from
 * what Pagefind indexed, and for each one
 * - searches the rarest word of its text outside the headline: the story must be among the results;
 * - searches its headline: the first result must carry that headline (another story with the very
 *   same headline counts, since nothing tells the two apart).
 * It searches with Pagefind's own search code (the site's pagefind.js, run in Node against a local
 * server), so it checks the index and the ranking readers get, not a copy of them. Each edition
 * is searched on its own, as its search page does (its own parts merged), and a story is looked
 * for in its edition's search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { prng } from './prng.mjs';
import { createSiteServer } from './serve.mjs';
import { SEARCH_PARTS_FILE } from '../src/lib/search-parts.ts';

/** Words as Pagefind splits them, lower-cased; short ones are too common to prove anything. */
function words(text) {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 5);
}

/**
 * Every indexed story as Pagefind stored it: its id (the hash a search result carries), URL,
 * headline and indexed text.
 */
function indexedStories(siteDir, parts) {
  const stories = [];
  for (const part of parts) {
    const dir = path.join(siteDir, 'pagefind', part, 'fragment');
    for (const file of readdirSync(dir).sort()) {
      const raw = gunzipSync(readFileSync(path.join(dir, file)));
      const json = JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8'));
      // A fragment file holds one page, or (grouped) an object of pages keyed by hash.
      const fragments = 'url' in json ? [[path.basename(file, '.pf_fragment'), json]] : Object.entries(json);
      for (const [id, fragment] of fragments) {
        stories.push({ id, part, url: fragment.url, title: fragment.meta?.title ?? '', content: fragment.content ?? '' });
      }
    }
  }
  return stories;
}

/** The parts of the site's search index (scripts/search-index.mjs), newest first, and each edition's. */
function partsOf(siteDir) {
  return JSON.parse(readFileSync(path.join(siteDir, 'pagefind', SEARCH_PARTS_FILE), 'utf8'));
}

/** An edition's parts of the index searched as one, as its search page does: merged into the newest part. */
async function searchParts(siteDir, parts, port) {
  const [newest, ...older] = parts;
  const pagefind = await import(pathToFileURL(path.resolve(siteDir, 'pagefind', newest, 'pagefind.js')).href);
  await pagefind.options({ basePath: `http://localhost:${port}/pagefind/${newest}/`, baseUrl: '/' });
  for (const part of older) await pagefind.mergeIndex(`http://localhost:${port}/pagefind/${part}/`, { baseUrl: '/' });
  return pagefind;
}

/**
 * @param {string} siteDir a built site (dist/) with its pagefind/ folder
 * @param {{ sample?: number, seed?: number }} options
 */
export async function checkRecall(siteDir, { sample = 200, seed = 1 } = {}) {
  const { parts, editions } = partsOf(siteDir);
  const stories = indexedStories(siteDir, parts);
  if (stories.length === 0) throw new Error(`${siteDir}: Pagefind indexed no stories; build the site first`);
  const documentFrequency = new Map();
  for (const story of stories)
    for (const word of new Set(words(story.content))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);

  const random = prng(seed);
  const picked = [...stories];
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [picked[i], picked[j]] = [picked[j], picked[i]];
  }
  picked.length = Math.min(sample, picked.length);

  const server = createSiteServer({ dir: siteDir, base: '/' });
  await new Promise((resolve) => server.listen(0, resolve));
  const searches = new Map();
  for (const own of Object.values(editions)) {
    if (own.length === 0) continue;
    const search = await searchParts(siteDir, own, server.address().port);
    for (const part of own) searches.set(part, search);
  }
  try {
    const wordMisses = [];
    const headlineMisses = [];
    for (const story of picked) {
      const pagefind = searches.get(story.part);
      const headlineWords = new Set(words(story.title));
      const rare = words(story.content)
        .filter((w) => !headlineWords.has(w))
        .sort((a, b) => documentFrequency.get(a) - documentFrequency.get(b) || a.localeCompare(b))[0];
      if (rare) {
        // Results are matched by id: loading every result's fragment to read its URL fetched
        // thousands of files at once for a common word on a 100,000-story archive.
        const search = await pagefind.search(rare, {});
        if (!search.results.some((r) => r.id === story.id)) wordMisses.push({ url: story.url, word: rare, results: search.results.length });
      }
      const search = await pagefind.search(story.title, {});
      const first = search.results[0] ? await search.results[0].data() : undefined;
      if (first?.meta?.title !== story.title) headlineMisses.push({ url: story.url, headline: story.title, first: first?.url ?? null });
    }
    return { indexed: stories.length, checked: picked.length, wordMisses, headlineMisses };
  } finally {
    for (const search of new Set(searches.values())) await search.destroy();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const siteDir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
  const result = await checkRecall(siteDir, { sample: flag('sample', 200), seed: flag('seed', 1) });
  console.log(
    `Search recall: ${result.checked} of ${result.indexed} stories sampled; ${result.checked - result.wordMisses.length} found by a rare word, ${result.checked - result.headlineMisses.length} first for their headline`,
  );
  for (const miss of result.wordMisses) console.log(`  not found by "${miss.word}": ${miss.url} (${miss.results} results)`);
  for (const miss of result.headlineMisses)
    console.log(`  not first for its headline "${miss.headline}": ${miss.url} (first: ${miss.first})`);
  if (result.wordMisses.length > 0 || result.headlineMisses.length > 0) process.exitCode = 1;
}
