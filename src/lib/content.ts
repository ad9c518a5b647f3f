/**
 * The archive as pages see it: every collection read once per build, references resolved
 * and checked, unpublished stories filtered by `isPublished`. Pages never call
 * getCollection themselves, so no page can forget a check.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config';
import type { BodyMetadata } from './article-loader';
import { ContentError } from './content-error';
import { href } from './href';
import { storyDescription } from './metadata';
import { currentBanner } from './banner';
import { keyEvents, lastModified, liveState, newestUpdatesFirst, splitUpdateEntryId, type LiveState } from './live';
import { isPublished, newestFirst, publishingTime, unpublishedReason } from './published';
import { readingMinutes } from './reading-time';
import { createRelatedIndex } from './related';
import { RESERVED_SEGMENTS, articlePath, tagSlug } from './urls';
import { archiveMonths } from './archive';
import { defaultEdition, editionOf, editions, inEdition, routeEditions, type Alternate, type Edition } from './editions';

export type Author = CollectionEntry<'authors'>;
export type Section = CollectionEntry<'sections'>;
/** An entry whose body the loader compiled (article-loader.ts): an article or a live update. */
export type CompiledEntry = CollectionEntry<'articles'> | CollectionEntry<'liveUpdates'>;

/** One update of a live story, as its page and feeds show it. */
export interface LiveUpdate {
  /** Its file name: unique within the story, and the `#update-<id>` of its permalink. */
  id: string;
  entry: CollectionEntry<'liveUpdates'>;
  title: string | undefined;
  key: boolean;
  publishedAt: Date;
  /** Who filed it; empty when the story's byline stands. */
  authors: Author[];
  photo: CollectionEntry<'liveUpdates'>['data']['photo'];
  body: BodyMetadata;
  /** Set only in preview builds, for updates readers cannot see yet. */
  unpublished: 'draft' | 'scheduled' | undefined;
}

/** A live story's coverage: its state at build time and its updates. */
export interface LiveCoverage {
  state: LiveState;
  endedAt: Date | undefined;
  /** Newest first. */
  updates: LiveUpdate[];
  /** The updates marked key events, newest first. */
  keyEvents: LiveUpdate[];
}

export interface Story {
  id: string;
  entry: CollectionEntry<'articles'>;
  /** The edition the story belongs to (its `lang`). */
  edition: Edition;
  /** The same story in the other editions (`translationOf`, either way round). */
  translations: Story[];
  title: string;
  dek: string | undefined;
  publishedAt: Date;
  /** False when the source gave a day only: publishedAt is then noon, for ordering, never shown. */
  publishedTimeKnown: boolean;
  updatedAt: Date | undefined;
  section: Section;
  sectionId: string;
  authors: Author[];
  tags: string[];
  hero: CollectionEntry<'articles'>['data']['hero'];
  source: CollectionEntry<'articles'>['data']['source'];
  sample: boolean;
  /** A headline-only brief: no time or reading time shown, kept out of search and feeds. */
  brief: boolean;
  /** Site-relative URL path, without the base path. */
  path: string;
  /** Earlier paths of the story (renames), oldest first; each redirects to `path`. */
  redirectFrom: string[];
  readingMinutes: number;
  /** The compiled body's photos, related-story lines and word count. */
  body: BodyMetadata;
  /** Set only in preview builds, for stories readers cannot see yet. */
  unpublished: 'draft' | 'scheduled' | undefined;
  /** A live story (`live` in its frontmatter): its state and updates; undefined for any other. */
  live: LiveCoverage | undefined;
}

export interface Tag {
  name: string;
  slug: string;
  stories: Story[];
}

/** One edition's archive: its stories, and the sections, authors and tags in its words. */
export interface Archive {
  edition: Edition;
  stories: Story[];
  sections: Section[];
  /**
   * The default edition's: every author, a newcomer before a first story included (the
   * newsroom's staff list). Another edition's: those who have a story in it, so its readers
   * find no empty author pages.
   */
  authors: Author[];
  tags: Tag[];
  /** Every published story of every edition, by id (a "Related article" line may quote any). */
  byId: Map<string, Story>;
  /** Related stories of a story: its explicit picks first, then ranked (see related.ts). */
  relatedTo: (story: Story, limit: number) => Story[];
}

/** Editors preview drafts and scheduled stories in `npm run dev` or with PREVIEW=1. */
export const previewMode = import.meta.env.DEV || process.env.PREVIEW === '1';

/**
 * Whether search finds the story: published (previews are not indexed) and with text of its
 * own (a headline-only brief would only repeat its headline). The article page marks these
 * for Pagefind, and the search page counts them.
 */
export function isSearchable(story: Pick<Story, 'brief' | 'unpublished'>): boolean {
  return !story.brief && story.unpublished === undefined;
}

let archives: Promise<Map<string, Archive>> | undefined;

/** An edition's archive; the default edition's when none is named. */
export async function getArchive(edition: Pick<Edition, 'lang'> = defaultEdition): Promise<Archive> {
  archives ??= loadArchives();
  const archive = (await archives).get(edition.lang);
  if (!archive) throw new Error(`no edition "${edition.lang}" in the site config`);
  return archive;
}

/**
 * getStaticPaths of a route over the editions it builds (editions.ts routeEditions): `paths`
 * gets each edition's archive and the params that put a path in that edition's tree.
 */
export async function editionRoutes<T>(
  routePattern: string,
  paths: (archive: Archive, params: { edition?: string }, all: Archive[]) => T[],
): Promise<T[]> {
  const all = await getEditions();
  const built = await Promise.all(
    routeEditions(routePattern).map(async ({ edition, params }) => paths(await getArchive(edition), params, all)),
  );
  return built.flat();
}

const periods = new WeakMap<Archive, Set<string>>();

/**
 * An archive period's page ("2026" or "2026/06", at `path` within an edition) in every edition
 * that has stories then: the hreflang alternates of a year or month page.
 */
export function periodAlternates(all: Archive[], period: string, path: string): Alternate[] {
  const has = (archive: Archive) => {
    let own = periods.get(archive);
    if (!own) {
      own = new Set(archiveMonths(archive.stories, archive.edition.timeZone).flatMap((m) => [m.year, `${m.year}/${m.month}`]));
      periods.set(archive, own);
    }
    return own.has(period);
  };
  return all.filter(has).map((archive) => ({ edition: archive.edition, path: inEdition(archive.edition, path) }));
}

/** An author's page (at `path` within an edition) in every edition that has it: its hreflang alternates. */
export function authorAlternates(all: Archive[], id: string, path: string): Alternate[] {
  return all
    .filter((archive) => archive.authors.some((a) => a.id === id))
    .map((archive) => ({ edition: archive.edition, path: inEdition(archive.edition, path) }));
}

/** Every edition's archive, the default first. */
export async function getEditions(): Promise<Archive[]> {
  archives ??= loadArchives();
  return [...(await archives).values()];
}

/** Every edition's stories, for what serves the whole site (redirects, sitemaps, stories.json). */
export async function getAllStories(): Promise<Story[]> {
  return (await getEditions()).flatMap((archive) => archive.stories);
}

/** A section or author as an edition shows it: its `editions.<lang>` fields over the default ones. */
function localized<T extends Section | Author>(entry: T, edition: Edition): T {
  const words = (entry.data.editions as Record<string, Partial<T['data']> | undefined>)[edition.lang];
  return words ? { ...entry, data: { ...entry.data, ...words } } : entry;
}

function orderSections(sections: Section[]): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const id of siteConfig.sectionOrder) {
    if (!byId.has(id)) {
      throw new ContentError(
        'src/site.config.ts',
        'sectionOrder',
        `names section "${id}", which has no file`,
        `add content/sections/${id}.yaml or remove "${id}" from sectionOrder`,
      );
    }
  }
  for (const section of sections) {
    if ((RESERVED_SEGMENTS as readonly string[]).includes(section.id)) {
      throw new ContentError(
        fileOf(section),
        'id',
        `"${section.id}" is a reserved URL segment`,
        `rename the file; reserved: ${RESERVED_SEGMENTS.join(', ')}`,
      );
    }
  }
  const ordered: string[] = [...siteConfig.sectionOrder];
  const rest = sections
    .map((s) => s.id)
    .filter((id) => !ordered.includes(id))
    .sort();
  return [...ordered, ...rest].flatMap((id) => byId.get(id) ?? []);
}

/** What the loader stored beside the compiled body (article-loader.ts). */
export function bodyMetadata(entry: CompiledEntry): BodyMetadata {
  return entry.rendered?.metadata as unknown as BodyMetadata;
}

function fileOf(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? entry.id;
}

async function loadArchives(): Promise<Map<string, Archive>> {
  const [articleEntries, authorEntries, sectionEntries, updateEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sections'),
    getCollection('liveUpdates'),
  ]);
  const sections = orderSections(sectionEntries);
  const sectionsIn = new Map(editions.map((e) => [e.lang, sections.map((s) => localized(s, e))]));
  const sectionById = new Map(editions.map((e) => [e.lang, new Map(sectionsIn.get(e.lang)?.map((s) => [s.id, s]))]));
  const authorsIn = new Map(editions.map((e) => [e.lang, authorEntries.map((a) => localized(a, e))]));
  const authorById = new Map(editions.map((e) => [e.lang, new Map(authorsIn.get(e.lang)?.map((a) => [a.id, a]))]));
  const defaultAuthors = authorById.get(defaultEdition.lang) ?? new Map<string, Author>();
  const now = publishingTime();
  const context = { now, preview: previewMode };

  const visible = articleEntries.filter((entry) => isPublished(entry.data, context));
  const visibleIds = new Set(visible.map((e) => e.id));
  const allIds = new Set(articleEntries.map((e) => e.id));

  const resolveAuthors = (file: string, refs: readonly { id: string }[], edition: Edition = defaultEdition) =>
    refs.map((ref, i) => {
      const author = authorById.get(edition.lang)?.get(ref.id);
      if (!author) {
        throw new ContentError(
          file,
          `authors[${i}]`,
          `unknown author "${ref.id}"`,
          `add content/authors/${ref.id}.yaml or use one of: ${[...defaultAuthors.keys()].join(', ')}`,
        );
      }
      return author;
    });
  // "Related article" lines in a body must name a story readers can open.
  const checkQuoted = (file: string, body: BodyMetadata) => {
    for (const { line, id } of body.related) {
      if (!visibleIds.has(id)) {
        throw new ContentError(
          file,
          `<RelatedStory id> on line ${line}`,
          allIds.has(id) ? `"${id}" is a draft or scheduled` : `unknown article "${id}"`,
          allIds.has(id) ? 'publish it first, or remove the line' : 'use the file name (without .mdx) of a published article',
        );
      }
    }
  };
  const updatesByStory = liveUpdatesByStory(updateEntries, articleEntries, context, resolveAuthors, checkQuoted);

  const stories = visible.map((entry): Story => {
    const file = fileOf(entry);
    const { data } = entry;
    // The schema admits only the site's edition codes.
    const edition = editionOf(data.lang) ?? defaultEdition;
    const section = sectionById.get(edition.lang)?.get(data.section.id);
    if (!section) {
      throw new ContentError(
        file,
        'section',
        `unknown section "${data.section.id}"`,
        `use one of: ${sections.map((s) => s.id).join(', ')}`,
      );
    }
    if (data.live && edition !== defaultEdition) {
      throw new ContentError(
        file,
        'live',
        `live coverage is published in the default edition (${defaultEdition.lang}) only`,
        'remove `live`, or publish the live story without `lang`',
      );
    }
    const authors = resolveAuthors(file, data.authors, edition);
    data.related.forEach((ref, i) => {
      if (!allIds.has(ref.id)) {
        throw new ContentError(
          file,
          `related[${i}]`,
          `unknown article "${ref.id}"`,
          'use the file name (without .mdx) of an existing article',
        );
      }
      if (!visibleIds.has(ref.id)) {
        throw new ContentError(file, `related[${i}]`, `"${ref.id}" is a draft or scheduled`, 'publish it first, or remove it from related');
      }
    });
    const body = bodyMetadata(entry);
    checkQuoted(file, body);
    const state = liveState(data.live, now);
    const updates = updatesByStory.get(entry.id) ?? [];
    const live = state && { state, endedAt: data.live?.endedAt, updates, keyEvents: keyEvents(updates) };
    return {
      id: entry.id,
      entry,
      edition,
      translations: [],
      title: data.title,
      dek: data.dek,
      publishedAt: data.publishedAt,
      publishedTimeKnown: data.publishedTimeKnown && !data.brief,
      // A live story was last changed by its newest update.
      updatedAt: lastModified(data.updatedAt, updates),
      section,
      sectionId: section.id,
      authors,
      tags: data.tags,
      hero: data.hero,
      source: data.source,
      sample: data.sample,
      brief: data.brief,
      path: inEdition(edition, articlePath({ slug: entry.id, section: section.id, publishedAt: data.publishedAt }, edition.timeZone)),
      redirectFrom: data.redirectFrom,
      readingMinutes: readingMinutes(body.words, edition.wordsPerMinute ?? siteConfig.wordsPerMinute),
      body,
      unpublished: unpublishedReason(data, now),
      live,
    };
  });
  stories.sort(newestFirst);
  checkRedirects(stories);
  const byId = new Map(stories.map((s) => [s.id, s]));
  linkTranslations(stories, byId, allIds);

  return new Map(
    editions.map((edition) => {
      const inEdition = stories.filter((s) => s.edition === edition);
      const related = createRelatedIndex(inEdition);
      const archive: Archive = {
        edition,
        stories: inEdition,
        sections: sectionsIn.get(edition.lang) ?? [],
        authors: authorsOf(authorsIn.get(edition.lang) ?? [], edition, inEdition),
        tags: tagsOf(inEdition, edition),
        byId,
        relatedTo: (story, limit) =>
          related(
            story,
            story.entry.data.related.map((r) => r.id),
            limit,
          ),
      };
      return [edition.lang, archive];
    }),
  );
}

function authorsOf(authors: Author[], edition: Edition, stories: Story[]): Author[] {
  const writers = new Set(stories.flatMap((s) => s.authors.map((a) => a.id)));
  return authors
    .filter((author) => edition === defaultEdition || writers.has(author.id))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, edition.locale));
}

function tagsOf(stories: Story[], edition: Edition): Tag[] {
  const tagsBySlug = new Map<string, Tag>();
  for (const story of stories) {
    for (const name of story.tags) {
      const slug = tagSlug(name);
      const tag = tagsBySlug.get(slug) ?? { name, slug, stories: [] };
      tag.stories.push(story);
      tagsBySlug.set(slug, tag);
    }
  }
  return [...tagsBySlug.values()].sort((a, b) => a.name.localeCompare(b.name, edition.locale));
}

/**
 * `translationOf` joins stories into one story told in several editions: each lists the
 * others. It must name a published story of another edition, and at most one per edition.
 */
function linkTranslations(stories: Story[], byId: Map<string, Story>, allIds: Set<string>): void {
  const groups = new Map<Story, Set<Story>>();
  const groupOf = (story: Story) => groups.get(story) ?? new Set([story]);
  for (const story of stories) {
    const ref = story.entry.data.translationOf?.id;
    if (ref === undefined) continue;
    const file = fileOf(story.entry);
    const original = byId.get(ref);
    if (!original) {
      throw new ContentError(
        file,
        'translationOf',
        allIds.has(ref) ? `"${ref}" is a draft or scheduled` : `unknown article "${ref}"`,
        allIds.has(ref) ? 'publish it first, or remove translationOf' : 'use the file name (without .mdx) of the original story',
      );
    }
    if (original.edition === story.edition) {
      throw new ContentError(
        file,
        'translationOf',
        `"${ref}" is in the same edition (${story.edition.lang})`,
        'name the story in another edition',
      );
    }
    const group = new Set([...groupOf(story), ...groupOf(original)]);
    const langs = [...group].map((s) => s.edition.lang);
    if (new Set(langs).size !== langs.length) {
      throw new ContentError(
        file,
        'translationOf',
        `"${ref}" already has a translation in this edition (${story.edition.lang})`,
        'link one story per edition to the original',
      );
    }
    for (const member of group) groups.set(member, group);
  }
  for (const [story, group] of groups) story.translations = [...group].filter((s) => s !== story);
}

/**
 * The visible updates of each live story, newest first, with authors resolved. An update
 * must sit in the folder of a live story: a typo in the folder name would otherwise publish
 * nothing, silently.
 */
function liveUpdatesByStory(
  updateEntries: CollectionEntry<'liveUpdates'>[],
  articleEntries: CollectionEntry<'articles'>[],
  context: { now: Date; preview: boolean },
  resolveAuthors: (file: string, refs: readonly { id: string }[]) => Author[],
  checkQuoted: (file: string, body: BodyMetadata) => void,
): Map<string, LiveUpdate[]> {
  const articles = new Map(articleEntries.map((entry) => [entry.id, entry]));
  const byStory = new Map<string, LiveUpdate[]>();
  for (const entry of updateEntries) {
    const file = fileOf(entry);
    const place = splitUpdateEntryId(entry.id);
    if (!place) {
      throw new ContentError(
        file,
        'folder',
        'a live update must sit in the folder of its story, one level down',
        'move it to content/live/<story slug>/<file>.mdx',
      );
    }
    const story = articles.get(place.story);
    if (!story) {
      throw new ContentError(
        file,
        'folder',
        `"${place.story}" is not an article`,
        'name the folder after the live story’s file name (its slug), e.g. content/live/harbour-storm/',
      );
    }
    if (!story.data.live) {
      throw new ContentError(file, 'folder', `"${place.story}" is not a live story`, `add \`live: true\` to ${fileOf(story)}`);
    }
    const { data } = entry;
    if (!isPublished(data, context)) continue;
    const body = bodyMetadata(entry);
    checkQuoted(file, body);
    const update: LiveUpdate = {
      id: place.id,
      entry,
      title: data.title,
      key: data.key,
      publishedAt: data.publishedAt,
      authors: resolveAuthors(file, data.authors),
      photo: data.photo,
      body,
      unpublished: unpublishedReason(data, context.now),
    };
    byStory.set(place.story, [...(byStory.get(place.story) ?? []), update]);
  }
  for (const updates of byStory.values()) updates.sort(newestUpdatesFirst);
  return byStory;
}

/** Stories a page of this story quotes in "Related article" lines: in its body and its updates. */
export function quotedStories(story: Story, archive: Pick<Archive, 'byId'>): (Story | undefined)[] {
  const bodies = [story.body, ...(story.live?.updates.map((u) => u.body) ?? [])];
  return bodies.flatMap((body) => body.related.map(({ id }) => archive.byId.get(id)));
}

/** An old URL may redirect to one story only, and never shadow a live article. */
function checkRedirects(stories: Story[]): void {
  const owner = new Map(stories.map((s) => [s.path, s.id]));
  for (const story of stories) {
    story.redirectFrom.forEach((path, i) => {
      const taken = owner.get(path);
      if (taken !== undefined) {
        throw new ContentError(
          fileOf(story.entry),
          `redirectFrom[${i}]`,
          taken === story.id ? `"${path}" is this story's own URL` : `"${path}" is already used by "${taken}"`,
          'list only URLs the story no longer has, each in one story',
        );
      }
      owner.set(path, story.id);
    });
  }
}

/** The story's description for search results, social cards and feed summaries. */
export function describeStory(story: Story): string {
  return storyDescription({
    title: story.title,
    dek: story.dek,
    sectionName: story.section.data.name,
    authorNames: story.authors.map((a) => a.data.name),
    sourceName: story.source?.name,
  });
}

/**
 * The breaking-news banner (content/banner.yaml) while it is current at build time, its link
 * as the page writes it (with the base path); none after its expiry.
 */
export async function getBanner(): Promise<CollectionEntry<'banner'>['data'] | undefined> {
  const [entry] = await getCollection('banner');
  const banner = currentBanner(entry?.data, publishingTime());
  return banner && { ...banner, link: banner.link.startsWith('/') ? href(banner.link) : banner.link };
}
