/**
 * The article components an MDX body may use, without importing them, and the markup the
 * site gives them. `<PullQuote>` depends on its own text only, so it is drawn when the body
 * is compiled; `<RelatedStory>` and photos depend on the archive (another story's headline,
 * a photo's renditions), so the compiled body keeps a marker for them that
 * `ArticleBody.astro` fills in when a page is built.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

export const ARTICLE_COMPONENTS = {
  PullQuote: {
    props: ['cite'],
    required: [],
    usage: 'write <PullQuote cite="Who said it">The quote.</PullQuote>',
  },
  RelatedStory: {
    props: ['id'],
    required: ['id'],
    usage: 'write <RelatedStory id="file-name-of-the-story" /> on a line of its own',
  },
} as const satisfies Record<string, { props: readonly string[]; required: readonly string[]; usage: string }>;

export type ComponentName = keyof typeof ARTICLE_COMPONENTS;

/**
 * Elements only the compiler writes (an editor's own tags are limited to formatting
 * elements, and text is escaped), so a page can find them with a pattern.
 */
export const BODY_MARKERS = { image: 'dateline-photo', related: 'dateline-related-story' } as const;

/** `<dateline-photo data-key="0"></dateline-photo>` → kind and key, for ArticleBody.astro. */
export const MARKER_PATTERN = /<(dateline-photo|dateline-related-story) data-key="([^"]*)"><\/\1>/;

export type BodyPart = { kind: 'html'; html: string } | { kind: 'image'; index: number } | { kind: 'related'; id: string };

/** A compiled body cut at its markers, in reading order. */
export function bodyParts(html: string): BodyPart[] {
  const pieces = html.split(new RegExp(MARKER_PATTERN.source, 'g'));
  const parts: BodyPart[] = [];
  for (let i = 0; i < pieces.length; i += 3) {
    const html = pieces[i];
    if (html) parts.push({ kind: 'html', html });
    const tag = pieces[i + 1];
    const key = unescapeAttribute(pieces[i + 2] ?? '');
    if (tag === BODY_MARKERS.image) parts.push({ kind: 'image', index: Number(key) });
    else if (tag === BODY_MARKERS.related) parts.push({ kind: 'related', id: key });
  }
  return parts;
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"');
}

/** A quote lifted out of the body for emphasis, with who said it under it. */
export function pullQuote(children: ElementContent[], cite: string | undefined): Element {
  return h('figure', { className: 'pull-quote not-prose my-8 border-y-2 border-accent py-4 text-center' }, [
    h('blockquote', { className: 'font-serif text-2xl leading-snug text-balance' }, children),
    cite ? h('figcaption', { className: 'mt-2 text-sm text-ink-muted' }, `— ${cite}`) : undefined,
  ]);
}
