/**
 * The importer on sources as they really are: the shapes of real pages and feeds, their
 * encodings, dates and bylines, and the checks that keep a story the build would refuse from
 * being written. Pure functions; the whole corpus is imported and built in
 * tests/build/import-corpus.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeSource } from '../../src/lib/import/decode';
import { isFeed, parseFeed } from '../../src/lib/import/feed';
import { splitArticle } from '../../src/lib/import/frontmatter';
import { parseHtmlPage } from '../../src/lib/import/html';
import { siblingFile } from '../../src/lib/import/local-files';
import { agencyIn, planImport, storySlug, type ArchiveSnapshot, type ImportOptions } from '../../src/lib/import/plan';
import { parseByline, type ParsedStory } from '../../src/lib/import/story';
import { siteConfig } from '../../src/site.config';

const TZ = siteConfig.editions[0].timeZone;
const NOW = new Date('2026-01-15T12:00:00Z');
const hostile = path.resolve(import.meta.dirname, '../fixtures/hostile-import');
const options: ImportOptions = {
  timeZone: TZ,
  siteName: siteConfig.name,
  defaultSection: siteConfig.import.defaultSection,
  publishers: siteConfig.import.publishers,
  agencies: siteConfig.import.agencies,
  siblingFile,
};
const archive = (): ArchiveSnapshot => ({ articles: [], authors: [], sections: [{ id: 'world', name: 'World' }] });
const page = (head: string, body = '<article><p>The council met on Tuesday and agreed the budget.</p></article>') =>
  parseHtmlPage(`<!doctype html><html><head><title>T | Paper</title>${head}</head><body>${body}</body></html>`, TZ, { now: NOW });
const story = (over: Partial<ParsedStory>): ParsedStory => ({
  title: 'A story',
  publishedAt: '2025-01-02T12:00:00+00:00',
  authors: [{ name: 'Jane Doe' }],
  tags: [],
  sourceName: 'Paper',
  url: 'https://paper.example/a-story',
  markdown: 'Text.',
  images: [],
  related: [],
  ...over,
});
const plan = (s: ParsedStory) => planImport([{ ok: true, label: 'input', story: s }], archive(), options);
const frontmatter = (text: string) => parse(splitArticle(text)?.frontmatter ?? '') as Record<string, unknown>;

describe('dates where pages keep them', () => {
  it('reads JSON-LD inside CDATA and @graph, microdata, meta[name=date] and <time> outside the article', () => {
    const ld = `<script type="application/ld+json">//<![CDATA[\n{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2025-02-03T10:00:00Z"}]}\n//]]></script>`;
    expect(page(ld).publishedAt).toBe('2025-02-03T10:00:00+00:00');
    expect(page('', '<span itemprop="datePublished" content="2025-02-04"></span><article><p>x</p></article>').publishedAt).toBe(
      '2025-02-04T12:00:00+00:00',
    );
    expect(page('<meta name="date" content="2025-02-05">').publishedAt).toBe('2025-02-05T12:00:00+00:00');
    expect(page('', '<header><time datetime="2025-02-06T08:00:00Z">6 Feb</time></header><article><p>x</p></article>').publishedAt).toBe(
      '2025-02-06T08:00:00+00:00',
    );
  });

  it('files a page with no date as a draft dated now, flagged for an editor', () => {
    const undated = page('<meta property="og:site_name" content="Paper">');
    expect(undated).toMatchObject({ undated: true, publishedAt: '2026-01-15T12:00:00+00:00' });
    const [change] = plan(undated);
    expect(change?.kind).toBe('create');
    if (change?.kind !== 'create') return;
    expect(frontmatter(change.text)['draft']).toBe(true);
    expect(change.notes.join(' ')).toMatch(/^UNDATED: /);
  });
});

describe('bylines', () => {
  it('are names, never dates, times or counters', () => {
    expect(parseByline('2015 8:02 pm UTC')).toEqual([]);
    expect(parseByline('By Jane Doe | Updated 3 hours ago')).toEqual([{ name: 'Jane Doe', url: undefined }]);
    expect(parseByline('12 comments')).toEqual([]);
  });

  it('recognise a known agency inside a longer credit', () => {
    expect(agencyIn('Associated Press in Palm Beach', siteConfig.import.agencies)).toBe('Associated Press');
    expect(agencyIn('Reuters staff', siteConfig.import.agencies)).toBe('Reuters');
    expect(agencyIn('APPLE reporter', siteConfig.import.agencies)).toBeUndefined();
  });
});

describe('feeds as they are', () => {
  it('reads RSS 1.0 (RDF) with dc:date and rdf:about', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://a.example/"><title>Paper</title></channel><item rdf:about="https://a.example/1"><title>One</title><dc:date>2025-03-01T10:00:00Z</dc:date><dc:creator>Jane Doe</dc:creator><description>Text.</description></item></rdf:RDF>`;
    const [first] = parseFeed(rdf, 'f.rdf', TZ);
    expect(first).toMatchObject({ ok: true, story: { title: 'One', url: 'https://a.example/1', sourceName: 'Paper' } });
  });

  it('takes media:thumbnail and untyped media:content images, resolves against xml:base, splits categories, drops pixels and empty links', () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xml:base="https://b.example/news/"><channel><title>B</title>
      <item><title>One</title><link>one</link><guid>1</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><category>Politics, Europe</category>
      <media:content url="photos/a.jpg"/><description><![CDATA[<p>Text <a href="https://x.example/"></a><img src="https://feeds.feedburner.com/~r/b/~4/x" width="1" height="1"></p>]]></description></item>
      <item><title>Two</title><link>two</link><guid>2</guid><pubDate>Mon, 03 Mar 2025 11:00:00 GMT</pubDate><media:thumbnail url="/t.jpg"/><description>x</description></item>
      <item><title>Again</title><link>three</link><guid>2</guid><pubDate>Mon, 03 Mar 2025 12:00:00 GMT</pubDate><description>x</description></item>
    </channel></rss>`;
    const [one, two, again] = parseFeed(rss, 'b.rss', TZ);
    expect(one).toMatchObject({ ok: true, story: { url: 'https://b.example/news/one', tags: ['Politics', 'Europe'], markdown: 'Text' } });
    const photo = one?.ok ? one.story.hero?.src : undefined;
    expect(photo).toBe('photos/a.jpg');
    expect(two?.ok && two.story.hero?.src).toBe('/t.jpg');
    expect(again).toEqual({ ok: false, label: 'b.rss item 3', reason: 'duplicate of item 2: the same guid "2"' });
    // The photo is an address on the feed's site, never a file here.
    const [change] = planImport([{ ...(one as { ok: true; label: string; story: ParsedStory }) }], archive(), options);
    expect(change?.kind === 'create' && frontmatter(change.text)['hero']).toEqual({ remote: 'https://b.example/news/photos/a.jpg' });
  });

  it('recognises a feed after thousands of comments at once, and a page that starts with one is no feed', () => {
    const started = performance.now();
    expect(isFeed(`${'<!-- c -->'.repeat(50_000)}<rss version="2.0">`)).toBe(true);
    expect(isFeed(`<!--${' '.repeat(200_000)}x`)).toBe(false);
    expect(isFeed('<!-- hi --><!doctype html><html>')).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('encodings', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

  it('honours the XML declaration: windows-1251 and ISO-8859-1 feeds', () => {
    const cyrillic = readFileSync(path.join(hostile, 'wire-1251.rss'));
    expect(decodeSource(cyrillic, { xml: true })).toContain('Дума приняла закон');
    const latin = readFileSync(path.join(hostile, 'quotidien-latin1.rss'));
    expect(decodeSource(latin, { xml: true })).toContain('Café à Montréal');
  });

  it('honours a BOM, the HTTP charset and <meta charset>', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'caf', [0xc3, 0xa9]), { xml: false })).toBe('café');
    expect(decodeSource(bytes('<p>', [0xcf, 0xf0, 0xe8]), { xml: false, contentType: 'text/html; charset=windows-1251' })).toBe('<p>При');
    expect(decodeSource(bytes('<meta charset="koi8-r"><p>', [0xf0, 0xd2, 0xc9]), { xml: false })).toContain('При');
  });
});

describe('never a story the build refuses', () => {
  it('refuses a headline over the limit, naming the file and field', () => {
    const [change] = plan(story({ title: 'x'.repeat(201) }));
    expect(change).toMatchObject({ kind: 'fail', reason: expect.stringMatching(/would not build: title: .*200/) });
  });

  it('fits a long dek, drops tags without an address, an update before publication and addresses that are not web addresses', () => {
    const [change] = plan(
      story({
        dek: 'word '.repeat(120),
        tags: ['!!!', 'Europe'],
        updatedAt: '2025-01-01T12:00:00+00:00',
        url: '/relative/path',
        authors: [{ name: 'Jane Doe', url: 'javascript:alert(1)' }],
      }),
    );
    const files = planImport(
      [{ ok: true, label: 'x', story: story({ authors: [{ name: 'Eve', url: 'javascript:alert(1)' }] }) }],
      archive(),
      options,
    );
    expect(change?.kind).toBe('create');
    const data = change?.kind === 'create' ? frontmatter(change.text) : {};
    expect(String(data['dek']).length).toBeLessThanOrEqual(400);
    expect(data).toMatchObject({ tags: ['Europe'], source: { name: 'Paper' } });
    expect(data).not.toHaveProperty('updatedAt');
    expect(data['source']).not.toHaveProperty('url');
    expect(files.find((c) => c.kind === 'create' && c.file === 'authors/eve.yaml')).not.toHaveProperty(
      'text',
      expect.stringContaining('javascript'),
    );
  });

  it('cuts a slug at a word to fit a file name', () => {
    const slug = storySlug('Word '.repeat(100), '2025-01-01');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)*$/);
  });
});
