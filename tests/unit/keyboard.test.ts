import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget } from '../../src/lib/keyboard';

const key = (k: string, target: object | null = { tagName: 'BODY' }, mods = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget | null,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('"/" on the page focuses search', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { tagName: 'A' }))).toBe(true);
    expect(isSearchShortcut(key('/', { tagName: 'INPUT', type: 'checkbox' }))).toBe(true);
  });

  it('never while typing in a field, nor with a modifier', () => {
    expect(isSearchShortcut(key('/', { tagName: 'INPUT', type: 'search' }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'input' }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'TEXTAREA' }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'DIV', isContentEditable: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'BODY' }, { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key('?'))).toBe(false);
  });

  it('knows which elements take typing', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: 'SELECT' } as unknown as EventTarget)).toBe(true);
  });
});
