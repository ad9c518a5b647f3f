/**
 * Checks on an article's MDX body that the schema cannot see, each with the line an editor
 * must fix. Code blocks are skipped: an example of markup is not markup.
 */
import { readFileSync } from 'node:fs';

export interface BodyImage {
  line: number;
  src: string;
  alt: string | undefined;
}

export interface BodyReference {
  line: number;
  id: string;
}

/** Body lines outside fenced code blocks, numbered from 1 as editors count them. */
function proseLines(body: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) lines.push({ line: i + 1, text });
  });
  return lines;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(tag);

const attributeValue = (tag: string, name: string): string | undefined => {
  const match = attribute(tag, name);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};

/** Markdown images `![alt](src)` and JSX/HTML `<img>` tags, with their alt text. */
export function bodyImages(body: string): BodyImage[] {
  const images: BodyImage[] = [];
  for (const { line, text } of proseLines(body)) {
    for (const [, alt = '', src = ''] of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) {
      images.push({ line, src, alt: alt.trim() || undefined });
    }
    for (const match of text.matchAll(/<img\b[^>]*>/gi)) {
      images.push({ line, src: attributeValue(match[0], 'src') ?? '', alt: attributeValue(match[0], 'alt')?.trim() || undefined });
    }
  }
  return images;
}

/** Every `<RelatedStory id="…" />` in the body. */
export function relatedStoryIds(body: string): BodyReference[] {
  const references: BodyReference[] = [];
  for (const { line, text } of proseLines(body)) {
    for (const match of text.matchAll(/<RelatedStory\b[^>]*>/g)) {
      references.push({ line, id: attributeValue(match[0], 'id') ?? '' });
    }
  }
  return references;
}

/** The line in the article file of a body line: the frontmatter comes first. */
export function fileLine(entry: { body?: string | undefined; filePath?: string | undefined }, bodyLine: number): number {
  if (!entry.filePath || !entry.body) return bodyLine;
  const text = readFileSync(entry.filePath, 'utf8');
  const start = text.indexOf(entry.body);
  return start < 0 ? bodyLine : text.slice(0, start).split('\n').length - 1 + bodyLine;
}

/** Slugs that more than one article file claims, with the files: each would own the same URL. */
export function duplicateSlugs(files: readonly string[]): { slug: string; files: string[] }[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  return [...bySlug]
    .filter(([, claimed]) => claimed.length > 1)
    .map(([slug, claimed]) => ({ slug, files: [...claimed].sort() }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
