import { describe, expect, it } from 'vitest';
import {
  defaultEdition,
  editionOfPage,
  editions,
  inEdition,
  inEveryEdition,
  otherEditions,
  routeEditions,
  splitEditionPath,
} from '../../src/lib/editions';
import { partsByEdition, searchParts } from '../../src/lib/search-parts';
import { en } from '../../src/strings/en';
import { plural } from '../../src/lib/plural';
import { stringsFor } from '../../src/strings';

const ru = editions.find((e) => e.lang === 'ru')!;

describe('editions', () => {
  it('offer a page’s readers every other edition, never its own', () => {
    expect(otherEditions(defaultEdition)).toEqual([ru]);
    expect(otherEditions(ru)).toEqual([defaultEdition]);
  });

  it('keep the default edition at the root and put each other one under /<lang>/', () => {
    expect(defaultEdition.lang).toBe('en');
    expect(inEdition(defaultEdition, '/world/')).toBe('/world/');
    expect(inEdition(ru, '/world/')).toBe('/ru/world/');
    expect(inEdition(ru, '/')).toBe('/ru/');
    expect(inEveryEdition('/search/').map((a) => a.path)).toEqual(['/search/', '/ru/search/']);
  });

  it('tell the edition of a path, with or without a base path, and the path within it', () => {
    expect(splitEditionPath('/ru/world/2026/06/slug/')).toEqual({ edition: ru, path: '/world/2026/06/slug/' });
    expect(splitEditionPath('/ru/')).toEqual({ edition: ru, path: '/' });
    expect(splitEditionPath('/world/')).toEqual({ edition: defaultEdition, path: '/world/' });
    // A section that merely starts with an edition's code is no edition.
    expect(splitEditionPath('/russia/').edition).toBe(defaultEdition);
    expect(editionOfPage('/news/ru/search/', '/news/')).toBe(ru);
    expect(editionOfPage('/news/world/', '/news/')).toBe(defaultEdition);
    expect(editionOfPage('/ru/', '/')).toBe(ru);
  });

  it('build the [edition] routes for the other editions and every other route for the default', () => {
    expect(routeEditions('/[section]/[...page]')).toEqual([{ edition: defaultEdition, params: {} }]);
    expect(routeEditions('/[edition]/[section]/[...page]')).toEqual([{ edition: ru, params: { edition: 'ru' } }]);
  });

  it('index each edition’s articles in parts of their own, which its search page merges', () => {
    const parts = searchParts(
      ['world/2026/06/a/index.html', 'world/2025/03/b/index.html', 'ru/world/2026/06/c/index.html', 'ru/politics/2026/02/d/index.html'],
      editions,
    );
    expect(parts.map((p) => [p.name, p.files])).toEqual([
      ['2026-06', ['world/2026/06/a/index.html']],
      ['2025', ['world/2025/03/b/index.html']],
      ['ru-2026-06', ['ru/world/2026/06/c/index.html']],
      ['ru-2026', ['ru/politics/2026/02/d/index.html']],
    ]);
    expect(parts.find((p) => p.name === 'ru-2026-06')?.globs).toEqual(['ru/*/2026/06/*/index.html']);
    const names = parts.map((p) => p.name);
    expect(partsByEdition(names, editions)).toEqual({ en: ['2026-06', '2025'], ru: ['ru-2026-06', 'ru-2026'] });
    // A section that starts with an edition's code is the default edition's.
    expect(searchParts(['russia/2026/06/e/index.html'], editions).map((p) => p.name)).toEqual(['2026-06']);
  });
});

describe('strings', () => {
  it('count in Russian with its three plural forms', () => {
    const minutes = stringsFor(ru).dateline.minutesRead;
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural(minutes, n, ru.locale))).toEqual([
      '1 минута чтения',
      '2 минуты чтения',
      '5 минут чтения',
      '11 минут чтения',
      '21 минута чтения',
      '22 минуты чтения',
      '25 минут чтения',
    ]);
    expect(plural(en.list.stories, 1, 'en-GB')).toBe('1 story');
    expect(plural(en.list.stories, 1234, 'en-GB')).toBe('1,234 stories');
  });

  it('every edition’s file gives every string in its own words, none left in English', () => {
    const leaves = (value: unknown, at: string): [string, string][] =>
      typeof value === 'string'
        ? [[at, value]]
        : typeof value === 'function'
          ? [[at, String((value as (...a: unknown[]) => string)('X', 2, 'Y'))]]
          : Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, `${at}.${key}`));
    const english = new Map(leaves(en, ''));
    for (const edition of editions.filter((e) => e !== defaultEdition)) {
      const own = leaves(stringsFor(edition), '');
      // The same keys (TypeScript checks the shape; this checks nothing is left empty).
      expect(own.map(([key]) => key).filter((key) => !key.match(/\.(few|many|zero|two)$/))).toEqual([...english.keys()]);
      const untranslated = own.filter(([key, text]) => text.trim() === '' || (/[a-z]{3}/i.test(text) && text === english.get(key)));
      expect(untranslated, edition.lang).toEqual([]);
    }
  });
});
