import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  fileUrl,
  isArticlePath,
  offlinePagesFor,
  overLimit,
  shellFiles,
  staleCaches,
  strategyFor,
} from '../../src/lib/offline';

const scope = 'http://localhost:4400/news/';
const get = (path: string, mode = 'no-cors') => ({ url: `http://localhost:4400${path}`, method: 'GET', mode });

describe('service worker strategies', () => {
  it('serves pages network-first and hashed assets cache-first', () => {
    expect(strategyFor(get('/news/world/2025/06/some-story/', 'navigate'), scope)).toBe('page');
    expect(strategyFor(get('/news/_astro/index.Bx1.css'), scope)).toBe('asset');
    expect(strategyFor(get('/news/stories.json'), scope)).toBe('data');
  });

  it('leaves alone what is not its business', () => {
    expect(strategyFor({ ...get('/news/saved/'), method: 'POST' }, scope)).toBe('pass');
    expect(strategyFor(get('/other/', 'navigate'), scope)).toBe('pass');
    expect(strategyFor({ url: 'https://elsewhere.example/news/x.css', method: 'GET', mode: 'cors' }, scope)).toBe('pass');
    expect(strategyFor(get('/news/pagefind/pagefind.js'), scope)).toBe('pass');
    expect(strategyFor(get('/news/sw.js'), scope)).toBe('pass');
  });

  it('keeps articles, not lists or date archives', () => {
    expect(isArticlePath('world/2025/06/putin-says-russia/')).toBe(true);
    expect(isArticlePath('archive/2025/06/2/')).toBe(false);
    expect(isArticlePath('world/')).toBe(false);
    expect(isArticlePath('world/2/')).toBe(false);
    expect(isArticlePath('tags/peace-talks/')).toBe(false);
    expect(isArticlePath('')).toBe(false);
  });
});

describe('caches across deploys', () => {
  it('names caches per site, and the shell per version', () => {
    const names = cacheNames(scope, 'v2');
    expect(names.shell).toBe(`dateline-shell-v2 ${scope}`);
    expect(names.pages).toBe(`dateline-pages ${scope}`);
    expect(cacheNames('http://localhost:4400/').pages).not.toBe(names.pages);
  });

  it('deletes only this site’s older shells, never pages, media or another site’s caches', () => {
    const current = cacheNames(scope, 'v2');
    const existing = [
      `dateline-shell-v1 ${scope}`,
      current.shell,
      current.pages,
      current.media,
      'dateline-shell-v1 http://localhost:4400/',
      'someone-else',
    ];
    expect(staleCaches(existing, current, scope)).toEqual([`dateline-shell-v1 ${scope}`]);
  });

  it('precaches every edition’s offline page and saved list, the story index and every CSS and JS file', () => {
    const built = [
      'index.html',
      'offline/index.html',
      'saved/index.html',
      'ru/offline/index.html',
      'ru/saved/index.html',
      'ru/index.html',
      'stories.json',
      'favicon.svg',
      '_astro/index.A1.css',
      '_astro/Base.astro_astro_type_script_index_0_lang.B2.js',
      '_astro/photo.C3.webp',
      'world/2025/06/story/index.html',
      'pagefind/pagefind.js',
    ];
    expect(shellFiles(built)).toEqual([
      '_astro/Base.astro_astro_type_script_index_0_lang.B2.js',
      '_astro/index.A1.css',
      'favicon.svg',
      'offline/index.html',
      'ru/offline/index.html',
      'ru/saved/index.html',
      'saved/index.html',
      'stories.json',
    ]);
    expect(shellFiles(built).map(fileUrl)).toContain('offline/');
  });

  it('offline, a page of an edition falls back to that edition’s offline page, then the default one', () => {
    expect(offlinePagesFor('ru/world/2026/09/story/')).toEqual(['ru/offline/', 'offline/']);
    expect(offlinePagesFor('world/2026/09/story/')).toEqual(['offline/']);
    // A section whose name looks like a code costs one cache lookup that finds nothing.
    expect(offlinePagesFor('art/')).toEqual(['art/offline/', 'offline/']);
  });

  it('drops the oldest media beyond the limit', () => {
    expect(overLimit(['a', 'b', 'c', 'd'], 3)).toEqual(['a']);
    expect(overLimit(['a'], 3)).toEqual([]);
  });
});
