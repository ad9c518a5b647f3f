/**
 * patches/astro+7.3.5.patch makes Astro's chunked content store count bytes natively instead of
 * one TextEncoder call per character, and has the server bundle read the content store when it
 * runs instead of carrying it as a string literal (every build test and browser test runs on it). The chunks must stay exactly what they were: every chunk at
 * most the byte limit, never a character split (surrogate pairs included), the text unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// Astro's internal module (not in its package exports): the writer the patch changes.
import { chunkString } from '../../node_modules/astro/dist/content/data-store-writer.js';

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
