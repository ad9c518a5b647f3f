import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share';

describe('share links', () => {
  it('encodes the page URL and title into each network’s share form', () => {
    const links = shareLinks('https://example.org/a/?x=1&y=2', 'Putin & “peace”', 'Email');
    const email = links.find((l) => l.network === 'Email');
    expect(email?.url).toBe('mailto:?subject=Putin%20%26%20%E2%80%9Cpeace%E2%80%9D&body=https%3A%2F%2Fexample.org%2Fa%2F%3Fx%3D1%26y%3D2');
    for (const link of links) expect(link.url).not.toContain('&y=2');
  });
});
