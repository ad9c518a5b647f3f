/**
 * patches/astro+7.3.5.patch makes Astro's chunked content store count bytes natively instead of
 * one TextEncoder call per character, and has the server bundle read the content store when it
 * runs instead of carrying it as a string literal (every build test and browser test runs on it). The chunks must stay exactly what they were: every chunk at
 * most the byte limit, never a character split (surrogate pairs included), the text unchanged.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// Astro's internal modules (not in its package exports): the writer the patch changes, and its store.
import { chunkString } from '../../node_modules/astro/dist/content/data-store-writer.js';
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';

const encoder = new TextEncoder();
const pieces = ['a', 'é', 'ж', '中', '😀', '\n', '"', '\uD800'];

describe('the content store in chunks (patched Astro writer)', () => {
  it('splits text into chunks within the byte limit without splitting a character', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: Math.floor(random() * 300) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const limit = 4 + Math.floor(random() * 60);
      const chunks: string[] = chunkString(text, limit);
      expect(chunks.join('')).toBe(text);
      let at = 0;
      for (const chunk of chunks) {
        expect(encoder.encode(chunk).length).toBeLessThanOrEqual(limit);
        at += chunk.length;
        const splitsPair = /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[at] ?? '');
        expect(splitsPair, `chunk boundary at ${at} splits a surrogate pair`).toBe(false);
      }
    }
  });

  it('keeps a string that fits in one chunk whole', () => {
    expect(chunkString('Harbour council — 😀 ok', 1000)).toEqual(['Harbour council — 😀 ok']);
  });
});

describe('the patch', () => {
  it('is applied by npm install (postinstall: patch-package)', () => {
    const writer = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/astro/dist/content/data-store-writer.js'), 'utf8');
    expect(writer).toContain('Buffer.byteLength');
    expect(writer).not.toContain('ENCODER.encode');
    const plugin = readFileSync(
      path.resolve(import.meta.dirname, '../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js'),
      'utf8',
    );
    expect(plugin).toContain('code: readAtRuntime(dataStoreFile, "json")');
    expect(plugin).not.toContain('export default JSON.parse(${JSON.stringify(jsonData)})');
  });
});

/**
 * At 100,000 stories the store is kept in chunk files named by the hash of their text. The patch
 * writes an entry read from disk back from the text it was read from, and leaves a chunk file that
 * exists already alone; a store that could not be read is removed before it is written again.
 * What these tests can see is the result: entries read back as last set (text reused for the
 * wrong entry would bring back the old headline), chunks before a change not written again, and
 * a damaged store rebuilt whole. That no chunk is read back to compare saves time only, and
 * Astro's own compare would leave an unchanged chunk's time alone too: no test here tells the two
 * apart (the bench's content sync phase does).
 */
describe('the chunked content store', () => {
  const logger = { warn: () => {} };
  const chunkSize = 300;
  async function chunkedStore() {
    const dir = pathToFileURL(`${mkdtempSync(path.join(tmpdir(), 'dateline-chunks-'))}/`);
    const store = await MutableDataStore.fromDir(dir, chunkSize, logger);
    for (let i = 0; i < 40; i++) {
      store.scopedStore('articles').set({ id: `a${String(i).padStart(2, '0')}`, data: { title: `Story ${i} — «${i}»` }, digest: `d${i}` });
    }
    await store.writeToDisk();
    return dir;
  }
  const chunks = (dir: URL) => readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const titles = async (dir: URL) => {
    const store = await MutableDataStore.fromDir(dir, chunkSize, logger);
    return store.values('articles').map((e) => String(e.data.title));
  };

  it('reads back every entry after one was added and one replaced, and keeps the chunks before them', async () => {
    const dir = await chunkedStore();
    const before = chunks(dir);
    expect(before.length).toBeGreaterThan(5);
    const old = new Date('2001-01-01');
    for (const f of before) utimesSync(new URL(f, dir), old, old);
    const store = await MutableDataStore.fromDir(dir, chunkSize, logger);
    store.scopedStore('articles').set({ id: 'a30', data: { title: 'Story 30, corrected' }, digest: 'changed' });
    store.scopedStore('articles').set({ id: 'a99', data: { title: 'A new story' }, digest: 'new' });
    await store.writeToDisk();
    const read = await titles(dir);
    expect(read).toHaveLength(41);
    expect(read).toContain('Story 29 — «29»');
    expect(read).toContain('Story 30, corrected');
    expect(read).not.toContain('Story 30 — «30»');
    expect(read.at(-1)).toBe('A new story');
    const kept = chunks(dir).filter((f) => statSync(new URL(f, dir)).mtime.getTime() === old.getTime());
    expect(kept.length, 'chunks before the first change, not written again').toBeGreaterThan(3);
    expect(chunks(dir).length - kept.length, 'chunks written').toBeLessThan(before.length);
  });

  it('a store that cannot be read is rebuilt whole, with no damaged chunk kept', async () => {
    const dir = await chunkedStore();
    const damaged = chunks(dir)[0]!;
    writeFileSync(new URL(damaged, dir), 'not a store entry\n');
    const store = await MutableDataStore.fromDir(dir, chunkSize, logger);
    expect(store.values('articles')).toHaveLength(0);
    for (let i = 0; i < 40; i++) {
      store.scopedStore('articles').set({ id: `a${String(i).padStart(2, '0')}`, data: { title: `Story ${i} — «${i}»` }, digest: `d${i}` });
    }
    await store.writeToDisk();
    expect(await titles(dir)).toHaveLength(40);
  });
});
