import { describe, expect, it } from 'vitest';
import { webAddress } from '../../src/lib/import/web-address';

describe('webAddress: the addresses the importer keeps from a source', () => {
  it('resolves a relative link against the page or feed it came from', () => {
    expect(webAddress('/world/story/', 'https://example.org/feed.xml')).toBe('https://example.org/world/story/');
    expect(webAddress('story.html', 'https://example.org/news/')).toBe('https://example.org/news/story.html');
  });

  it('keeps absolute http and https addresses as they are', () => {
    expect(webAddress('http://example.org/a')).toBe('http://example.org/a');
    expect(webAddress('HTTPS://Example.org/a', 'https://other.org/')).toBe('https://example.org/a');
  });

  it('is no address for script, data and file URLs, however they are spelt', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'vbscript:x',
    ])
      expect(webAddress(href, 'https://example.org/'), href).toBeUndefined();
  });

  it('is no address for nothing, for a relative link with no base, or for text no URL parser accepts', () => {
    expect(webAddress(undefined)).toBeUndefined();
    expect(webAddress('')).toBeUndefined();
    expect(webAddress('/world/story/')).toBeUndefined();
    expect(webAddress('http://exa mple.org/')).toBeUndefined();
  });
});
