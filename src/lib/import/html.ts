/**
 * A single article page from a partner's site. Metadata comes from what publishers already
 * emit for search engines and social cards (Open Graph, article:*, JSON-LD, microdata, the
 * canonical link, <time datetime>); the body is what Mozilla's Readability (Firefox Reader
 * View) finds to be the article, or the JSON-LD articleBody when Readability finds far less,
 * and then goes through the sanitiser like every other body. Every address on the page is a
 * web address resolved against the page (or its <base>), never a file on this machine.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { zonedIso } from '../zoned.ts';
import { htmlToMdx, plainText } from './body.ts';
import { parseSourceDate } from './dates.ts';
import { parseByline, type ParsedStory, type SourceAuthor, type SourcePhoto } from './story.ts';
import { webAddress } from './web-address.ts';

type Data = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

/** The Article (NewsArticle, BlogPosting…) objects of the page's JSON-LD, best first. */
function jsonLdArticle(document: Document): Data {
  const found: Data[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    // Pages wrap JSON-LD in CDATA or HTML comments for old parsers; neither is JSON.
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g, '');
    try {
      const parsed: unknown = JSON.parse(source);
      const candidates = [
        parsed,
        ...[parsed].flat().flatMap((p) => ((p as Data | null)?.['@graph'] as unknown[] | undefined) ?? []),
      ].flat();
      for (const c of candidates) {
        const types = [(c as Data | null)?.['@type']].flat().map(String);
        if (types.some((t) => ARTICLE_TYPE.test(t))) found.push(c as Data);
      }
    } catch {
      // A page's broken JSON-LD is the publisher's problem; the other metadata still counts.
    }
  }
  return found.find((d) => [d['@type']].flat().some((t) => String(t) !== 'WebPage')) ?? found[0] ?? {};
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;
const str = (value: unknown) => (typeof value === 'string' ? clean(value) : undefined);

function ldAuthors(value: unknown): SourceAuthor[] {
  return [value].flat().flatMap((a): SourceAuthor[] => {
    if (typeof a === 'string') return parseByline(a);
    const name = str((a as Data | null)?.['name']);
    return name ? parseByline(name).map((author) => ({ ...author, url: str((a as Data)['url']) })) : [];
  });
}

function ldImage(value: unknown): string | undefined {
  const first = [value].flat()[0];
  return typeof first === 'string' ? first : str((first as Data | undefined)?.['url']);
}

/** Meta names pages use for the publication date, besides Open Graph and JSON-LD. */
const DATE_METAS = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'og:published_time',
];

/** Every date the page states for its publication, most reliable first. */
function dateCandidates(document: Document, meta: (key: string) => string | undefined, ld: Data): string[] {
  const itemprop = [...document.querySelectorAll('[itemprop="datePublished"]')].map(
    (e) => e.getAttribute('content') ?? e.getAttribute('datetime') ?? e.textContent ?? '',
  );
  const times = [...document.querySelectorAll('time[datetime], time[pubdate]')].map(
    (t) => t.getAttribute('datetime') ?? t.textContent ?? '',
  );
  return [
    meta('article:published_time'),
    str(ld['datePublished']),
    ...itemprop,
    ...DATE_METAS.map(meta),
    str(ld['dateCreated']),
    ...times,
  ].flatMap((d) => clean(d) ?? []);
}

function bodyRoot(document: Document): Element {
  return document.querySelector('article') ?? document.querySelector('main') ?? document.body;
}

export interface PageContext {
  /** The page's address when it was fetched: relative links resolve against it. */
  pageUrl?: string | undefined;
  /** The time of import, the date of a page that states none. */
  now?: Date | undefined;
}

export function parseHtmlPage(html: string, timeZone: string, { pageUrl, now = new Date() }: PageContext = {}): ParsedStory {
  const { document } = parseHTML(html);
  const meta = (key: string) =>
    clean(document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`)?.getAttribute('content'));
  const metas = (key: string) =>
    [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].flatMap((m) => clean(m.getAttribute('content')) ?? []);
  const ld = jsonLdArticle(document);
  const base = webAddress(document.querySelector('base[href]')?.getAttribute('href') ?? undefined, pageUrl) ?? pageUrl;
  const url =
    webAddress(clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), base) ??
    webAddress(meta('og:url'), base) ??
    webAddress(str(ld['url']), base) ??
    pageUrl;

  const pageTitle = clean(document.title);
  const siteInTitle = pageTitle ? titleSuffix(pageTitle, '') : undefined;
  const title =
    meta('og:title') ??
    str(ld['headline']) ??
    clean(bodyRoot(document).querySelector('h1')?.textContent) ??
    (siteInTitle ? pageTitle?.slice(0, pageTitle.lastIndexOf(siteInTitle)).replace(/\s+(?:[|–—-]|::)\s*$/, '') : pageTitle);
  if (!title) throw new Error('no title (og:title, JSON-LD headline, <h1> or <title>)');
  const dates = dateCandidates(document, meta, ld);
  const publishedAt = dates.map((d) => parseSourceDate(d, timeZone)).find((d) => d !== undefined);
  const rawUpdated = meta('article:modified_time') ?? str(ld['dateModified']);
  const updatedAt = rawUpdated && publishedAt ? parseSourceDate(rawUpdated, timeZone) : undefined;

  const bylineElement = document.querySelector('[rel="author"], .byline, [itemprop="author"], .author');
  const authors = [
    () => parseByline(meta('author') ?? ''),
    () => ldAuthors(ld['author']),
    () => parseByline(meta('article:author') && !/^https?:/.test(meta('article:author') ?? '') ? (meta('article:author') ?? '') : ''),
    () => parseByline(clean(bylineElement?.textContent) ?? ''),
  ].reduce<SourceAuthor[]>((found, next) => (found.length > 0 ? found : next()), []);

  const heroSrc = meta('og:image') ?? ldImage(ld['image']);
  const hero: SourcePhoto | undefined = heroSrc ? { src: heroSrc, alt: meta('og:image:alt') } : undefined;
  const description = meta('og:description') ?? meta('description') ?? str(ld['description']);
  const section = meta('article:section') ?? str([ld['articleSection']].flat()[0]);
  const keywords = [ld['keywords']].flat().flatMap((k) => (typeof k === 'string' ? k.split(',') : []));
  const tags = [...metas('article:tag'), ...keywords].flatMap((t) => clean(t) ?? []);
  const sourceName =
    meta('og:site_name') ??
    str((ld['publisher'] as Data | undefined)?.['name']) ??
    meta('application-name') ??
    titleSuffix(pageTitle ?? '', title);

  return {
    title,
    dek: description ? plainText(description) : undefined,
    publishedAt: publishedAt ?? zonedIso(now, timeZone),
    undated: !publishedAt,
    updatedAt,
    authors,
    section,
    tags,
    sourceName,
    url,
    baseUrl: base ?? url,
    hero,
    ...htmlToMdx(withoutHeadline(articleHtml(document, str(ld['articleBody'])), title), base ?? url),
  };
}

/** The site's name as page titles append it ("Headline | Site", "Headline - Site"), when it is short. */
function titleSuffix(pageTitle: string, headline: string): string | undefined {
  const parts = pageTitle.split(/\s+[|–—-]\s+|\s+::\s+/).map((p) => p.trim());
  const last = parts.length > 1 ? parts.at(-1) : undefined;
  return last && last.length <= 40 && last !== headline && !(headline && headline.endsWith(last)) ? last : undefined;
}

const textLength = (html: string) => plainText(html).length;

/**
 * The article's HTML: Readability's pick; the JSON-LD articleBody when the publisher states
 * one and Readability kept less than half of it (a teaser, a comment, an ad slot); else the
 * <article> or <main> without the page's chrome.
 */
function articleHtml(document: Document, articleBody: string | undefined): string {
  const fallback = bodyRoot(document).cloneNode(true) as Element;
  for (const chrome of fallback.querySelectorAll('h1, header, footer, nav, aside, form, .byline, [rel="author"]')) chrome.remove();
  // A byline is metadata, read above; Readability keeps it in the text when the page's meta already names the author.
  for (const byline of document.querySelectorAll('.byline, [rel="author"], [itemprop="author"]')) {
    if ((byline.textContent ?? '').length < 120) byline.remove();
  }
  // Readability drops <aside>, where many pages keep pull quotes: make each a blockquote it keeps.
  for (const quote of document.querySelectorAll('[class*="pullquote" i], [class*="pull-quote" i]')) {
    const blockquote = document.createElement('blockquote');
    blockquote.setAttribute('class', 'pullquote');
    blockquote.innerHTML = quote.innerHTML;
    quote.replaceWith(blockquote);
  }
  let picked: string | undefined;
  try {
    picked = new Readability(document, { keepClasses: true, classesToPreserve: ['pullquote', 'pull-quote'] }).parse()?.content ?? undefined;
  } catch {
    picked = undefined;
  }
  const body = picked && textLength(picked) > 0 ? picked : fallback.innerHTML;
  if (articleBody && textLength(body) < articleBody.length / 2) {
    return articleBody
      .split(/\n\s*\n|\n/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('');
  }
  return body;
}

/** The body without a heading that repeats the headline (the page shows its own). */
function withoutHeadline(html: string, title: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const same = (text: string | null) => clean(text)?.toLowerCase() === title.toLowerCase();
  for (const heading of document.querySelectorAll('h1, h2')) if (heading.tagName === 'H1' || same(heading.textContent)) heading.remove();
  return document.body.innerHTML;
}
