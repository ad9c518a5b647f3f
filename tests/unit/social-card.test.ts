import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, headlineSize, socialCard, type CardContent } from '../../src/lib/social-card';

const hero = path.resolve(import.meta.dirname, '../../content/images/putin-placeholder.jpg');
const content: CardContent = {
  headline: 'Putin Says Russia and Ukraine Nowhere Close on Peace Terms',
  section: 'World',
  siteName: 'Dateline',
  heroFile: hero,
};
const cacheDir = mkdtempSync(path.join(tmpdir(), 'cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('social cards', () => {
  it('are 1200×630 JPEGs, with or without a hero photo', async () => {
    for (const heroFile of [hero, undefined]) {
      const meta = await sharp(await socialCard({ ...content, heroFile }, cacheDir)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    }
  });

  it('are drawn once and then read from the cache while nothing on them changes', async () => {
    const before = readdirSync(cacheDir).length;
    const first = await socialCard(content, cacheDir);
    const again = await socialCard(content, cacheDir);
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(cacheDir).length).toBe(before);
    expect(await cardKey({ ...content, headline: 'Corrected headline' })).not.toBe(await cardKey(content));
    expect(await cardKey({ ...content, section: 'Politics' })).not.toBe(await cardKey(content));
  });

  // A letter no font has is drawn as the same empty box, whatever it is: a card of Cyrillic
  // without a Cyrillic face would equal one whose letters are all missing ones (U+E000).
  it('draw Cyrillic headlines and section names (the Russian edition)', async () => {
    const cyrillic = { ...content, headline: 'Инес Кэллоуэй', section: 'Политика', heroFile: undefined };
    const missing = (text: string) => text.replace(/\S/g, '\uE000');
    const tofu = { ...cyrillic, headline: missing(cyrillic.headline), section: missing(cyrillic.section) };
    expect((await socialCard(cyrillic, cacheDir)).equals(await socialCard(tofu, cacheDir))).toBe(false);
  });

  it('set long headlines smaller', () => {
    expect(headlineSize('Short')).toBeGreaterThan(headlineSize('x'.repeat(120)));
  });
});
