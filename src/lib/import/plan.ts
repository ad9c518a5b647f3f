/**
 * What an import would do to the archive, decided without touching the disk: which files
 * are created or updated, which images are copied, what is skipped and why. The CLI prints
 * the plan (`--dry-run`) or writes it.
 *
 * Policies, each in one place below:
 * - The original URL is a story's identity: a story already in the archive (same
 *   `source.url`) is updated in place, only in the fields its source carries.
 * - New slugs come from the headline; a slug already taken gets "-2", "-3"… and says so.
 * - A "Related article" the archive does not have becomes a headline-only brief, dated an
 *   hour before the story that links it so it sorts as the earlier story.
 * - Authors are matched by id or name; a new one gets a file (`kind: agency` for agencies).
 * - Local images are copied next to the article as `<slug>-<file name>`; remote ones are
 *   recorded in frontmatter (`hero.remote`, `remoteImages`) and never fetched.
 */
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { parse, stringify } from 'yaml';
import { placeholderBio } from '../author-bio.ts';
import { zonedIso } from '../zoned.ts';
import { imageToken, relatedToken } from './body.ts';
import { joinArticle, mergeFrontmatter, splitArticle, writeFrontmatter, type ArticleFields } from './frontmatter.ts';
import type { ParsedStory, ParseResult } from './story.ts';

export interface ArchiveSnapshot {
  /** Article files, paths relative to the content folder ("articles/2025/slug.mdx"). */
  articles: { file: string; text: string }[];
  authors: { id: string; name: string }[];
  sections: { id: string; name: string }[];
}

export interface ImportOptions {
  timeZone: string;
  siteName: string;
  /** --section: files every story there (and, on update, moves it). */
  section?: string | undefined;
  defaultSection: string;
  /** --draft: new stories are drafts (and, on update, become drafts). */
  draft?: boolean | undefined;
  /** Publisher names by host, for sources that do not name themselves. */
  publishers: Readonly<Record<string, string>>;
  /** Bylines that are news agencies rather than people. */
  agencies: readonly string[];
  /** Whether a local file exists (images referenced by the source). */
  exists: (file: string) => boolean;
}

/** An input with the folder its relative image paths are resolved against. */
export type ImportItem = ParseResult & { dir: string };

export interface FileCopy {
  from: string;
  to: string;
}

export type Change =
  | { kind: 'create' | 'update'; label: string; file: string; text: string; copies: FileCopy[]; notes: string[] }
  | { kind: 'skip'; label: string; file: string; reason: string }
  | { kind: 'fail'; label: string; reason: string };

interface KnownArticle {
  slug: string;
  file: string;
  text: string;
  url: string | undefined;
  title: string | undefined;
}

/** The original URL as recorded: without a fragment or tracking parameters. */
export function cleanUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(key)) parsed.searchParams.delete(key);
    return parsed.href;
  } catch {
    return url;
  }
}

/** Same story, however the link was written: compared also without a trailing slash. */
export function normalizeUrl(url: string): string {
  return cleanUrl(url).replace(/\/(?=$|\?)/, '');
}

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.toLowerCase().replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

const isRemote = (src: string) => /^https?:\/\//i.test(src);

/** Readable ASCII slug of a headline; never empty. */
export function storySlug(title: string, publishedAt: string): string {
  return slugify(title) || `story-${publishedAt.slice(0, 10)}`;
}

class Archive {
  readonly articles: KnownArticle[];
  readonly authors: Map<string, string>;
  readonly slugs = new Set<string>();

  constructor(snapshot: ArchiveSnapshot) {
    this.articles = [];
    for (const { file, text } of snapshot.articles) this.add(file, text);
    this.authors = new Map(snapshot.authors.map((a) => [a.id, a.name]));
  }

  /** An article on disk, or one this import creates: later stories in the run see it. */
  add(file: string, text: string): void {
    const data = (parse(splitArticle(text)?.frontmatter ?? '') as Record<string, unknown> | null) ?? {};
    const source = data['source'] as { url?: string } | undefined;
    const slug = path.basename(file).replace(/\.mdx?$/, '');
    this.slugs.add(slug);
    this.articles.push({
      slug,
      file,
      text,
      url: source?.url ? normalizeUrl(source.url) : undefined,
      title: typeof data['title'] === 'string' ? data['title'] : undefined,
    });
  }

  byUrl(url: string | undefined) {
    return url ? this.articles.find((a) => a.url === normalizeUrl(url)) : undefined;
  }

  /** A free slug for a new story, and a note when the headline's own slug was taken. */
  claimSlug(wanted: string): { slug: string; note?: string } {
    let slug = wanted;
    for (let n = 2; this.slugs.has(slug); n++) slug = `${wanted}-${n}`;
    this.slugs.add(slug);
    if (slug === wanted) return { slug };
    const holder = this.articles.find((a) => a.slug === wanted);
    return {
      slug,
      note: `slug "${wanted}" is taken${holder ? ` by ${holder.file}` : ''}: filed as "${slug}" (rename the file to choose another)`,
    };
  }

  /** The publisher's name as earlier imports from the same site recorded it. */
  publisherOf(host: string): string | undefined {
    for (const article of this.articles) {
      if (hostOf(article.url) !== host) continue;
      const data = parse(splitArticle(article.text)?.frontmatter ?? '') as { source?: { name?: string } } | null;
      if (data?.source?.name) return data.source.name;
    }
    return undefined;
  }
}

class Planner {
  readonly changes: Change[] = [];
  private readonly archive: Archive;
  private readonly options: ImportOptions;
  private readonly sections: ArchiveSnapshot['sections'];

  constructor(snapshot: ArchiveSnapshot, options: ImportOptions) {
    this.archive = new Archive(snapshot);
    this.options = options;
    this.sections = snapshot.sections;
  }

  private sectionFor(story: ParsedStory): string {
    if (this.options.section) return this.options.section;
    const hint = story.section?.toLowerCase();
    return this.sections.find((s) => s.id === hint || s.name.toLowerCase() === hint)?.id ?? this.options.defaultSection;
  }

  private publisherFor(story: ParsedStory): string | undefined {
    const host = hostOf(story.url);
    return story.sourceName ?? (host ? (this.archive.publisherOf(host) ?? this.options.publishers[host] ?? host) : undefined);
  }

  /** Author ids for a byline, adding a file for each name the archive does not know. */
  private authorIds(story: ParsedStory, label: string, publisher: string | undefined): string[] {
    return story.authors.map(({ name, url }) => {
      const known = [...this.archive.authors].find(([id, known]) => id === slugify(name) || known.toLowerCase() === name.toLowerCase());
      if (known) return known[0];
      const id = slugify(name);
      const agency = this.options.agencies.some((a) => a.toLowerCase() === name.toLowerCase());
      const bio = agency
        ? `${name} is a news agency; ${this.options.siteName} publishes its stories as supplied.`
        : placeholderBio(`${name} wrote stories that reached ${this.options.siteName}${publisher ? ` from ${publisher}` : ''}.`);
      const text = stringify({ name, kind: agency ? 'agency' : 'person', bio, ...(url ? { url } : {}) });
      this.archive.authors.set(id, name);
      this.changes.push({ kind: 'create', label, file: `authors/${id}.yaml`, text, copies: [], notes: ['new author: add a bio'] });
      return id;
    });
  }

  /** The id of each related story, filing a headline-only brief for those not in the archive. */
  private relatedIds(story: ParsedStory, label: string, section: string, publisher: string | undefined): string[] {
    return story.related.map(({ title, url }) => {
      const wanted = storySlug(title, story.publishedAt);
      const known =
        this.archive.byUrl(url) ?? this.archive.articles.find((a) => a.slug === wanted || a.title?.toLowerCase() === title.toLowerCase());
      if (known) return known.slug;
      const { slug } = this.archive.claimSlug(wanted);
      const publishedAt = zonedIso(new Date(new Date(story.publishedAt).getTime() - 60 * 60_000), this.options.timeZone);
      const fields: ArticleFields = {
        title,
        dek: `A headline-only brief: the full text of this story is not included on ${this.options.siteName}.`,
        publishedAt,
        authors: [],
        section,
        source: { name: publisher ?? this.options.siteName, url },
      };
      const body =
        `This is a headline-only brief. ${publisher ?? 'The source'} linked this story as related to its report “${story.title}”; ` +
        `its full text was not supplied to ${this.options.siteName} and is not reproduced here.`;
      const file = `articles/${fields.publishedAt.slice(0, 4)}/${slug}.mdx`;
      const text = joinArticle({ frontmatter: writeFrontmatter(fields), body });
      this.archive.add(file, text);
      this.changes.push({ kind: 'create', label, file, text, copies: [], notes: ['headline-only brief'] });
      return slug;
    });
  }

  plan(item: ImportItem): void {
    if (!item.ok) {
      this.changes.push({ kind: 'fail', label: item.label, reason: item.reason });
      return;
    }
    const { story, label, dir } = item;
    const existing = this.archive.byUrl(story.url);
    const section = this.sectionFor(story);
    const publisher = this.publisherFor(story);
    if (story.authors.length === 0 && !publisher) {
      this.changes.push({ kind: 'fail', label, reason: 'no byline and no source: name an author or the publisher' });
      return;
    }
    const claimed = existing ? { slug: existing.slug } : this.archive.claimSlug(storySlug(story.title, story.publishedAt));
    const file = existing?.file ?? `articles/${story.publishedAt.slice(0, 4)}/${claimed.slug}.mdx`;
    const images = this.resolveImages(story, claimed.slug, file, dir);
    if (typeof images === 'string') {
      this.changes.push({ kind: 'fail', label, reason: images });
      return;
    }
    const changesBefore = this.changes.length;
    const fields: ArticleFields = {
      title: story.title,
      dek: story.dek,
      publishedAt: story.publishedAt,
      updatedAt: story.updatedAt,
      authors: this.authorIds(story, label, publisher),
      section,
      tags: story.tags.length > 0 ? story.tags : undefined,
      hero: images.hero,
      source: publisher ? { name: publisher, url: story.url && cleanUrl(story.url) } : undefined,
      related: undefined,
      remoteImages: images.remote.length > 0 ? images.remote : undefined,
      draft: this.options.draft || undefined,
    };
    const related = [...new Set(this.relatedIds(story, label, section, publisher))];
    fields.related = related.length > 0 ? related : undefined;
    let body = images.body;
    story.related.forEach((_, i) => {
      body = body.replace(`<RelatedStory id="${relatedToken(i)}" />`, `<RelatedStory id="${related[i] ?? ''}" />`);
    });
    const notes = [...(claimed.note ? [claimed.note] : []), ...images.notes];

    if (!existing) {
      const text = joinArticle({ frontmatter: writeFrontmatter(fields), body });
      this.archive.add(file, text);
      this.changes.splice(changesBefore, 0, { kind: 'create', label, file, text, copies: images.copies, notes });
      return;
    }
    const current = splitArticle(existing.text);
    const carried: string[][] = [
      ['title'],
      ['dek'],
      ['publishedAt'],
      ['updatedAt'],
      ['authors'],
      ['tags'],
      ['hero', 'image'],
      ['hero', 'alt'],
      ['hero', 'caption'],
      ['hero', 'credit'],
      ['hero', 'remote'],
      ['source', 'name'],
      ['source', 'url'],
      ['related'],
      ['remoteImages'],
      ...(this.options.section ? [['section']] : []),
      ...(this.options.draft ? [['draft']] : []),
    ];
    const text = joinArticle({ frontmatter: mergeFrontmatter(current?.frontmatter ?? '', fields, carried), body });
    if (text === existing.text) {
      this.changes.push({ kind: 'skip', label, file, reason: 'unchanged since the last import' });
      return;
    }
    this.changes.splice(changesBefore, 0, { kind: 'update', label, file, text, copies: images.copies, notes });
  }

  /**
   * Local images become copies next to the article, remote ones are recorded; the body's
   * image tokens are rewritten or removed. Returns the reason when an image is unusable.
   */
  private resolveImages(story: ParsedStory, slug: string, file: string, dir: string) {
    const copies: FileCopy[] = [];
    const remote: { url: string; alt?: string | undefined }[] = [];
    const notes: string[] = [];
    const articleDir = path.posix.dirname(file);
    const locate = (src: string): { local: string } | { url: string } | undefined => {
      if (isRemote(src)) return { url: src };
      const local = path.resolve(dir, decodeURI(src.replace(/[?#].*$/, '')));
      if (this.options.exists(local)) return { local };
      return story.url ? { url: new URL(src, story.url).href } : undefined;
    };
    const copy = (local: string) => {
      const name = `${slug}-${path.basename(local)}`;
      if (!copies.some((c) => c.from === local)) copies.push({ from: local, to: `${articleDir}/${name}` });
      return `./${name}`;
    };
    let body = story.markdown;
    for (const [i, image] of story.images.entries()) {
      const found = locate(image.src);
      const token = new RegExp(`!\\[(?:\\\\.|[^\\]])*\\]\\(${imageToken(i)}\\)`);
      if (!found) return `image "${image.src}" is not a file next to the input and the story has no URL to find it at`;
      if ('url' in found) {
        remote.push({ url: found.url, alt: image.alt });
        body = body.replace(token, '');
        continue;
      }
      if (!image.alt) return `image "${image.src}" has no alt text: describe it in the source, then import again`;
      body = body.replace(`(${imageToken(i)})`, `(${copy(found.local)})`);
    }
    if (remote.length > 0) notes.push(`${remote.length} remote image(s) recorded in remoteImages, not fetched`);
    let hero: ArticleFields['hero'];
    if (story.hero) {
      const { src, alt, caption, credit } = story.hero;
      const found = src ? locate(src) : undefined;
      if (found && 'local' in found && !alt) return `lead photo "${src}" has no alt text: describe it in the source, then import again`;
      hero = {
        ...(found && 'local' in found ? { image: copy(found.local), alt } : {}),
        ...(caption ? { caption } : {}),
        ...(credit ? { credit } : {}),
        ...(found && 'url' in found ? { remote: found.url } : {}),
      };
      if (found && 'url' in found) notes.push('lead photo recorded in hero.remote, not fetched: add a local image and alt');
    }
    return {
      body: body.replace(/\n{3,}/g, '\n\n').trim(),
      copies,
      remote,
      notes,
      hero: hero && Object.keys(hero).length > 0 ? hero : undefined,
    };
  }
}

/** The changes importing these items makes, in order; later items see earlier ones. */
export function planImport(items: readonly ImportItem[], snapshot: ArchiveSnapshot, options: ImportOptions): Change[] {
  const planner = new Planner(snapshot, options);
  for (const item of items) planner.plan(item);
  return planner.changes;
}
