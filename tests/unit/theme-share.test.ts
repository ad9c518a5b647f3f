import { describe, expect, it } from 'vitest';
import { nextTheme, readTheme, storeTheme, themeLabel } from '../../src/lib/theme';
import { shareLinks } from '../../src/lib/share';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('theme choice', () => {
  it('cycles system → light → dark → system', () => {
    expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'system']);
  });

  it('stores an explicit choice and forgets "system"', () => {
    const storage = memoryStorage();
    storeTheme(storage, 'dark');
    expect(readTheme(storage)).toBe('dark');
    storeTheme(storage, 'system');
    expect(readTheme(storage)).toBe('system');
    expect(themeLabel('dark')).toBe('Dark');
  });

  it('ignores a stored value it does not know', () => {
    const storage = memoryStorage();
    storage.setItem('dateline-theme', 'purple');
    expect(readTheme(storage)).toBe('system');
  });
});

describe('share links', () => {
  it('encodes the page URL and title into each network’s share form', () => {
    const links = shareLinks('https://example.org/a/?x=1&y=2', 'Putin & “peace”');
    const email = links.find((l) => l.network === 'Email');
    expect(email?.url).toBe('mailto:?subject=Putin%20%26%20%E2%80%9Cpeace%E2%80%9D&body=https%3A%2F%2Fexample.org%2Fa%2F%3Fx%3D1%26y%3D2');
    for (const link of links) expect(link.url).not.toContain('&y=2');
  });
});
