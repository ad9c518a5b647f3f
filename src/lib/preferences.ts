/**
 * The reader's display preferences: theme, text size and line width. Each lives in the
 * reader's own browser under one localStorage key and is applied as a data attribute on
 * <html> (`data-theme`, `data-text-size`, `data-line-width`); global.css does the rest.
 * A missing value means the default: the system theme, standard size, standard width.
 */
export const PREFERENCES = {
  theme: { key: 'dateline-theme', attribute: 'data-theme', values: ['light', 'dark', 'sepia'] },
  textSize: { key: 'dateline-text-size', attribute: 'data-text-size', values: ['small', 'large', 'larger', 'largest'] },
  lineWidth: { key: 'dateline-line-width', attribute: 'data-line-width', values: ['narrow', 'wide'] },
} as const;

export type PreferenceName = keyof typeof PREFERENCES;

export function isPreferenceName(name: string): name is PreferenceName {
  return Object.hasOwn(PREFERENCES, name);
}

/** The stored value when it is one this version knows; anything else reads as the default. */
export function readPreference(storage: Pick<Storage, 'getItem'>, name: PreferenceName): string | undefined {
  const value = storage.getItem(PREFERENCES[name].key);
  return (PREFERENCES[name].values as readonly string[]).includes(value ?? '') ? (value ?? undefined) : undefined;
}

/** Stores a choice; the default (undefined or '') is stored as nothing at all. */
export function storePreference(storage: Pick<Storage, 'setItem' | 'removeItem'>, name: PreferenceName, value: string | undefined): void {
  if (value) storage.setItem(PREFERENCES[name].key, value);
  else storage.removeItem(PREFERENCES[name].key);
}
