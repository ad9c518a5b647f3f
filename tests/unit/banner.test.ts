import { describe, expect, it } from 'vitest';
import { currentBanner, showsBanner } from '../../src/lib/banner';

const expiresAt = '2026-12-01T18:00:00.000Z';
const banner = { message: 'Storm Edda: follow live', link: '/world/2026/11/storm/', expiresAt, locale: 'en-GB' };

describe('the breaking-news banner', () => {
  it('is published by a build before its expiry and not by one after', () => {
    const file = { ...banner, expiresAt: new Date(expiresAt) };
    expect(currentBanner(file, new Date('2026-12-01T17:59:00Z'))).toBe(file);
    expect(currentBanner(file, new Date('2026-12-01T18:00:00Z'))).toBeUndefined();
    expect(currentBanner(undefined, new Date())).toBeUndefined();
  });

  it('is hidden by a reader’s browser at its expiry, even before the next build', () => {
    expect(showsBanner(banner, Date.parse('2026-12-01T17:00:00Z'), null, 'en-GB')).toBe(true);
    expect(showsBanner(banner, Date.parse('2026-12-01T18:00:01Z'), null, 'en-GB')).toBe(false);
    expect(showsBanner(null, Date.parse('2026-12-01T17:00:00Z'), null, 'en-GB')).toBe(false);
  });

  it('stays dismissed for its link, and a banner with another link shows again', () => {
    const now = Date.parse('2026-12-01T17:00:00Z');
    expect(showsBanner(banner, now, '/world/2026/11/storm/', 'en-GB')).toBe(false);
    expect(showsBanner({ ...banner, message: 'Storm Edda: 3,000 homes without power' }, now, '/world/2026/11/storm/', 'en-GB')).toBe(false);
    expect(showsBanner({ ...banner, link: '/world/2026/12/ferry/' }, now, '/world/2026/11/storm/', 'en-GB')).toBe(true);
  });

  it('shows only on the pages of the edition it was written for', () => {
    const now = Date.parse('2026-12-01T17:00:00Z');
    expect(showsBanner(banner, now, null, 'ru-RU')).toBe(false);
    expect(showsBanner({ ...banner, locale: 'ru-RU' }, now, null, 'ru-RU')).toBe(true);
  });
});
