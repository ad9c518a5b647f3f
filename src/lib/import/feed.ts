/**
 * RSS 2.0 and Atom feeds, one story per item. Each item is parsed on its own: an item
 * without a title, link or date is reported and the others are still imported.
 */
import { XMLParser } from 'fast-xml-parser';
import { htmlToMdx, plainText } from './body.ts';
import { parseSourceDate } from './dates.ts';
import { parseByline, type ParseResult, type ParsedStory } from './story.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Item bodies are HTML: keep it as text for the sanitiser rather than parsing it as XML.
  stopNodes: ['*.description', '*.content:encoded', '*.content', '*.summary'],
  isArray: (name) => ['item', 'entry', 'category', 'link', 'author', 'dc:creator', 'media:content'].includes(name),
});

/** Text of an element that may carry attributes, CDATA or entities. */
function text(value: unknown): string | undefined {
  const raw = value && typeof value === 'object' ? (value as Node)['#text'] : value;
  if (raw === undefined || raw === null) return undefined;
  const unwrapped = String(raw)
    .replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1')
    .trim();
  return unwrapped || undefined;
}

/** Entity-encoded HTML ("&lt;p&gt;") as RSS often carries it, decoded once. */
function html(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  if (raw.startsWith('<') || !/&lt;/.test(raw)) return raw;
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const attr = (value: unknown, name: string) => text((value as Node | undefined)?.[`@${name}`]);

/**
 * What every item needs before it can be a story: a headline, its original URL (the
 * story's identity) and a readable date. Throws the reason the item is refused.
 */
function identify(kind: string, title: string, url: string | undefined, rawDate: string | undefined, timeZone: string) {
  if (!title) throw new Error(`the ${kind} has no title`);
  if (!url) throw new Error(`"${title}" has no link: without its original URL it cannot be told from other stories`);
  const publishedAt = rawDate ? parseSourceDate(rawDate, timeZone) : undefined;
  if (!publishedAt) throw new Error(`"${title}" has ${rawDate ? `an unreadable date "${rawDate}"` : 'no publication date'}`);
  return { title, url, publishedAt };
}

function rssItem(item: Node, publisher: string | undefined, timeZone: string): ParsedStory {
  const guid = item['guid'];
  const { title, url, publishedAt } = identify(
    'item',
    plainText(text(item['title']) ?? ''),
    text(list(item['link'])[0]) ?? (attr(guid, 'isPermaLink') !== 'false' ? text(guid) : undefined),
    text(item['pubDate']) ?? text(item['dc:date']),
    timeZone,
  );
  const content = html(item['content:encoded']);
  const description = html(item['description']);
  const enclosure = list(item['enclosure']).find((e) => /^image\//.test(attr(e, 'type') ?? ''));
  const media = list(item['media:content']).find((m) => attr(m, 'medium') === 'image' || /^image\//.test(attr(m, 'type') ?? ''));
  const photo = attr(enclosure, 'url') ?? attr(media, 'url');
  const authors = [...list(item['dc:creator']), ...list(item['author'])].flatMap((a) =>
    parseByline((text(a) ?? '').replace(/^\S+@\S+\s*\((.*)\)$/, '$1')),
  );
  return {
    title,
    dek: content && description ? plainText(description) : undefined,
    publishedAt,
    authors,
    tags: list(item['category']).flatMap((c) => text(c) ?? []),
    sourceName: publisher,
    url,
    hero: photo ? { src: photo, alt: text((media as Node | undefined)?.['media:description']) } : undefined,
    ...htmlToMdx(content ?? description ?? ''),
  };
}

function atomEntry(entry: Node, publisher: string | undefined, timeZone: string): ParsedStory {
  const links = list(entry['link']);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const { title, url, publishedAt } = identify(
    'entry',
    plainText(html(entry['title']) ?? ''),
    attr(alternate, 'href') ?? (/^https?:/.test(text(entry['id']) ?? '') ? text(entry['id']) : undefined),
    text(entry['published']) ?? text(entry['updated']),
    timeZone,
  );
  const content = html(entry['content']);
  const summary = html(entry['summary']);
  const photo = links.find((l) => attr(l, 'rel') === 'enclosure' && /^image\//.test(attr(l, 'type') ?? ''));
  const updated = text(entry['updated']);
  return {
    title,
    dek: content && summary ? plainText(summary) : undefined,
    publishedAt,
    updatedAt: updated && text(entry['published']) ? parseSourceDate(updated, timeZone) : undefined,
    authors: list(entry['author']).flatMap((a) => parseByline(text((a as Node)['name']) ?? '')),
    tags: list(entry['category']).flatMap((c) => attr(c, 'term') ?? []),
    sourceName: publisher,
    url,
    hero: photo ? { src: attr(photo, 'href') } : undefined,
    ...htmlToMdx(content ?? summary ?? ''),
  };
}

export function isFeed(source: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed)\b/.test(source);
}

/** Every item of the feed, each a story or the reason it was refused. */
export function parseFeed(source: string, label: string, timeZone: string): ParseResult[] {
  const xml = parser.parse(source) as Node;
  const rss = (xml['rss'] as Node | undefined)?.['channel'] as Node | undefined;
  const atom = xml['feed'] as Node | undefined;
  if (!rss && !atom) return [{ ok: false, label, reason: 'not an RSS 2.0 or Atom feed' }];
  const publisher = plainText(text((rss ?? atom)?.['title']) ?? '') || undefined;
  const items = list(rss ? rss['item'] : atom?.['entry']) as Node[];
  if (items.length === 0) return [{ ok: false, label, reason: 'the feed has no items' }];
  return items.map((item, i) => {
    const itemLabel = `${label} item ${i + 1}`;
    try {
      const story = rss ? rssItem(item, publisher, timeZone) : atomEntry(item, publisher, timeZone);
      return { ok: true, label: `${itemLabel} "${story.title}"`, story };
    } catch (error) {
      return { ok: false, label: itemLabel, reason: (error as Error).message };
    }
  });
}
