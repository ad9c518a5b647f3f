/**
 * Where the searched words occur in a text, for highlighting them on the article page:
 * case-insensitive matches at word starts (Pagefind stems, so "memorandum" finds
 * "memorandums", and the highlight covers the whole word). Kept apart from search-state.ts
 * so article pages load it without the search page's code.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const words = terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2);
  if (words.length === 0) return [];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
