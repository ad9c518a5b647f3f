/**
 * Minutes a reader needs for an article body written in MDX. Markup, import lines and
 * component tags are not words a reader reads, so they are stripped before counting.
 */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu)?.length ?? 0;
}

export function readingMinutes(mdx: string, wordsPerMinute: number): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
