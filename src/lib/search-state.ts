/**
 * What a search is, as it lives in the address bar: `/search/?q=putin&section=World&sort=newest`.
 * The page reads its state from the URL and writes it back on every change, so a link reopens
 * the same results and back/forward step through earlier searches.
 */
export const FILTER_KEYS = ['section', 'author', 'tag', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { section: [], author: [], tag: [], year: [] };
}

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))].sort();
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) {
    for (const value of [...state.filters[key]].sort()) params.append(key, value);
  }
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter argument: any of the chosen values within a facet, all facets together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  }
  return filters;
}

export type ExcerptPart = { text: string; marked: boolean };

/**
 * Pagefind's excerpt is HTML with <mark> around matched words. It is split into plain text
 * parts here and rendered with text nodes, so nothing in an excerpt can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(stripTags(excerpt.slice(last, match.index))), marked: false });
    parts.push({ text: decodeEntities(stripTags(match[1] ?? '')), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(stripTags(excerpt.slice(last))), marked: false });
  return parts.filter((p) => p.text !== '');
}

/**
 * An excerpt as a result shows it: without the headline the result already shows above it
 * (Pagefind reads the page's <h1> as the start of its text), and ending in "…" when the
 * excerpt stops before the story's text does (`content`, the whole indexed text).
 */
export function tidyExcerpt(parts: readonly ExcerptPart[], headline: string, content: string): ExcerptPart[] {
  const squash = (text: string) => text.replace(/\s+/g, ' ');
  let skip = squash(parts.map((p) => p.text).join(''))
    .trimStart()
    .startsWith(squash(headline).trim())
    ? squash(headline).trim().length
    : 0;
  const tidy: ExcerptPart[] = [];
  for (const part of parts) {
    let text = squash(part.text);
    if (skip > 0) {
      const leading = text.length - text.trimStart().length;
      const taken = Math.min(skip, text.length - leading);
      text = text.slice(leading + taken);
      skip -= taken;
      if (tidy.length === 0) text = text.trimStart();
    }
    if (text !== '') tidy.push({ text, marked: part.marked });
  }
  const shown = tidy
    .map((p) => p.text)
    .join('')
    .trimEnd();
  const last = tidy.at(-1);
  if (last && !squash(content).trimEnd().endsWith(shown.slice(-40))) {
    last.text = last.text.trimEnd();
    tidy.push({ text: '…', marked: false });
  }
  return tidy;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
