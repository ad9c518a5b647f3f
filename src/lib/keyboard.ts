/** Keyboard shortcuts must never steal a key from someone typing in a field. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as { tagName: string; isContentEditable?: boolean; type?: string };
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((element.type ?? 'text').toLowerCase());
}

/** "/" focuses search from anywhere, like most sites readers know. */
export function isSearchShortcut(event: KeyEventLike): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
}

export type ReaderShortcut = 'next' | 'previous' | 'save' | 'help';

const READER_KEYS: Record<string, ReaderShortcut> = { j: 'next', k: 'previous', s: 'save', '?': 'help' };

/** j/k move between stories, s saves, ? lists the shortcuts: plain keys, never while typing. */
export function readerShortcut(event: KeyEventLike): ReaderShortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return undefined;
  return Object.hasOwn(READER_KEYS, event.key) ? READER_KEYS[event.key] : undefined;
}

/**
 * The story j/k moves to, from the one holding focus (-1: none). From nowhere, j starts at
 * the first and k at the last; at either end it stays put rather than wrapping around.
 */
export function stepStory(current: number, shortcut: 'next' | 'previous', count: number): number {
  if (count === 0) return -1;
  if (current < 0) return shortcut === 'next' ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + (shortcut === 'next' ? 1 : -1)));
}
