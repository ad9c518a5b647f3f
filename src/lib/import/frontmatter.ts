/**
 * Article files as editors read them: frontmatter in a fixed order, text in double quotes,
 * id lists in flow style ("authors: [afp]"). Updating an existing article edits its YAML
 * document in place, so comments, key order and every field the source does not carry
 * (tags, photo, alt text, draft…) stay as the editor left them.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node } from 'yaml';

export interface ArticleFields {
  title: string;
  dek?: string | undefined;
  publishedAt: string;
  updatedAt?: string | undefined;
  authors: string[];
  section?: string | undefined;
  /** The edition, when it is not the default one. */
  lang?: string | undefined;
  tags?: string[] | undefined;
  hero?:
    | {
        image?: string | undefined;
        alt?: string | undefined;
        caption?: string | undefined;
        credit?: string | undefined;
        remote?: string | undefined;
      }
    | undefined;
  source?: { name: string; url?: string | undefined } | undefined;
  related?: string[] | undefined;
  remoteImages?: { url: string; alt?: string | undefined }[] | undefined;
  draft?: boolean | undefined;
}

export interface ArticleFile {
  frontmatter: string;
  body: string;
}

const ORDER: (keyof ArticleFields)[] = [
  'title',
  'dek',
  'publishedAt',
  'updatedAt',
  'authors',
  'section',
  'lang',
  'tags',
  'hero',
  'source',
  'related',
  'remoteImages',
  'draft',
];
/** Keys whose values are ids or flags, written bare; every other string is quoted. */
const BARE = new Set(['section', 'lang', 'authors', 'related', 'tags', 'draft', 'image']);

/** Drops undefined values, so the file shows only what the story has. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.map(([k, v]) => [k, compact(v)]));
  }
  return value;
}

function styled(doc: Document, key: string, value: unknown): Node {
  const node = doc.createNode(compact(value)) as Node;
  const quote = (scalar: unknown, name: string) => {
    if (isScalar(scalar) && typeof scalar.value === 'string' && !BARE.has(name)) scalar.type = Scalar.QUOTE_DOUBLE;
  };
  quote(node, key);
  visit(node, {
    Pair(_, pair) {
      quote(pair.value, isScalar(pair.key) ? String(pair.key.value) : '');
    },
    Seq(_, seq) {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
  });
  return node;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The frontmatter of a new article, fields in the documented order. */
export function writeFrontmatter(fields: ArticleFields): string {
  const doc = new Document({});
  const values = compact(fields) as Record<string, unknown>;
  for (const key of ORDER) {
    const value = values[key];
    if (value !== undefined) doc.set(key, styled(doc, key, value));
  }
  return doc.toString(STRINGIFY);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The existing frontmatter with the fields a source carries set to the source's values.
 * `carried` lists paths such as ["hero", "caption"]; a path the source leaves undefined
 * keeps the editor's value.
 */
export function mergeFrontmatter(existing: string, fields: ArticleFields, carried: (string[] | [keyof ArticleFields])[]): string {
  const doc = parseDocument(existing);
  for (const path of carried) {
    const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), fields);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const current = doc.getIn(path);
    const plain = isMap(current) || isSeq(current) || isScalar(current) ? current.toJSON() : current;
    if (same(plain, compact(value))) continue;
    doc.setIn(path, styled(doc, path[0] ?? '', value));
  }
  return doc.toString(STRINGIFY);
}

/** An article file's frontmatter text and body; undefined when it has no frontmatter. */
export function splitArticle(text: string): ArticleFile | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?/.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length).replace(/^\s*\n/, '') };
}

export function joinArticle({ frontmatter, body }: ArticleFile): string {
  return `---\n${frontmatter}---\n\n${body.trim()}\n`;
}
