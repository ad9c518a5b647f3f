/**
 * What of a built page the search index is made from, so a search part is indexed again only
 * when that changed (scripts/search-index.mjs). Publishing a story changes the "Related stories"
 * and previous/next links of its neighbours, months back; Pagefind never reads those blocks
 * (they are `data-pagefind-ignore`), yet keyed on whole pages the neighbours' year was indexed
 * again: 18,000 pages, 10 of the 13.5 s of search indexing in a publish at 100,000 stories.
 *
 * The region is the page with each `data-pagefind-ignore` element cut out, unless something
 * inside it is still read (a `data-pagefind-meta`, `-filter` or `-sort`, which Pagefind takes
 * from ignored elements too). Everything else stays, the head included: the key errs on the
 * side of indexing again, never the other. A plain scan, not a parse: our own output is
 * well-formed, and where the scan is unsure (the attribute's name in text, a `>` inside an
 * attribute value before it) it cuts nothing.
 */
const IGNORE = 'data-pagefind-ignore';
const STILL_READ = /data-pagefind-(?!ignore)/;

export function searchRegion(html: string): string {
  let kept = '';
  let from = 0;
  for (let at = html.indexOf(IGNORE); at !== -1; at = html.indexOf(IGNORE, Math.max(at + 1, from))) {
    const element = elementAround(html, at);
    if (!element || STILL_READ.test(html.slice(element.start, element.end))) continue;
    kept += html.slice(from, element.start);
    from = element.end;
  }
  return kept + html.slice(from);
}

/** The element whose start tag holds the attribute at `at`: from its "<" to the end of its closing tag. */
function elementAround(html: string, at: number): { start: number; end: number } | undefined {
  const start = html.lastIndexOf('<', at);
  if (start === -1 || html.slice(start, at).includes('>')) return undefined;
  const name = /^<([a-z][a-z0-9-]*)[\s/]/i.exec(html.slice(start, at + 1))?.[1]?.toLowerCase();
  if (!name) return undefined;
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return { start, end: tag.index + tag[0].length };
  }
  return undefined;
}
