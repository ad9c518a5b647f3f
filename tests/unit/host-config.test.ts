/**
 * The headers every host sends come from three files in three formats (public/_headers for
 * Netlify and Cloudflare Pages, vercel.json, deploy/nginx.conf). They must say the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** What a host sends when its config says nothing: revalidate. */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
const paths = ['/', '/world/2025/06/putin-says/', '/_astro/Base.abc123.css', '/pagefind/pagefind.js', '/rss.xml'];

function fromHeadersFile(pathname: string): Record<string, string> {
  return { 'Cache-Control': DEFAULT_CACHE, ...headersFor(parseHeadersFile(read('public/_headers')), pathname) };
}

function fromVercel(pathname: string): Record<string, string> {
  const config = JSON.parse(read('vercel.json')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
  const out: Record<string, string> = { 'Cache-Control': DEFAULT_CACHE };
  for (const rule of config.headers) {
    if (new RegExp(`^${rule.source}$`).test(pathname)) for (const { key, value } of rule.headers) out[key] = value;
  }
  return out;
}

function fromNginx(pathname: string): Record<string, string> {
  const conf = read('deploy/nginx.conf');
  const cache = [...conf.matchAll(/^\s*(~\S+|default)\s+"([^"]+)";/gm)];
  const out: Record<string, string> = {};
  for (const [, name, value] of conf.matchAll(/^\s*add_header (\S+) "([^"]+)" always;/gm)) out[name!] = value!;
  const matched =
    cache.find(([, pattern]) => pattern !== 'default' && new RegExp(pattern!.slice(1)).test(pathname)) ??
    cache.find(([, p]) => p === 'default');
  const cacheLine = conf.match(/^\s*add_header Cache-Control \$dateline_cache_control always;/m);
  if (matched && cacheLine) out['Cache-Control'] = matched[2]!;
  return out;
}

describe('host configuration', () => {
  for (const pathname of paths) {
    it(`sends the same headers for ${pathname} on every host`, () => {
      const expected = fromHeadersFile(pathname);
      expect(fromVercel(pathname)).toEqual(expected);
      expect(fromNginx(pathname)).toEqual(expected);
    });
  }

  it('caches hashed assets for a year and revalidates HTML and the search index', () => {
    expect(fromHeadersFile('/_astro/Base.abc123.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(fromHeadersFile('/world/')['Cache-Control']).toBe(DEFAULT_CACHE);
    expect(fromHeadersFile('/pagefind/pagefind-entry.json')['Cache-Control']).toBe(DEFAULT_CACHE);
  });

  it('sends the security headers everywhere', () => {
    expect(fromHeadersFile('/')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': "frame-ancestors 'none'",
    });
    expect(fromHeadersFile('/')['Permissions-Policy']).toContain('camera=()');
  });

  it('keeps URLs with a trailing slash on Vercel, as every link and the sitemap have them', () => {
    expect(JSON.parse(read('vercel.json')).trailingSlash).toBe(true);
  });
});
