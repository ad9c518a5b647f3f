/**
 * An operator can turn social cards off (site config `socialCards: false`, or SOCIAL_CARDS=off
 * for one build): no card files, and a shared story shows its hero photo instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'tests/.output/no-cards');
const reference = 'world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms';

const meta = (html: string, property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];

describe('a build with SOCIAL_CARDS=off', () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: outDir, SOCIAL_CARDS: 'off', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it('writes no card.jpg anywhere', () => {
    const cards = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('card.jpg'));
    expect(cards).toEqual([]);
  });

  it('shares the story with its hero photo: 1200 px JPEG, its alt text, a large Twitter card', () => {
    const html = readFileSync(path.join(outDir, reference, 'index.html'), 'utf8');
    const image = meta(html, 'og:image');
    expect(image).toMatch(/^https:\/\/dateline\.example\/_astro\/.+\.jpe?g$/);
    expect(existsSync(path.join(outDir, new URL(image!).pathname))).toBe(true);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:alt')).not.toBe('');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).not.toContain('card.jpg');
  });
});
