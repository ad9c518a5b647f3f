import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget, readerShortcut, stepStory } from '../../src/lib/keyboard';

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

describe('reader shortcuts on lists', () => {
  it('j, k, s and ? name their actions', () => {
    expect(['j', 'k', 's', '?'].map((k) => readerShortcut(key(k)))).toEqual(['next', 'previous', 'save', 'help']);
    expect(readerShortcut(key('x'))).toBeUndefined();
    expect(readerShortcut(key('toString'))).toBeUndefined();
  });

  it('never steal a key from someone typing, nor a browser shortcut', () => {
    expect(readerShortcut(key('j', { tagName: 'INPUT', type: 'search' }))).toBeUndefined();
    expect(readerShortcut(key('s', { tagName: 'TEXTAREA' }))).toBeUndefined();
    expect(readerShortcut(key('s', { tagName: 'BODY' }, { ctrlKey: true }))).toBeUndefined();
    expect(readerShortcut(key('k', { tagName: 'BODY' }, { metaKey: true }))).toBeUndefined();
    expect(readerShortcut(key('j', { tagName: 'INPUT', type: 'radio' }))).toBe('next');
  });

  it('j and k step through the stories and stop at either end', () => {
    expect(stepStory(-1, 'next', 5)).toBe(0);
    expect(stepStory(-1, 'previous', 5)).toBe(4);
    expect(stepStory(2, 'next', 5)).toBe(3);
    expect(stepStory(2, 'previous', 5)).toBe(1);
    expect(stepStory(4, 'next', 5)).toBe(4);
    expect(stepStory(0, 'previous', 5)).toBe(0);
    expect(stepStory(-1, 'next', 0)).toBe(-1);
  });
});
