/**
 * Minutes a reader needs for an article. Words are counted in the body's text as the
 * reader sees it (the compiler passes text only: no markup, component tags or URLs).
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu)?.length ?? 0;
}

export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
