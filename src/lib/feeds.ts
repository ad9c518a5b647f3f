/**
 * The feed model: one list of items, written out as RSS 2.0, Atom 1.0 and JSON Feed 1.1.
 * Every URL in a feed is absolute (a feed reader has no page to resolve against), and each
 * item's id is a tag URI fixed at first publication, so editing, updating or renaming a
 * story never makes a reader show it again as new.
 *
 * Libraries write the XML (they escape); this file only decides what goes in.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import XMLBuilder from 'fast-xml-builder';
import { Feed } from 'feed';
import { ELEMENT_NODE, parse, renderSync, walkSync, type Node } from 'ultrahtml';
import { calendarParts } from './dates';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: Record<FeedFormat, { file: string; type: string; label: string }> = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
};

/** A feed lives next to the page it follows: "/" → "/rss.xml", "/world/" → "/world/rss.xml". */
export function feedPath(pagePath: string, format: FeedFormat): string {
  return `${pagePath}${FEED_FORMATS[format].file}`;
}

/**
 * The slug a story was first published under: the last segment of its oldest
 * `redirectFrom` path (listed oldest first), else its current slug.
 */
export function firstSlug(slug: string, redirectFrom: readonly string[]): string {
  const oldest = redirectFrom[0];
  return oldest ? (oldest.split('/').filter(Boolean).at(-1) ?? slug) : slug;
}

/**
 * A tag URI (RFC 4151): the publisher's domain, the day of first publication in the site's
 * zone and the first slug. Unlike the URL it survives a rename, an update and a preview
 * host, so it is the item's RSS guid, Atom id and JSON Feed id.
 */
export function feedGuid(publisherUrl: string, publishedAt: Date, slug: string, timeZone: string): string {
  const { year, month, day } = calendarParts(publishedAt, timeZone);
  return `tag:${new URL(publisherUrl).hostname},${year}-${month}-${day}:${slug}`;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/**
 * An article body as a feed carries it: every link and image resolved against the page it
 * came from, and the site's classes and data attributes dropped (a reader has its own styles).
 */
export function feedHtml(html: string, pageUrl: string): string {
  // An address no URL parser accepts (a typo in an article) is left out rather than failing the feed.
  const resolve = (value: string) => {
    try {
      return new URL(value.replaceAll('&amp;', '&'), pageUrl).href.replaceAll('&', '&amp;');
    } catch {
      return '';
    }
  };
  const doc = parse(html) as Node;
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = Object.fromEntries(
      Object.entries(node.attributes as Record<string, string>).filter(([name]) => name !== 'class' && !name.startsWith('data-')),
    );
    node.attributes = attributes;
    for (const name of URL_ATTRIBUTES) {
      const value = attributes[name];
      if (value !== undefined && value !== '') attributes[name] = resolve(value);
    }
    if (attributes.srcset) {
      attributes.srcset = attributes.srcset
        .split(',')
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [resolve(url), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return renderSync(doc);
}

export interface FeedPerson {
  name: string;
  url: string;
}

export interface FeedImage {
  url: string;
  width: number;
  height: number;
  /** MIME type, e.g. image/jpeg. */
  type: string;
}

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The article as HTML with absolute URLs; undefined when feeds carry summaries only. */
  contentHtml: string | undefined;
  published: Date;
  updated: Date;
  authors: FeedPerson[];
  /** Section first, then tags. */
  categories: string[];
  image: FeedImage | undefined;
}

export interface FeedChannel {
  /** Tag URI of the feed itself, stable like item ids. */
  id: string;
  title: string;
  description: string;
  /** The page the feed follows. */
  homeUrl: string;
  /** Absolute URL of this feed in each format. */
  feedUrls: Record<FeedFormat, string>;
  language: string;
  iconUrl: string;
  items: FeedItem[];
}

/**
 * When the feed last changed: its newest item's update. Derived from content, not the build
 * clock, so an unchanged archive rebuilds into byte-identical feeds that caches keep.
 */
export function feedUpdated(items: readonly FeedItem[]): Date {
  return new Date(Math.max(0, ...items.map((i) => i.updated.getTime())));
}

const xml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true });

/**
 * Plain text as HTML that shows the same characters. Atom's type="html" titles and
 * summaries and RSS descriptions are HTML to a feed reader: a headline or dek with "<script>"
 * must reach the reader as those characters, not as markup.
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** Channel elements beyond title/description/link, for @astrojs/rss's customData. */
export function rssChannelData(channel: FeedChannel): string {
  return xml.build({
    language: channel.language,
    lastBuildDate: feedUpdated(channel.items).toUTCString(),
    'atom:link': { '@_href': channel.feedUrls.rss, '@_rel': 'self', '@_type': FEED_FORMATS.rss.type },
  });
}

/** RSS items for @astrojs/rss; the guid, creators and media element go through customData. */
export function rssItems(channel: FeedChannel): RSSFeedItem[] {
  return channel.items.map((item) => ({
    title: item.title,
    link: item.url,
    pubDate: item.published,
    description: htmlText(item.summary),
    ...(item.contentHtml !== undefined ? { content: item.contentHtml } : {}),
    categories: item.categories,
    // RSS has no "updated". The rendition is not written yet when feeds render: its length is
    // filled in after the build (withEnclosureLengths, src/integrations/feed-enclosures.ts).
    ...(item.image ? { enclosure: { url: item.image.url, length: 0, type: item.image.type } } : {}),
    customData: xml.build({
      guid: { '#text': item.id, '@_isPermaLink': 'false' },
      'dc:creator': item.authors.map((a) => a.name),
      'atom:updated': item.updated.toISOString(),
      ...(item.image
        ? {
            'media:content': {
              '@_url': item.image.url,
              '@_medium': 'image',
              '@_type': item.image.type,
              '@_width': item.image.width,
              '@_height': item.image.height,
            },
          }
        : {}),
    }),
  }));
}

/**
 * An RSS document with each `<enclosure length="0">` given the byte size of the file its URL
 * names, as RSS requires; `sizeOf` answers for an absolute URL and throws for a missing file.
 */
export function withEnclosureLengths(rss: string, sizeOf: (url: string) => number): string {
  return rss.replace(
    /<enclosure url="([^"]+)" length="0"/g,
    (_, url: string) => `<enclosure url="${url}" length="${sizeOf(url.replaceAll('&amp;', '&'))}"`,
  );
}

export function atomFeed(channel: FeedChannel, copyright: string): string {
  const feed = new Feed({
    id: channel.id,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    language: channel.language,
    updated: feedUpdated(channel.items),
    feedLinks: { atom: channel.feedUrls.atom },
    favicon: channel.iconUrl,
    copyright,
    generator: false,
  });
  for (const item of channel.items) {
    feed.addItem({
      id: item.id,
      title: htmlText(item.title),
      link: item.url,
      date: item.updated,
      published: item.published,
      description: htmlText(item.summary),
      ...(item.contentHtml !== undefined ? { content: item.contentHtml } : {}),
      author: item.authors.map((a) => ({ name: a.name, link: a.url })),
      category: item.categories.map((name) => ({ name, term: name })),
      ...(item.image ? { image: item.image.url } : {}),
    });
  }
  return feed.atom1();
}

/** JSON Feed 1.1 (jsonfeed.org/version/1.1); JSON.stringify does the escaping. */
export function jsonFeed(channel: FeedChannel): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrls.json,
    icon: channel.iconUrl,
    language: channel.language,
    items: channel.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      ...(item.contentHtml !== undefined ? { content_html: item.contentHtml } : { content_text: item.summary }),
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      authors: item.authors,
      tags: item.categories,
      ...(item.image ? { image: item.image.url } : {}),
    })),
  };
}
