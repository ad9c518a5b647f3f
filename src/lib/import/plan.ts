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
import { articleProblem, authorProblem } from './validate.ts';
import { webAddress } from './web-address.ts';

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
  /** --lang: the edition the stories belong to, when not the default one. */
  lang?: string | undefined;
  defaultSection: string;
  /** --draft: new stories are drafts (and, on update, become drafts). */
  draft?: boolean | undefined;
  /** Publisher names by host, for sources that do not name themselves. */
  publishers: Readonly<Record<string, string>>;
  /** Bylines that are news agencies rather than people. */
  agencies: readonly string[];
  /** The real path of a regular file `src` inside `dir`, else undefined (local-files.ts). */
  siblingFile: (dir: string, src: string) => string | undefined;
}

/**
 * An input, with the folder whose files it may bring (its images) when it is a local text
 * or Markdown file. HTML pages and feeds have none: every image they name is an address.
 */
export type ImportItem = ParseResult & { dir?: string | undefined };

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

/** An image a source names, as an http(s) address resolved against the story's page. */
function imageUrl(src: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(src, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Longest slug: a file name (slug, "-N", ".mdx", image suffixes) stays far below 255 bytes. */
const MAX_SLUG = 80;

/** Readable ASCII slug of a headline, cut at a word to fit a file name; never empty. */
export function storySlug(title: string, publishedAt: string): string {
  const slug = slugify(title);
  const cut = slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG + 1).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  return cut || `story-${publishedAt.slice(0, 10)}`;
}

const DEK_LIMIT = 400;

/** A dek within the schema's limit: cut at a word with an ellipsis (the source's text is longer). */
function fittedDek(dek: string | undefined): string | undefined {
  if (!dek || dek.length <= DEK_LIMIT) return dek;
  return `${dek.slice(0, DEK_LIMIT - 1).replace(/\s+\S*$/, '')}…`;
}

/** An address the site may link: absolute http(s), else undefined. */
function webUrl(url: string | undefined): string | undefined {
  const address = webAddress(url);
  return address && cleanUrl(address);
}

/**
 * The agency a longer credit names ("Associated Press in Palm Beach", "Reuters staff"), by
 * whole words, longest name first; short acronyms ("AP") must match their case.
 */
export function agencyIn(credit: string, agencies: readonly string[]): string | undefined {
  return [...agencies]
    .sort((a, b) => b.length - a.length)
    .find((agency) => {
      const escaped = agency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?:^|[^\\p{L}])${escaped}(?:$|[^\\p{L}])`, agency.length > 3 ? 'iu' : 'u').test(credit);
    });
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
    const named = story.authors.map((author) => ({ ...author, name: agencyIn(author.name, this.options.agencies) ?? author.name }));
    // A name with no letters an id can be made of (slugify keeps ASCII) cannot be an author file.
    const unique = named.filter(
      (a, i) => slugify(a.name) !== '' && named.findIndex((b) => b.name.toLowerCase() === a.name.toLowerCase()) === i,
    );
    return unique.map(({ name, url }) => {
      const known = [...this.archive.authors].find(([id, known]) => id === slugify(name) || known.toLowerCase() === name.toLowerCase());
      if (known) return known[0];
      const id = slugify(name);
      const agency = this.options.agencies.some((a) => a.toLowerCase() === name.toLowerCase());
      const bio = agency
        ? `${name} is a news agency; ${this.options.siteName} publishes its stories as supplied.`
        : placeholderBio(`${name} wrote stories that reached ${this.options.siteName}${publisher ? ` from ${publisher}` : ''}.`);
      const link = webUrl(url);
      const text = stringify({ name, kind: agency ? 'agency' : 'person', bio, ...(link ? { url: link } : {}) });
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

  /**
   * Plans one item; if anything it would write is refused by the build's own checks (or the
   * item throws), nothing of it is kept and the item is reported FAILED with the reason.
   */
  plan(item: ImportItem): void {
    const mark = {
      changes: this.changes.length,
      articles: this.archive.articles.length,
      authors: new Map(this.archive.authors),
      slugs: new Set(this.archive.slugs),
    };
    let problem: string | undefined;
    try {
      this.planItem(item);
      problem = this.problemIn(this.changes.slice(mark.changes));
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem === undefined) return;
    this.changes.length = mark.changes;
    this.archive.articles.length = mark.articles;
    this.archive.authors.clear();
    for (const [id, name] of mark.authors) this.archive.authors.set(id, name);
    this.archive.slugs.clear();
    for (const slug of mark.slugs) this.archive.slugs.add(slug);
    this.changes.push({ kind: 'fail', label: item.label, reason: problem });
  }

  /** The first reason the build would refuse one of these writes, naming the file. */
  private problemIn(changes: Change[]): string | undefined {
    const ids = {
      authors: new Set(this.archive.authors.keys()),
      sections: new Set(this.sections.map((s) => s.id)),
      articles: this.archive.slugs,
    };
    for (const change of changes) {
      if (change.kind !== 'create' && change.kind !== 'update') continue;
      const problem = change.file.startsWith('authors/') ? authorProblem(change.text) : articleProblem(change.text, ids);
      if (problem) return `${change.file} would not build: ${problem}`;
    }
    return undefined;
  }

  private planItem(item: ImportItem): void {
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
    const tags = story.tags.filter((tag) => slugify(tag) !== '');
    const fields: ArticleFields = {
      title: story.title,
      dek: fittedDek(story.dek),
      publishedAt: story.publishedAt,
      // An "update" before publication is a source's error; the publication date is what readers need.
      updatedAt: story.updatedAt && new Date(story.updatedAt) >= new Date(story.publishedAt) ? story.updatedAt : undefined,
      authors: this.authorIds(story, label, publisher),
      section,
      lang: this.options.lang,
      tags: tags.length > 0 ? [...new Set(tags)] : undefined,
      hero: images.hero,
      source: publisher ? { name: publisher, url: webUrl(story.url) } : undefined,
      related: undefined,
      remoteImages: images.remote.length > 0 ? images.remote : undefined,
      draft: this.options.draft || story.undated || undefined,
    };
    const related = [...new Set(this.relatedIds(story, label, section, publisher))];
    fields.related = related.length > 0 ? related : undefined;
    let body = images.body;
    story.related.forEach((_, i) => {
      body = body.replace(`<RelatedStory id="${relatedToken(i)}" />`, `<RelatedStory id="${related[i] ?? ''}" />`);
    });
    const notes = [
      ...(claimed.note ? [claimed.note] : []),
      ...(story.undated ? ['UNDATED: the source gives no publication date; filed as a draft dated now for an editor to date'] : []),
      ...images.notes,
    ];

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
      ...(this.options.lang ? [['lang']] : []),
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
  private resolveImages(story: ParsedStory, slug: string, file: string, dir: string | undefined) {
    const copies: FileCopy[] = [];
    const remote: { url: string; alt?: string | undefined }[] = [];
    const notes: string[] = [];
    const articleDir = path.posix.dirname(file);
    const locate = (src: string): { local: string } | { url: string } | undefined => {
      const local = dir === undefined ? undefined : this.options.siblingFile(dir, src);
      if (local) return { local };
      const url = imageUrl(src, story.baseUrl ?? story.url);
      return url ? { url } : undefined;
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
      if (!found) {
        notes.push(`image "${image.src}" dropped: not a file beside the input and not an address`);
        body = body.replace(token, '');
        continue;
      }
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
