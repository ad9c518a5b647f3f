/**
 * The articles loader. Each `.mdx` file is read, its frontmatter validated against the
 * schema and its body compiled into HTML (article-body/compile.ts) once, when content is
 * synced; the result goes into Astro's content store, as Astro's own loaders store
 * rendered Markdown. No article becomes a JavaScript module: nothing in a body runs, and
 * the build's bundling cost does not grow with the archive.
 *
 * An entry is keyed by the digest of its file and of the compiler's own source, so an
 * unchanged article is never compiled again, in this build or the next (the store lives
 * in .astro/ between builds); a change to the compiler recompiles everything. A file whose
 * stamp (size, times, inode) is what it was when last read is not read at all (file-stamps.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { compileArticleBody, type CompiledBody } from './article-body/compile';
import { ContentError } from './content-error';
import { keepCollection } from './empty-collection';
import { fileStamps, type FileStamps } from './file-stamps';

/** What the loader adds to an article's data; an editor never writes these fields. */
export const LOADER_FIELDS = ['bodyImages'] as const;

/** What the compiled body carries beside its HTML (`entry.rendered.metadata`). */
export interface BodyMetadata {
  images: CompiledBody['images'];
  related: CompiledBody['related'];
  words: number;
}

/** The collection's meta store key of the files' stamps (file-stamps.ts). */
const STAMPS = 'dateline-file-stamps';

/** Source files whose change must recompile every article and live update. */
const COMPILER_SOURCES = ['src/lib/article-body', 'src/lib/reading-time.ts', 'src/lib/article-loader.ts'];

/** An article's id is its file name: the slug in its URL, unique across the archive. */
export const articleSlug = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');

/**
 * A live update's id is its path under content/live/ without `.mdx`: "<story slug>/<file>",
 * unique by the file system, and its folder names the story it belongs to.
 */
export const liveUpdateEntryId = (relativeToBase: string) =>
  relativeToBase
    .split(/[\\/]/)
    .join('/')
    .replace(/\.mdx$/, '');

/** What differs between the collections whose bodies are compiled MDX. */
interface CompiledCollection {
  name: string;
  /** Folder of the files, relative to the project root. */
  base: string;
  /** The entry id of a file, from its path relative to `base`. */
  idOf: (relativeToBase: string) => string;
  /** The frontmatter field that holds a lead photo (`image`, `alt`…): an article's hero, an update's photo. */
  photoField: 'hero' | 'photo';
}

export function articleLoader(base: string): Loader {
  return compiledMdxLoader({ name: 'dateline-articles', base, idOf: articleSlug, photoField: 'hero' });
}

/** Live updates (content/live/<story>/<file>.mdx): the articles' pipeline, so an update is data, never code. */
export function liveUpdateLoader(base: string): Loader {
  return compiledMdxLoader({ name: 'dateline-live-updates', base, idOf: liveUpdateEntryId, photoField: 'photo' });
}

function compiledMdxLoader(collection: CompiledCollection): Loader {
  return {
    name: collection.name,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = path.resolve(root, collection.base);
      const compiler = compilerDigest(root);
      // Photos must come from the content tree that holds the collection's folder.
      const contentRoot = path.dirname(dir);
      const idOf = (file: string) => collection.idOf(path.relative(dir, path.resolve(root, file)));
      const stamps = fileStamps(context.meta.get(STAMPS), compiler);
      const sync = (file: string) => syncEntry(context, collection, root, file, idOf(file), compiler, contentRoot, stamps);

      const files = listMdx(dir).map((file) => path.relative(root, file).split(path.sep).join('/'));
      checkDuplicates(files, idOf);
      const untouched = new Set(context.store.keys());
      for (const file of files) untouched.delete(await sync(file));
      for (const id of untouched) context.store.delete(id);
      keepCollection(context);
      // The same text as the last build's leaves the store unwritten (patches/astro+7.3.5.patch).
      context.meta.set(STAMPS, stamps.serialize(files));

      // `npm run dev`: an edited, added or removed file is picked up without a restart.
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(dir);
      const isEntry = (file: string) => file.startsWith(dir + path.sep) && file.endsWith('.mdx');
      const onChange = async (changed: string) => {
        if (!isEntry(changed)) return;
        try {
          checkDuplicates(
            listMdx(dir).map((file) => path.relative(root, file)),
            idOf,
          );
          await sync(path.relative(root, changed).split(path.sep).join('/'));
          logger.info(`Reloaded ${path.relative(root, changed)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (removed) => {
        if (isEntry(removed)) context.store.delete(idOf(removed));
      });
    },
  };
}

/** Slugs (ids) that more than one file claims, with the files: each would own the same URL. */
export function duplicateSlugs(
  files: readonly string[],
  idOf: (file: string) => string = articleSlug,
): { slug: string; files: string[] }[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = idOf(file);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  return [...bySlug]
    .filter(([, claimed]) => claimed.length > 1)
    .map(([slug, claimed]) => ({ slug, files: [...claimed].sort() }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => path.join(dir, file));
}

function checkDuplicates(files: readonly string[], idOf: (file: string) => string): void {
  const [duplicate] = duplicateSlugs(files, idOf);
  if (duplicate) {
    throw new ContentError(
      duplicate.files.join(' and '),
      'file name',
      `${duplicate.files.length} articles have the slug "${duplicate.slug}" and so the same URL`,
      'rename one of the files (the file name is the slug), or delete the copy',
    );
  }
}

function compilerDigest(root: string): string {
  const hash = createHash('sha256');
  for (const source of COMPILER_SOURCES) {
    const full = path.join(root, source);
    if (!existsSync(full)) continue;
    const files = full.endsWith('.ts')
      ? [full]
      : readdirSync(full)
          .sort()
          .map((f) => path.join(full, f));
    for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Reads, checks and stores one file; returns its id. Unchanged files are skipped. */
async function syncEntry(
  context: LoaderContext,
  collection: CompiledCollection,
  root: string,
  file: string,
  id: string,
  compiler: string,
  contentRoot: string,
  stamps: FileStamps,
): Promise<string> {
  const { store, generateDigest, parseData } = context;
  const absolute = path.join(root, file);
  // Taken before the read: a write after it gives the file a stamp this one does not match.
  const stat = statSync(absolute, { bigint: true });
  const existing = store.get(id);
  // The store rebuilds its list of photos to import from the entries it keeps.
  const kept = (digest: string | undefined) => digest !== undefined && existing?.digest === digest && existing.filePath === file;
  if (kept(stamps.digestIf(file, stat))) return id;
  const contents = readFileSync(absolute, 'utf8');
  const digest = generateDigest(`${compiler}\n${contents}`);
  if (kept(digest)) {
    stamps.set(file, stat, digest);
    return id;
  }

  const { data, body, firstLine } = splitArticle(contents, file);
  for (const field of LOADER_FIELDS) {
    if (field in data)
      throw new ContentError(file, field, `${field} is filled in by Dateline from the body`, `remove ${field} from the frontmatter`);
  }
  const compiled = compileArticleBody(body, { file, firstLine });
  for (const image of compiled.images) checkLocalFile(file, `image on line ${image.line}`, absolute, image.src, contentRoot);
  const { photoField } = collection;
  const lead = (data[photoField] ?? undefined) as { image?: unknown } | undefined;
  if (typeof lead?.image === 'string') checkLocalFile(file, `${photoField}.image`, absolute, lead.image, contentRoot);

  const parsed = await parseData({ id, data: { ...data, bodyImages: compiled.images.map((i) => i.src) }, filePath: absolute });
  markPhotos(parsed, photoField);
  const metadata: BodyMetadata = { images: compiled.images, related: compiled.related, words: compiled.words };
  store.set({ id, data: parsed, filePath: file, digest, rendered: { html: compiled.html, metadata: { ...metadata } } });
  stamps.set(file, stat, digest);
  return id;
}

/** How Astro's content store recognises a local image to import (as its `image()` helper marks one). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** Marks the lead and body photos for astro:assets, relative to the file as `image()` would. */
function markPhotos(data: Record<string, unknown>, photoField: CompiledCollection['photoField']): void {
  const mark = (src: string) => `${IMAGE_IMPORT_PREFIX}${src.startsWith('.') ? src : `./${src}`}`;
  const lead = data[photoField] as { image?: string } | undefined;
  if (lead?.image) lead.image = mark(lead.image);
  data.bodyImages = (data.bodyImages as string[]).map(mark);
}

/** Frontmatter (YAML between --- lines) and body, with the line the body starts on. */
export function splitArticle(contents: string, file: string): { data: Record<string, unknown>; body: string; firstLine: number } {
  const text = contents.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new ContentError(
      file,
      'frontmatter',
      'the file does not start with frontmatter between --- lines',
      'begin the file with ---, the fields (title, publishedAt…), and ---',
    );
  }
  const document = parseDocument(match[1] ?? '', { prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new ContentError(
      `${file}:${line}`,
      `frontmatter line ${line}`,
      `the YAML is not valid: ${error.message.split('\n')[0]}`,
      'quote values that contain ":" or "#", and indent lists evenly',
    );
  }
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, 'frontmatter', 'the frontmatter is not a list of fields', 'write one "field: value" per line');
  }
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length), firstLine: match[0].split('\n').length };
}

/**
 * A photo an article names must be a file in the content tree: a path that climbs out of
 * it (../../../../etc/passwd) or an absolute path could publish any file of the machine.
 */
function checkLocalFile(file: string, field: string, article: string, src: string, contentRoot: string): void {
  const resolved = path.resolve(path.dirname(article), src);
  if (path.isAbsolute(src) || !resolved.startsWith(contentRoot + path.sep)) {
    throw new ContentError(
      file,
      field,
      `"${src}" is outside the content folder`,
      'copy the photo into content/images/ and give its path relative to the article',
    );
  }
  if (!existsSync(resolved)) {
    throw new ContentError(
      file,
      field,
      `the photo "${src}" does not exist`,
      'give the path of a file relative to the article (e.g. ../../images/photo.jpg), or remove it',
    );
  }
}
