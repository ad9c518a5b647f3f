/**
 * Markdown files with YAML frontmatter, as static-site generators and CMS exports write
 * them. Common key names are accepted (date or pubDate, author or authors, description or
 * dek, canonical or url…) so a partner's export imports without editing.
 */
import { parse } from 'yaml';
import { markdownToMdx } from './body.ts';
import { parseSourceDate } from './dates.ts';
import { splitArticle } from './frontmatter.ts';
import { parseByline, type ParsedStory, type SourceAuthor } from './story.ts';

type Data = Record<string, unknown>;

const first = (data: Data, keys: string[]): unknown => keys.map((k) => data[k]).find((v) => v !== undefined && v !== null && v !== '');
const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function authorsOf(value: unknown): SourceAuthor[] {
  return list(value).flatMap((a): SourceAuthor[] => {
    if (typeof a === 'string') return parseByline(a);
    const name = text((a as Data | null)?.['name']);
    return name ? [{ name, url: text((a as Data)['url']) }] : [];
  });
}

export function parseMarkdownFile(input: string, timeZone: string): ParsedStory {
  const file = splitArticle(input.replace(/\r\n?/g, '\n'));
  // YAML 1.2 core schema: dates stay strings, so "2025-06-27" is a day, not midnight UTC.
  const data: Data = file ? ((parse(file.frontmatter, { schema: 'core' }) as Data | null) ?? {}) : {};
  const bodyText = file ? file.body : input;
  const heading = /^#\s+(.+)\n+/.exec(bodyText);
  const title = text(first(data, ['title', 'headline'])) ?? heading?.[1]?.trim();
  if (!title) throw new Error('no title in the frontmatter and no "# " heading');
  const rawDate = text(first(data, ['publishedAt', 'date', 'pubDate', 'published', 'published_at']));
  const publishedAt = rawDate && parseSourceDate(rawDate, timeZone);
  if (!publishedAt)
    throw new Error(rawDate ? `date "${rawDate}" is not a date` : 'no date (publishedAt, date or pubDate) in the frontmatter');
  const rawUpdated = text(first(data, ['updatedAt', 'updated', 'modified', 'lastmod']));
  const hero = first(data, ['hero', 'image', 'cover']);
  const heroData: Data = typeof hero === 'string' ? { image: hero } : ((hero as Data | undefined) ?? {});
  const source = first(data, ['source', 'publisher']);
  const body = markdownToMdx(heading && !text(first(data, ['title', 'headline'])) ? bodyText.slice(heading[0].length) : bodyText);
  return {
    title,
    dek: text(first(data, ['dek', 'description', 'summary', 'excerpt', 'subtitle'])),
    publishedAt,
    updatedAt: rawUpdated ? parseSourceDate(rawUpdated, timeZone) : undefined,
    authors: authorsOf(first(data, ['authors', 'author', 'byline'])),
    section: text(first(data, ['section', 'category'])),
    tags: list(first(data, ['tags', 'keywords', 'categories'])).flatMap((t) => text(t) ?? []),
    sourceName: typeof source === 'object' ? text((source as Data | null)?.['name']) : text(source),
    url: text(first(data, ['url', 'canonical', 'canonical_url', 'original_url', 'link'])) ?? text((source as Data | null)?.['url']),
    hero:
      Object.keys(heroData).length > 0
        ? {
            src: text(first(heroData, ['image', 'src', 'url'])),
            alt: text(first(heroData, ['alt'])) ?? text(first(data, ['image_alt', 'imageAlt'])),
            caption: text(first(heroData, ['caption'])) ?? text(first(data, ['image_caption'])),
            credit: text(first(heroData, ['credit'])) ?? text(first(data, ['image_credit'])),
          }
        : undefined,
    ...body,
  };
}
