import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  feedGuid,
  feedHtml,
  feedPath,
  feedUpdated,
  firstSlug,
  jsonFeed,
  rssChannelData,
  rssItems,
  type FeedChannel,
  type FeedItem,
  withEnclosureLengths,
} from '../../src/lib/feeds';

const item = (over: Partial<FeedItem> = {}): FeedItem => ({
  id: 'tag:dateline.example,2025-06-27:putin-says',
  url: 'https://dateline.example/world/2025/06/putin-says/',
  title: 'Tom & Jerry <agree>',
  summary: 'A summary & more',
  contentHtml: '<p>Body</p>',
  published: new Date('2025-06-27T11:00:00Z'),
  updated: new Date('2025-06-28T09:00:00Z'),
  authors: [{ name: 'AFP', url: 'https://dateline.example/authors/afp/' }],
  categories: ['World', 'Peace talks'],
  image: { url: 'https://dateline.example/_astro/hero.jpeg', width: 1200, height: 800, type: 'image/jpeg' },
  ...over,
});

const channel = (items: FeedItem[]): FeedChannel => ({
  id: 'https://dateline.example/',
  title: 'Dateline',
  description: 'News',
  homeUrl: 'https://dateline.example/',
  feedUrls: {
    rss: 'https://dateline.example/rss.xml',
    atom: 'https://dateline.example/atom.xml',
    json: 'https://dateline.example/feed.json',
  },
  language: 'en-GB',
  iconUrl: 'https://dateline.example/logo.png',
  items,
});

describe('feed ids', () => {
  it('is a tag URI of the publisher, the day of publication in the site zone and the slug', () => {
    // Filed at 23:30 on 30 June in New York: already 1 July in London, the site's zone.
    expect(feedGuid('https://dateline.example', new Date('2025-06-30T23:30:00-05:00'), 'late-story', 'Europe/London')).toBe(
      'tag:dateline.example,2025-07-01:late-story',
    );
  });

  it('keeps the first slug of a renamed story, so a rename is not a new item', () => {
    expect(firstSlug('new-name', [])).toBe('new-name');
    expect(firstSlug('new-name', ['/world/2025/06/first-name/', '/world/2025/06/second-name/'])).toBe('first-name');
  });

  it('does not depend on the update date or the host the feed is served from', () => {
    const a = feedGuid('https://dateline.example', new Date('2025-06-27T11:00:00Z'), 's', 'Europe/London');
    const b = feedGuid('https://dateline.example/news/', new Date('2025-06-27T11:00:00Z'), 's', 'Europe/London');
    expect(a).toBe(b);
  });
});

describe('feed paths and dates', () => {
  it('puts each feed next to the page it follows', () => {
    expect(feedPath('/', 'rss')).toBe('/rss.xml');
    expect(feedPath('/world/', 'atom')).toBe('/world/atom.xml');
    expect(feedPath('/authors/afp/', 'json')).toBe('/authors/afp/feed.json');
  });

  it('dates a feed by its newest update, not by the build clock', () => {
    expect(feedUpdated([item(), item({ updated: new Date('2026-01-01T00:00:00Z') })]).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('feed HTML', () => {
  it('makes links, images and srcsets absolute and drops site classes and data attributes', () => {
    const html = feedHtml(
      '<p class="x" data-pagefind-ignore>See <a href="/news/world/?a=1&amp;b=2">this</a> <img src="../img.jpg" srcset="/a.jpg 1x, /b.jpg 2x" alt="A &amp; B"> <a href="https://other.example/">out</a></p>',
      'https://dateline.example/news/world/2025/06/s/',
    );
    expect(html).toBe(
      '<p>See <a href="https://dateline.example/news/world/?a=1&amp;b=2">this</a> <img src="https://dateline.example/news/world/2025/06/img.jpg" srcset="https://dateline.example/a.jpg 1x, https://dateline.example/b.jpg 2x" alt="A &amp; B"> <a href="https://other.example/">out</a></p>',
    );
  });
});

describe('feed formats', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('RSS: a stable, non-permalink guid, creators, updated date and the hero as enclosure and media', () => {
    const [rss] = rssItems(channel([item()]));
    expect(rss).toMatchObject({
      title: 'Tom & Jerry <agree>',
      link: item().url,
      content: '<p>Body</p>',
      categories: ['World', 'Peace talks'],
    });
    expect(rss!.enclosure).toEqual({ url: item().image!.url, length: 0, type: 'image/jpeg' });
    const extra = parser.parse(`<item>${rss!.customData}</item>`).item;
    expect(extra.guid).toEqual({ '#text': item().id, '@_isPermaLink': 'false' });
    expect(extra['dc:creator']).toBe('AFP');
    expect(extra['atom:updated']).toBe('2025-06-28T09:00:00.000Z');
    expect(extra['media:content']['@_width']).toBe('1200');
    const channelData = parser.parse(`<channel>${rssChannelData(channel([item()]))}</channel>`).channel;
    expect(channelData['atom:link']['@_href']).toBe('https://dateline.example/rss.xml');
    expect(channelData.lastBuildDate).toBe('Sat, 28 Jun 2025 09:00:00 GMT');
  });

  it('summary feeds leave the full text out', () => {
    const [rss] = rssItems(channel([item({ contentHtml: undefined })]));
    expect(rss!.content).toBeUndefined();
    const json = jsonFeed(channel([item({ contentHtml: undefined })])) as { items: Record<string, unknown>[] };
    expect(json.items[0]).toMatchObject({ content_text: 'A summary & more' });
    expect(json.items[0]).not.toHaveProperty('content_html');
  });

  it('Atom: escaped, with published and updated, authors with URIs and a self link', () => {
    const atom = parser.parse(atomFeed(channel([item()]), '© Dateline')).feed;
    expect(atom.id).toBe('https://dateline.example/');
    expect(atom.updated).toBe('2025-06-28T09:00:00.000Z');
    expect(atom.entry.id).toBe(item().id);
    expect(atom.entry.published).toBe('2025-06-27T11:00:00.000Z');
    expect(atom.entry.updated).toBe('2025-06-28T09:00:00.000Z');
    expect(atom.entry.author).toEqual({ name: 'AFP', uri: 'https://dateline.example/authors/afp/' });
    expect(atom.link).toContainEqual({ '@_rel': 'self', '@_href': 'https://dateline.example/atom.xml' });
  });

  it('JSON Feed 1.1: authors array, language, dates and tags', () => {
    const json = jsonFeed(channel([item()])) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('en-GB');
    expect(json.items[0]).toMatchObject({
      id: item().id,
      authors: [{ name: 'AFP', url: 'https://dateline.example/authors/afp/' }],
      date_published: '2025-06-27T11:00:00.000Z',
      date_modified: '2025-06-28T09:00:00.000Z',
      tags: ['World', 'Peace talks'],
      image: item().image!.url,
      content_html: '<p>Body</p>',
    });
  });
});

describe('text from content stays text in feeds', () => {
  const hostile = item({ title: 'Breaking <script>alert(1)</script> & "more"', summary: '<img src=x onerror=alert(1)> dek' });
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: true });

  it('Atom type="html" titles and summaries carry the characters, not the markup', () => {
    const entry = parser.parse(atomFeed(channel([hostile]), '© Dateline')).feed.entry;
    expect(entry.title['@_type']).toBe('html');
    // What a feed reader renders as HTML: entity-escaped, so it shows "<script>" as text.
    expect(entry.title['#text']).toBe('Breaking &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;more&#34;');
    expect(entry.summary['#text']).not.toContain('<img');
  });

  it('RSS descriptions are HTML-escaped text', () => {
    const [rss] = rssItems(channel([hostile]));
    expect(rss!.description).toBe('&#60;img src=x onerror=alert(1)&#62; dek');
  });
});

describe('RSS enclosure lengths', () => {
  it('gives each enclosure the byte size of the file it names', () => {
    const rss =
      '<item><enclosure url="https://x.example/a.jpeg?v=1&amp;w=2" length="0" type="image/jpeg"/></item><enclosure url="https://x.example/b.jpeg" length="0" type="image/jpeg"/>';
    const sizes: Record<string, number> = { 'https://x.example/a.jpeg?v=1&w=2': 14_321, 'https://x.example/b.jpeg': 20_002 };
    expect(withEnclosureLengths(rss, (url) => sizes[url]!)).toBe(
      '<item><enclosure url="https://x.example/a.jpeg?v=1&amp;w=2" length="14321" type="image/jpeg"/></item><enclosure url="https://x.example/b.jpeg" length="20002" type="image/jpeg"/>',
    );
  });
});
