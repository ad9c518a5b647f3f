/**
 * Story bodies from any source become safe MDX. HTML goes through a real parser and an
 * allowlist sanitiser (sanitize-html: no script, style, iframe, event attributes or
 * javascript: URLs survive), then Turndown writes Markdown, escaping the characters MDX
 * would otherwise run as code ("{" and "<"). Markdown sources are rendered to HTML first
 * (micromark, CommonMark) so raw HTML inside them meets the same sanitiser.
 *
 * Images are not resolved here: each becomes `![alt](dateline-image:N)` and is listed, so
 * the planner can copy local files next to the article or record remote ones. "Related
 * article: [title](url)" paragraphs become `<RelatedStory id="dateline-related:N" />`.
 */
import { micromark } from 'micromark';
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';
import { escapeMdxText, inertModuleLines, markdownUrl } from './mdx-text.ts';

export interface BodyImage {
  src: string;
  alt: string | undefined;
}

export interface RelatedLink {
  title: string;
  /** The linked story's address at the source; undefined when the source linked nothing ("#"). */
  url: string | undefined;
}

export interface ConvertedBody {
  markdown: string;
  images: BodyImage[];
  related: RelatedLink[];
}

export const imageToken = (index: number) => `dateline-image:${index}`;
export const relatedToken = (index: number) => `dateline-related:${index}`;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'sup',
    'sub',
    'figure',
    'figcaption',
    'img',
    'del',
    's',
  ],
  allowedAttributes: { a: ['href'], img: ['src', 'alt', 'width', 'height'], blockquote: ['data-pullquote'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Elements whose content is code or chrome, not prose: dropped with everything inside.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
    'button',
    'select',
  ],
  transformTags: {
    // A headline inside the body would compete with the page's own h1.
    h1: 'h2',
    // Pull quotes, however a publisher marks them up, become PullQuote.
    ...Object.fromEntries(
      ['aside', 'blockquote', 'div', 'figure', 'p'].map((tag) => [
        tag,
        (tagName: string, attribs: sanitizeHtml.Attributes) =>
          /pull-?quote/i.test(attribs['class'] ?? '') ? { tagName: 'blockquote', attribs: { 'data-pullquote': '' } } : { tagName, attribs },
      ]),
    ),
  },
};

/**
 * Images that are not photos: tracking pixels (1×1), feed-flare and feed-proxy beacons,
 * share buttons. A feed item is full of them and none belongs in a story.
 */
export function isTrackingImage(src: string, width?: string | null, height?: string | null): boolean {
  if (Number(width) === 1 || Number(height) === 1 || width === '0' || height === '0') return true;
  return /feedburner\.com\/~|\/~(?:ff|r|a)\/|feedsportal|doubleclick\.net|stats\.wordpress\.com|\/b\.gif|feeds\.wordpress\.com\/[\d.]+\/(?:comments|go)/i.test(
    src,
  );
}

/** Allowlist sanitising of untrusted HTML: what remains is prose markup only. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** A link's address as the body may keep it: absolute http(s) or mailto, resolved against the page. */
function linkUrl(href: string, baseUrl: string | undefined): string | undefined {
  try {
    const url = new URL(href.trim(), baseUrl);
    return /^(?:https?|mailto):$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function turndownService(images: BodyImage[], baseUrl: string | undefined): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  const escapeMarkdown = service.escape.bind(service);
  // Markdown escapes, then MDX's: text never becomes an expression, a tag or an import.
  service.escape = (text: string) => escapeMdxText(escapeMarkdown(text));
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const src = element.getAttribute('src')?.trim();
      if (!src || isTrackingImage(src, element.getAttribute('width'), element.getAttribute('height'))) return '';
      const alt = element.getAttribute('alt')?.replace(/\s+/g, ' ').trim() || undefined;
      images.push({ src, alt });
      return `![${escapeMdxText(escapeMarkdown(alt ?? ''))}](${imageToken(images.length - 1)})`;
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')),
    replacement: (content, node) => {
      // A link with no words (an emptied share button, a feed-flare icon) is noise.
      if (!content.trim()) return '';
      const href = (node as HTMLElement).getAttribute('href')?.trim() ?? '';
      // A fragment stays a fragment (agencies link "Related article" lines to "#").
      const url = href.startsWith('#') ? href : linkUrl(href, baseUrl);
      return url ? `[${content.trim()}](${markdownUrl(url)})` : content;
    },
  });
  service.addRule('pullQuote', {
    filter: (node) => node.nodeName === 'BLOCKQUOTE' && node.hasAttribute('data-pullquote'),
    replacement: (content) => {
      const words = content.replace(/^>\s?/gm, '').replace(/\s+/g, ' ').trim();
      return words ? `\n\n<PullQuote>${words}</PullQuote>\n\n` : '';
    },
  });
  service.addRule('figure', { filter: ['figure'], replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('figcaption', { filter: ['figcaption'], replacement: (content) => `\n\n${content.trim()}\n\n` });
  return service;
}

const RELATED = /^Related (?:article|story):\s*\[((?:\\.|[^\]])+)\]\(([^)\s]*)\)\s*$/i;

/** Markdown link text back to plain text: the title a brief is filed under. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Sanitised HTML to MDX, with images and related-article lines lifted out as tokens. */
export function htmlToMdx(html: string, baseUrl?: string): ConvertedBody {
  const images: BodyImage[] = [];
  const related: RelatedLink[] = [];
  const markdown = inertModuleLines(turndownService(images, baseUrl).turndown(sanitize(html)))
    .split(/\n{2,}/)
    .map((block) => {
      const match = RELATED.exec(block.trim());
      if (!match) return block;
      const url = match[2] && /^https?:/i.test(match[2]) ? match[2] : undefined;
      related.push({ title: unescape(match[1] ?? ''), url });
      return `<RelatedStory id="${relatedToken(related.length - 1)}" />`;
    })
    .filter((block) => block.trim().length > 0)
    .join('\n\n')
    .trim();
  return { markdown, images, related };
}

/** Markdown (CommonMark, raw HTML allowed in) to MDX through the same sanitiser. */
export function markdownToMdx(markdown: string): ConvertedBody {
  return htmlToMdx(micromark(markdown, { allowDangerousHtml: true }));
}

/** Text without markup, for fields such as a dek that a source sent as HTML. */
export function plainText(html: string): string {
  // The sanitiser decodes entities and escapes only these five again.
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
