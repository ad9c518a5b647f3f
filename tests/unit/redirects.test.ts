import { describe, expect, it } from 'vitest';
import { redirectRules } from '../../src/lib/redirects';

describe('_redirects', () => {
  const stories = [
    { path: '/politics/2026/07/new-slug/', redirectFrom: ['/politics/2026/07/old-slug/', '/world/2026/07/older-slug/'] },
    { path: '/world/2025/06/unchanged/', redirectFrom: [] },
  ];

  it('sends each old URL to the current one with a 301, under the base path', () => {
    expect(
      redirectRules(stories, '/news/')
        .split('\n')
        .filter((l) => !l.startsWith('#') && l),
    ).toEqual([
      '/news/politics/2026/07/old-slug/ /news/politics/2026/07/new-slug/ 301',
      '/news/world/2026/07/older-slug/ /news/politics/2026/07/new-slug/ 301',
    ]);
  });
});
