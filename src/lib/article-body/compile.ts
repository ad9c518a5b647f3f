/**
 * An article body, MDX as editors write it, compiled once into HTML that pages store and
 * render: the body is data, never code. The MDX grammar is parsed (remark-mdx, the parser
 * MDX itself uses) so that editors keep the syntax they know, but nothing in it runs:
 *
 * - `import`/`export` lines and `{expressions}` are refused;
 * - a tag is either an article component the site provides (`<PullQuote>`, `<RelatedStory>`)
 *   or a plain HTML element that formats text, with attributes that cannot run code;
 * - every URL is checked: no `javascript:`, `data:` or other scheme a browser could execute.
 *
 * What the archive decides at page time (a related story's headline and URL, a photo's
 * renditions) is left as a marker that `ArticleBody.astro` fills in, so a compiled body
 * depends on its own file alone and can be cached by that file's digest.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError } from '../content-error.ts';
import { countWords } from '../reading-time.ts';
import { ARTICLE_COMPONENTS, BODY_MARKERS, pullQuote, type ComponentName } from './components.ts';

export interface BodyImage {
  /** Path relative to the article file, as written. */
  src: string;
  alt: string;
  line: number;
}

export interface BodyReference {
  id: string;
  line: number;
}

export interface CompiledBody {
  /** HTML with markers for the photos and related-story lines (see components.ts). */
  html: string;
  /** Photos in the order of their markers. */
  images: BodyImage[];
  /** `<RelatedStory id>` lines, checked against the archive when pages are built. */
  related: BodyReference[];
  /** Words a reader reads, for reading time. */
  words: number;
}

export interface CompileOptions {
  /** The article file, as error messages name it. */
  file: string;
  /** Line of the file on which the body starts (1 = first line of the file). */
  firstLine: number;
}

/**
 * Elements that only format or structure text. Anything else (script, iframe, object,
 * embed, form, style, svg, video…) can run code or pull in another site, and is refused.
 */
const FORMATTING_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'data',
  'dd',
  'del',
  'details',
  'dfn',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'title']);
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'hreflang'],
  img: ['src', 'alt'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  data: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope'],
  ol: ['start', 'reversed', 'type'],
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function compileArticleBody(body: string, options: CompileOptions): CompiledBody {
  const refuse = (line: number | undefined, field: string, problem: string, fix: string): never => {
    const at = options.firstLine + (line ?? 1) - 1;
    throw new ContentError(`${options.file}:${at}`, `${field} on line ${at}`, problem, fix);
  };

  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return refuse(line, 'body', `the text is not valid MDX: ${reason ?? String(error)}`, fixForSyntaxError(reason ?? ''));
  }

  const images: BodyImage[] = [];
  const related: BodyReference[] = [];

  unwrapLoneComponents(tree);
  visit(tree, (node: MdastNodes) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        return refuse(
          line,
          'body',
          `"${firstLineOf(node.value)}" is an import/export statement: code, which articles may not contain`,
          'remove it (article components need no import); to show the words as text, write &#x69;mport or &#x65;xport',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return refuse(
          line,
          'body',
          `"{${node.value}}" is a JavaScript expression, which articles may not contain`,
          'write \\{ and \\} for literal braces',
        );
      case 'link':
      case 'definition':
        checkUrl(node.url, line, 'link');
        return;
      case 'image':
        images.push(localImage(node.url, node.alt ?? '', line));
        return;
      case 'imageReference':
        return refuse(
          line,
          'image',
          `"![${node.alt ?? ''}][${node.identifier}]" is a reference-style image`,
          'write it as ![What it shows](path)',
        );
      case 'html':
        return refuse(line, 'body', 'raw HTML is not allowed here', 'write the text in Markdown');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line);
        return;
    }
  });

  function checkUrl(url: string, line: number | undefined, what: string): void {
    const scheme = urlScheme(url);
    if (scheme !== undefined && !SAFE_LINK_SCHEMES.has(scheme)) {
      refuse(
        line,
        what,
        `"${url.slice(0, 80)}" uses the ${scheme} scheme, which can run code or read local data`,
        'link to an http(s) address, a mailto: address or a page of this site',
      );
    }
  }

  function localImage(src: string, alt: string, line: number | undefined): BodyImage {
    if (!alt.trim()) {
      refuse(
        line,
        'image',
        `"${src}" has no alt text`,
        'describe the image for readers who cannot see it: ![What it shows](path) or <img alt="What it shows" …>',
      );
    }
    if (urlScheme(src) !== undefined || src.startsWith('//') || src.startsWith('/')) {
      refuse(
        line,
        'image',
        `"${src.slice(0, 80)}" is not a photo in the content folder (readers' browsers never load another site's files)`,
        'copy the photo into content/images/ and give its path relative to the article, e.g. ../../images/photo.jpg',
      );
    }
    return { src, alt: alt.trim(), line: options.firstLine + (line ?? 1) - 1 };
  }

  function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, line: number | undefined): void {
    const name = node.name;
    if (name === null) {
      return refuse(line, 'body', '"<>" (a fragment) is JSX, not text', 'remove <> and </>, or write \\< for a literal "<"');
    }
    if (name in ARTICLE_COMPONENTS) {
      const component = ARTICLE_COMPONENTS[name as ComponentName];
      const props = literalAttributes(node, line, component.props);
      for (const required of component.required) {
        if (!props[required]) refuse(line, `<${name} ${required}>`, `<${name}> needs ${required}="…"`, component.usage);
      }
      if (name === 'RelatedStory') related.push({ id: props.id ?? '', line: options.firstLine + (line ?? 1) - 1 });
      return;
    }
    if (!FORMATTING_ELEMENTS.has(name)) {
      const component = /^[A-Z]/.test(name);
      return refuse(
        line,
        `<${name}>`,
        component
          ? `<${name}> is not an article component this site provides`
          : `<${name}> is not an element that formats text (it could run code or load another site)`,
        component
          ? `use one of: ${Object.keys(ARTICLE_COMPONENTS)
              .map((c) => `<${c}>`)
              .join(', ')}`
          : 'remove it; for an embed, link to the page instead',
      );
    }
    const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[name] ?? [])]);
    const attributes = literalAttributes(node, line, allowed);
    for (const [attribute, value] of Object.entries(attributes)) {
      if (URL_ATTRIBUTES.has(attribute) && name !== 'img') checkUrl(value, line, `<${name} ${attribute}>`);
    }
    if (name === 'img') images.push(localImage(attributes.src ?? '', attributes.alt ?? '', line));
  }

  function literalAttributes(
    node: MdxJsxFlowElement | MdxJsxTextElement,
    line: number | undefined,
    allowed: ReadonlySet<string> | readonly string[],
  ): Record<string, string> {
    const names = new Set(allowed);
    const values: Record<string, string> = {};
    for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        refuse(
          line,
          `<${node.name}>`,
          `"{${attribute.value}}" is a JavaScript expression`,
          'give each attribute a quoted value, e.g. cite="…"',
        );
      }
      const { name, value } = attribute as MdxJsxAttribute;
      if (/^on/i.test(name) || name === 'style') {
        refuse(line, `<${node.name} ${name}>`, `the attribute ${name} can run code or restyle the page`, 'remove it');
      }
      if (!names.has(name)) {
        refuse(
          line,
          `<${node.name} ${name}>`,
          `<${node.name}> does not take ${name}`,
          `use only: ${[...names].join(', ') || 'no attributes'}`,
        );
      }
      if (value !== null && typeof value === 'object') {
        refuse(line, `<${node.name} ${name}>`, `"{${value.value}}" is a JavaScript expression`, `write ${name}="…" with a quoted value`);
      }
      values[name] = typeof value === 'string' ? value : '';
    }
    return values;
  }

  return { html: toHtml(toArticleHast(tree, images)), images, related, words: countWords(plainText(tree)) };
}

/**
 * `<PullQuote>…</PullQuote>` on a line of its own is parsed as a paragraph holding the
 * component; the component is the block, so the paragraph around it goes.
 */
function unwrapLoneComponents(tree: Root): void {
  visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
    const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const [only] = content;
    if (!parent || index === undefined || content.length !== 1 || only?.type !== 'mdxJsxTextElement') return;
    if (!only.name || !(only.name in ARTICLE_COMPONENTS)) return;
    parent.children[index] = { ...only, type: 'mdxJsxFlowElement', children: only.children as never } as MdxJsxFlowElement;
  });
}

/** The checked tree as HTML elements: components and photos become the site's markup or markers. */
function toArticleHast(tree: Root, images: readonly BodyImage[]): HastRoot {
  let imageIndex = 0;
  const marker = (kind: keyof typeof BODY_MARKERS, key: string): Element => ({
    type: 'element',
    tagName: BODY_MARKERS[kind],
    properties: { dataKey: key },
    children: [],
  });
  const element = (state: { all: (n: MdastNodes) => ElementContent[] }, node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const props = Object.fromEntries(
      (node.attributes as MdxJsxAttribute[]).map((a) => [a.name, typeof a.value === 'string' ? a.value : '']),
    ) as Record<string, string>;
    const children = state.all(node as MdastNodes);
    if (node.name === 'PullQuote') return pullQuote(children, props.cite);
    if (node.name === 'RelatedStory') return marker('related', props.id ?? '');
    if (node.name === 'img') return marker('image', String(imageIndex++));
    return { type: 'element', tagName: node.name ?? 'span', properties: props, children } satisfies Element;
  };
  const hast = toHast(tree, {
    handlers: {
      image: () => marker('image', String(imageIndex++)),
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
    },
  }) as HastRoot;
  if (imageIndex !== images.length) throw new Error(`article body: ${images.length} photos checked, ${imageIndex} placed`);
  return hast;
}

function plainText(tree: Root): string {
  const words: string[] = [];
  visit(tree, (node: MdastNodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') words.push((node as PhrasingContent & { value: string }).value);
  });
  return words.join(' ');
}

/** The scheme of a URL as a browser reads it (tabs and newlines inside are ignored), if any. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match?.[1] ? `${match[1].toLowerCase()}:` : undefined;
}

function firstLineOf(text: string): string {
  const first = text.split('\n')[0] ?? '';
  return first.length > 80 ? `${first.slice(0, 80)}…` : first;
}

function fixForSyntaxError(reason: string): string {
  if (/closing tag|end tag/i.test(reason)) return 'close the tag (e.g. </b>), or write \\< for a literal "<"';
  if (/expression|brace|`\{`|`\}`/i.test(reason)) return 'write \\{ and \\} for literal braces';
  if (/`<`|tag|name/i.test(reason)) return 'write \\< for a literal "<", or close the tag';
  return 'correct the Markdown at that line';
}
