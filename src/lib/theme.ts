/** The reader's theme choice, kept in their own browser under one key. */
export type Theme = 'system' | 'light' | 'dark';

export const THEME_KEY = 'dateline-theme';
const ORDER: Theme[] = ['system', 'light', 'dark'];

export function readTheme(storage: Pick<Storage, 'getItem'>): Theme {
  const value = storage.getItem(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function storeTheme(storage: Pick<Storage, 'setItem' | 'removeItem'>, theme: Theme): void {
  if (theme === 'system') storage.removeItem(THEME_KEY);
  else storage.setItem(THEME_KEY, theme);
}

export function nextTheme(theme: Theme): Theme {
  return ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length] ?? 'system';
}

export function themeLabel(theme: Theme): string {
  return theme.charAt(0).toUpperCase() + theme.slice(1);
}
