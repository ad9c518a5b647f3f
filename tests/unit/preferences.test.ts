import { describe, expect, it } from 'vitest';
import { prePaintScript } from '../../src/lib/pre-paint';
import { isPreferenceName, readPreference, storePreference } from '../../src/lib/preferences';

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('reading preferences', () => {
  it('stores a choice under its own key and forgets the default', () => {
    const storage = memoryStorage();
    storePreference(storage, 'theme', 'sepia');
    storePreference(storage, 'textSize', 'largest');
    expect(readPreference(storage, 'theme')).toBe('sepia');
    expect(readPreference(storage, 'textSize')).toBe('largest');
    storePreference(storage, 'theme', '');
    expect(readPreference(storage, 'theme')).toBeUndefined();
    expect([...storage.map.keys()]).toEqual(['dateline-text-size']);
  });

  it('reads an unknown or foreign value as the default', () => {
    const storage = memoryStorage({ 'dateline-theme': 'purple', 'dateline-line-width': 'constructor' });
    expect(readPreference(storage, 'theme')).toBeUndefined();
    expect(readPreference(storage, 'lineWidth')).toBeUndefined();
  });

  it('knows its form field names and nothing else', () => {
    expect(['theme', 'textSize', 'lineWidth'].every(isPreferenceName)).toBe(true);
    expect(isPreferenceName('toString')).toBe(false);
    expect(isPreferenceName('q')).toBe(false);
  });
});

describe('the pre-paint script', () => {
  function run(entries: Record<string, string>, storageThrows = false) {
    const attributes: Record<string, string> = {};
    const documentElement = {
      dataset: attributes,
      setAttribute: (name: string, value: string) => void (attributes[name] = value),
    };
    const localStorage = storageThrows
      ? {
          getItem: () => {
            throw new Error('blocked');
          },
        }
      : memoryStorage(entries);
    new Function('document', 'localStorage', prePaintScript)({ documentElement }, localStorage);
    return attributes;
  }

  it('marks scripts as running and applies every stored preference it knows', () => {
    expect(run({ 'dateline-theme': 'dark', 'dateline-text-size': 'large', 'dateline-line-width': 'wide' })).toEqual({
      js: '',
      'data-theme': 'dark',
      'data-text-size': 'large',
      'data-line-width': 'wide',
    });
  });

  it('ignores unknown values, and blocked storage leaves the defaults', () => {
    expect(run({ 'dateline-theme': '"><script>' })).toEqual({ js: '' });
    expect(run({}, true)).toEqual({ js: '' });
  });

  it('is one line of plain text a CSP hash can cover', () => {
    expect(prePaintScript).not.toMatch(/[\n<]/);
  });
});
