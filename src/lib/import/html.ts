/**
 * A single article page saved from a partner's site. Metadata comes from what publishers
 * already emit for search engines and social cards (Open Graph, article:*, JSON-LD, the
 * canonical link); the body is the <article> (or <main>) without the page's chrome, and
 * then goes through the sanitiser like every other body.
 */
import { parseHTML } from 'linkedom';
import { htmlToMdx, plainText } from './body.ts';
import { parseSourceDate } from './dates.ts';
import { parseByline, type ParsedStory, type SourceAuthor, type SourcePhoto } from './story.ts';

type Data = Record<string, unknown>;

/** The NewsArticle/Article object of the page's JSON-LD, if any. */
function jsonLdArticle(document: Document): Data {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const candidates = [parsed, ...(((parsed as Data | null)?.['@graph'] as unknown[] | undefined) ?? [])].flat();
      const article = candidates.find((c) => /Article$/.test(String((c as Data | null)?.['@type'] ?? '')));
      if (article) return article as Data;
    } catch {
      // A page's broken JSON-LD is the publisher's problem; the other metadata still counts.
    }
  }
  return {};
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;

function ldAuthors(value: unknown): SourceAuthor[] {
  return [value].flat().flatMap((a): SourceAuthor[] => {
    if (typeof a === 'string') return [{ name: a }];
    const name = clean((a as Data | null)?.['name'] as string | undefined);
    return name ? [{ name, url: clean((a as Data)['url'] as string | undefined) }] : [];
  });
}

export function parseHtmlPage(html: string, timeZone: string): ParsedStory {
  const { document } = parseHTML(html);
  const meta = (key: string) => clean(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));
  const metas = (key: string) =>
    [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].flatMap((m) => clean(m.getAttribute('content')) ?? []);
  const ld = jsonLdArticle(document);
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;

  const title =
    meta('og:title') ?? clean(root.querySelector('h1')?.textContent) ?? clean(ld['headline'] as string) ?? clean(document.title);
  if (!title) throw new Error('no title (og:title, <h1> or <title>)');
  const rawDate =
    meta('article:published_time') ??
    (ld['datePublished'] as string | undefined) ??
    root.querySelector('time[datetime]')?.getAttribute('datetime');
  const publishedAt = rawDate ? parseSourceDate(rawDate, timeZone) : undefined;
  if (!publishedAt)
    throw new Error(
      rawDate ? `date "${rawDate}" is not a date` : 'no publication date (article:published_time, JSON-LD or <time datetime>)',
    );
  const rawUpdated = meta('article:modified_time') ?? (ld['dateModified'] as string | undefined);

  // The first figure of the article is its lead photo, with the credit in <small>/<cite>.
  const figure = root.querySelector('figure');
  const figureImage = figure?.querySelector('img');
  let hero: SourcePhoto | undefined;
  if (figure && figureImage) {
    const creditElement = figure.querySelector('figcaption small, figcaption cite, figcaption .credit');
    const credit = clean(creditElement?.textContent);
    creditElement?.remove();
    hero = {
      src: figureImage.getAttribute('src') ?? undefined,
      alt: clean(figureImage.getAttribute('alt')),
      caption: clean(figure.querySelector('figcaption')?.textContent),
      credit,
    };
    figure.remove();
  } else if (meta('og:image')) {
    hero = { src: meta('og:image'), alt: meta('og:image:alt') };
  }
  const bylineElement = root.querySelector('[rel="author"], .byline, [itemprop="author"]');
  const authors = meta('author')
    ? parseByline(meta('author') ?? '')
    : ld['author']
      ? ldAuthors(ld['author'])
      : parseByline(clean(bylineElement?.textContent) ?? '');
  for (const chrome of root.querySelectorAll('h1, header, footer, nav, aside, form, .byline, [rel="author"]')) chrome.remove();

  const description = meta('og:description') ?? meta('description');
  return {
    title,
    dek: description ? plainText(description) : undefined,
    publishedAt,
    updatedAt: rawUpdated ? parseSourceDate(rawUpdated, timeZone) : undefined,
    authors,
    section: meta('article:section'),
    tags: metas('article:tag'),
    sourceName: meta('og:site_name') ?? clean(((ld['publisher'] as Data | undefined)?.['name'] as string | undefined) ?? undefined),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url'),
    hero,
    ...htmlToMdx(root.innerHTML),
  };
}
