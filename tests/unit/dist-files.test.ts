import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachAtOnce, listFiles } from '../../scripts/dist-changes.mjs';

describe('listing a built site', () => {
  it('lists every file under the folder, nested ones too, as sorted "/"-separated paths, and no folders', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dateline-list-'));
    for (const file of [
      'index.html',
      'world/index.html',
      'world/2026/07/a-story/index.html',
      'world/2026/07/a-story/card.jpg',
      '_astro/app.js',
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), file);
    }
    mkdirSync(path.join(dir, 'empty'));
    expect(await listFiles(dir)).toEqual([
      '_astro/app.js',
      'index.html',
      'world/2026/07/a-story/card.jpg',
      'world/2026/07/a-story/index.html',
      'world/index.html',
    ]);
  });
});

describe('eachAtOnce', () => {
  it('runs the task on every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachAtOnce(
      Array.from({ length: 50 }, (_, i) => i),
      async (i: number) => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, i % 3));
        done.push(i);
        running--;
      },
      4,
    );
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(most).toBe(4);
  });

  it('fails with the task’s failure', async () => {
    await expect(
      eachAtOnce([1, 2, 3], async (i: number) => {
        if (i === 2) throw new Error('site/2 was changed after it was built');
      }),
    ).rejects.toThrow('site/2 was changed after it was built');
  });
});
