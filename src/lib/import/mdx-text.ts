/**
 * Text from a source as MDX shows it and never runs it. MDX reads "{" as the start of a
 * JavaScript expression, "<" as a component or tag, "&name;" as a character reference and a
 * line that starts with `import` or `export` as an ES module statement. Every piece of text
 * the importer writes into a body (paragraphs, headings, captions, quotes, list items, link
 * text, alt text) passes through escapeMdxText; only markup the importer itself emits
 * (Markdown images and links, PullQuote, RelatedStory) is written around it.
 */

/** A character that MDX or Markdown would read as syntax, unless a backslash precedes it. */
const SYNTAX = /\\[\s\S]|[{}<>]|&(?=#?[a-z0-9]+;)/gi;

/** A line that MDX would read as an ES module statement (`import x from…`, `export const…`). */
const ESM_LINE = /^([ \t>]*)([ie])(mport|xport)\b/gm;
const CHARACTER_REFERENCE: Record<string, string> = { i: '&#x69;', e: '&#x65;' };

/**
 * Markdown text (already escaped for Markdown, e.g. by Turndown) made inert for MDX:
 * "{", "}", "<", ">" and entity-like "&" get a backslash unless one is already there, and a
 * line starting with import/export starts with a character reference instead, so the
 * compiled page shows the same words as text.
 */
export function escapeMdxText(text: string): string {
  return text.replace(SYNTAX, (match) => (match.startsWith('\\') ? match : `\\${match}`)).replace(ESM_LINE, moduleLineReference);
}

const moduleLineReference = (_match: string, lead: string, first: string, rest: string) =>
  `${lead}${CHARACTER_REFERENCE[first] ?? first}${rest}`;
const escapeModuleLine = (line: string) => line.replace(ESM_LINE, moduleLineReference);

/**
 * A link or image address as a Markdown destination: characters that could end the
 * destination or open MDX syntax are percent-encoded, so an address stays one address.
 */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>{}\\"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Body lines outside fenced code blocks, numbered from 1, with inline code spans blanked. */
function proseLines(body: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, i) => {
    const marker = /^[\s>]*(`{3,}|~{3,})/.exec(text)?.[1]; // also inside a blockquote
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) lines.push({ line: i + 1, text: text.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length)) });
  });
  return lines;
}

/**
 * A whole body with every ES module line outside code blocks made text. Text pieces are
 * escaped one by one, but two of them can meet at the start of a line ("im" + "port").
 */
export function inertModuleLines(body: string): string {
  const lines = body.split('\n');
  for (const { line } of proseLines(body)) lines[line - 1] = escapeModuleLine(lines[line - 1] ?? '');
  return lines.join('\n');
}
