/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one story per item. Each item is parsed on its own:
 * an item without a title or link is reported and the others are still imported; an item
 * without a date is filed as an undated draft. Every address an item names is resolved
 * against xml:base, the item's link or the feed's address: a feed never names a local file.
 */
import { XMLParser } from 'fast-xml-parser';
import { htmlToMdx, plainText } from './body.ts';
import { zonedIso } from '../zoned.ts';
import { parseSourceDate } from './dates.ts';
import { parseByline, type ParseResult, type ParsedStory } from './story.ts';
import { webAddress } from './web-address.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Item bodies are HTML: keep it as text for the sanitiser rather than parsing it as XML.
  stopNodes: ['*.description', '*.content:encoded', '*.content', '*.summary'],
  isArray: (name) =>
    ['item', 'entry', 'category', 'link', 'author', 'dc:creator', 'dc:subject', 'media:content', 'media:thumbnail', 'enclosure'].includes(
      name,
    ),
  // Entities are decoded by the HTML sanitiser; the XML parser must not expand user-defined ones.
  processEntities: true,
  htmlEntities: false,
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
function identify(kind: string, title: string, url: string | undefined, rawDate: string | undefined, context: FeedContext) {
  if (!title) throw new Error(`the ${kind} has no title`);
  if (!url) throw new Error(`"${title}" has no link: without its original URL it cannot be told from other stories`);
  const publishedAt = rawDate ? parseSourceDate(rawDate, context.timeZone) : undefined;
  if (rawDate && !publishedAt) throw new Error(`"${title}" has an unreadable date "${rawDate}"`);
  return { title, url, publishedAt: publishedAt ?? zonedIso(context.now, context.timeZone), undated: !publishedAt };
}

interface FeedContext {
  timeZone: string;
  now: Date;
  publisher: string | undefined;
  /** The feed's own address or xml:base: what relative links resolve against. */
  base: string | undefined;
}

/** Categories as feeds write them: one per element, or several joined with commas. */
const categories = (values: unknown[]) =>
  values.flatMap((c) => (text(c) ?? attr(c, 'term') ?? '').split(/\s*[,;|]\s*/)).flatMap((t) => plainText(t) || []);

/** The item's photo: an image enclosure, media:content (typed as an image, or untyped), or media:thumbnail. */
function itemPhoto(item: Node): { src: string; alt: string | undefined } | undefined {
  const groups = [item, ...list(item['media:group'])] as Node[];
  const isImage = (m: unknown) =>
    attr(m, 'medium') === 'image' ||
    /^image\//.test(attr(m, 'type') ?? '') ||
    (!attr(m, 'medium') && !attr(m, 'type') && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(attr(m, 'url') ?? ''));
  const enclosure = list(item['enclosure']).find((e) => /^image\//.test(attr(e, 'type') ?? ''));
  const media = groups.flatMap((g) => list(g['media:content'])).find(isImage);
  const thumbnail = groups.flatMap((g) => list(g['media:thumbnail']))[0];
  const src = attr(enclosure, 'url') ?? attr(media, 'url') ?? attr(thumbnail, 'url');
  if (!src) return undefined;
  const description = text((media as Node | undefined)?.['media:description']) ?? text(item['media:description']);
  return { src, alt: description ? plainText(description) : undefined };
}

function rssItem(item: Node, context: FeedContext): ParsedStory {
  const guid = item['guid'];
  const base = webAddress(attr(item, 'xml:base'), context.base) ?? context.base;
  const link = webAddress(text(list(item['link'])[0]) ?? attr(item, 'rdf:about'), base);
  const { title, url, publishedAt, undated } = identify(
    'item',
    plainText(html(item['title']) ?? ''),
    link ?? (attr(guid, 'isPermaLink') !== 'false' ? webAddress(text(guid), base) : undefined),
    text(item['pubDate']) ?? text(item['dc:date']) ?? text(item['published']),
    context,
  );
  const content = html(item['content:encoded']);
  const description = html(item['description']);
  const photo = itemPhoto(item);
  const authors = [...list(item['dc:creator']), ...list(item['author'])].flatMap((a) =>
    parseByline(plainText((text(a) ?? '').replace(/^\S+@\S+\s*\((.*)\)$/, '$1'))),
  );
  return {
    title,
    dek: content && description ? plainText(description) : undefined,
    publishedAt,
    undated,
    authors,
    tags: categories([...list(item['category']), ...list(item['dc:subject'])]),
    sourceName: context.publisher,
    url,
    baseUrl: base ?? url,
    hero: photo,
    ...htmlToMdx(content ?? description ?? '', base ?? url),
  };
}

function atomEntry(entry: Node, context: FeedContext): ParsedStory {
  const base = webAddress(attr(entry, 'xml:base'), context.base) ?? context.base;
  const links = list(entry['link']);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links.find((l) => typeof l === 'string');
  const { title, url, publishedAt, undated } = identify(
    'entry',
    plainText(html(entry['title']) ?? ''),
    webAddress(attr(alternate, 'href') ?? text(alternate), base) ??
      (/^https?:/.test(text(entry['id']) ?? '') ? text(entry['id']) : undefined),
    text(entry['published']) ?? text(entry['issued']) ?? text(entry['updated']) ?? text(entry['modified']),
    context,
  );
  const content = html(entry['content']);
  const summary = html(entry['summary']);
  const enclosure = links.find((l) => attr(l, 'rel') === 'enclosure' && /^image\//.test(attr(l, 'type') ?? ''));
  const photo = enclosure ? { src: attr(enclosure, 'href') ?? '', alt: undefined } : itemPhoto(entry);
  const updated = text(entry['updated']);
  return {
    title,
    dek: content && summary ? plainText(summary) : undefined,
    publishedAt,
    undated,
    updatedAt: updated && text(entry['published']) ? parseSourceDate(updated, context.timeZone) : undefined,
    authors: list(entry['author']).flatMap((a) => parseByline(plainText(text((a as Node)['name']) ?? text(a) ?? ''))),
    tags: categories(list(entry['category'])),
    sourceName: context.publisher,
    url,
    baseUrl: base ?? url,
    hero: photo?.src ? photo : undefined,
    ...htmlToMdx(content ?? summary ?? '', base ?? url),
  };
}

/**
 * Whether the text is a feed: its first element, after any BOM, XML declaration, comments,
 * processing instructions and doctype, is <rss>, <feed> or <rdf:RDF>. A plain scan: a regex
 * over leading comments backtracked for minutes on a real page.
 */
export function isFeed(source: string): boolean {
  let at = 0;
  for (;;) {
    while (at < source.length && /[\s\uFEFF]/.test(source[at] ?? '')) at++;
    const close = source.startsWith('<!--', at)
      ? '-->'
      : source.startsWith('<?', at)
        ? '?>'
        : source.startsWith('<!', at)
          ? '>'
          : undefined;
    if (!close) break;
    const end = source.indexOf(close, at);
    if (end < 0) return false;
    at = end + close.length;
  }
  return /^<(?:rss|feed|rdf:RDF)\b/.test(source.slice(at, at + 8));
}

/** Every item of the feed, each a story or the reason it was refused; duplicate items are reported. */
export function parseFeed(source: string, label: string, timeZone: string, feedUrl?: string, now = new Date()): ParseResult[] {
  const xml = parser.parse(source) as Node;
  const rss = (xml['rss'] as Node | undefined)?.['channel'] as Node | undefined;
  const rdf = xml['rdf:RDF'] as Node | undefined;
  const atom = xml['feed'] as Node | undefined;
  const channel = rss ?? (rdf?.['channel'] as Node | undefined) ?? atom;
  if (!channel) return [{ ok: false, label, reason: 'not an RSS 2.0, RSS 1.0 (RDF) or Atom feed' }];
  const rootBase = attr(rss ? xml['rss'] : (rdf ?? atom), 'xml:base');
  const base = webAddress(attr(channel, 'xml:base') ?? rootBase, feedUrl) ?? webAddress(rootBase, feedUrl) ?? feedUrl;
  const context: FeedContext = { timeZone, now, publisher: plainText(html(channel['title']) ?? '') || undefined, base };
  const items = list(rss ? rss['item'] : rdf ? rdf['item'] : atom?.['entry']) as Node[];
  if (items.length === 0) return [{ ok: false, label, reason: 'the feed has no items' }];
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const itemLabel = `${label} item ${i + 1}`;
    const id = text(item['guid']) ?? (atom ? text(item['id']) : undefined);
    const first = id === undefined ? undefined : seen.get(id);
    if (first !== undefined) return { ok: false, label: itemLabel, reason: `duplicate of item ${first}: the same guid "${id}"` };
    if (id !== undefined) seen.set(id, i + 1);
    try {
      const story = atom ? atomEntry(item, context) : rssItem(item, context);
      return { ok: true, label: `${itemLabel} "${story.title}"`, story };
    } catch (error) {
      return { ok: false, label: itemLabel, reason: (error as Error).message };
    }
  });
}
