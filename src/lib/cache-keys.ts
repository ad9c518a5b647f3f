/**
 * Cache keys for incremental builds (Astro's `experimental.incrementalBuild`). A page whose
 * key and code are unchanged since the last build is kept from that build instead of being
 * rendered, so a key must name everything the page shows that is not code: the stories on
 * it, with everything of theirs it draws (section and author names, URL, related stories,
 * neighbours), and what every page shows (the sections in the header, the build's settings).
 * Templates, the site config and the stylesheet are code: Astro hashes them itself.
 *
 * Keys are built from the digests the content store keeps of each file, so editing any
 * field of a story changes the key of every page that shows it. They err on the side of
 * rendering again (a body edit re-renders lists that show only the headline), never the other.
 */
import { createHash } from 'node:crypto';
import type { Archive, Story } from './content';
import type { ListPage } from './pagination';

export function fingerprint(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

const digestOf = (entry: { id: string; digest?: string | number | undefined }) => `${entry.id}:${entry.digest ?? ''}`;

const storyKeys = new WeakMap<Story, string>();

/**
 * A story as any page draws it: its file, its section's and authors' files, its URL and state
 * (a live story's card says "Live" until its coverage ends, which the clock can decide).
 */
export function storyKey(story: Story): string {
  let key = storyKeys.get(story);
  if (key === undefined) {
    key = fingerprint(
      digestOf(story.entry),
      digestOf(story.section),
      story.authors.map(digestOf),
      story.path,
      story.unpublished,
      story.live?.state,
    );
    storyKeys.set(story, key);
  }
  return key;
}

/**
 * A live story's updates, as its page and feeds show them: each update's file and its
 * authors' files. Only those pages show updates, so publishing one re-renders the live page,
 * its feeds and live.json, not every list that shows the story's card.
 */
export function liveUpdatesKey(story: Pick<Story, 'live'>): string {
  return fingerprint(
    story.live?.updates.map((update) => [digestOf(update.entry), update.authors.map(digestOf), update.unpublished]) ?? null,
  );
}

/**
 * What every page shows besides its own content: the sections (header and footer), and the
 * build settings read from the environment rather than from code.
 */
export function chromeKey(archive: Pick<Archive, 'sections'>): string {
  let key = chromeKeys.get(archive.sections);
  if (key === undefined) {
    key = fingerprint(archive.sections.map(digestOf), process.env.SOCIAL_CARDS ?? '', process.env.PREVIEW ?? '');
    chromeKeys.set(archive.sections, key);
  }
  return key;
}

/** One per edition and build: every one of 150,000 page keys at 100,000 stories starts with it. */
const chromeKeys = new WeakMap<readonly unknown[], string>();

/** The key of a page that shows these stories (and whatever else is passed, e.g. its list's data). */
export function pageKey(archive: Pick<Archive, 'sections'>, stories: readonly (Story | undefined)[], ...extra: unknown[]): string {
  return fingerprint(
    chromeKey(archive),
    stories.map((story) => (story ? storyKey(story) : null)),
    extra,
  );
}

/**
 * The routes of a list's pages (lib/pagination.ts), each keyed by what it draws: its stories, its
 * number and its page links, with the list's own data, and on the front what only the front shows
 * (`onFront`, e.g. a tag's story count). A numbered page's links do not change as the list grows,
 * so neither does its key.
 */
export function listRoutes<P extends Record<string, string | undefined>, Props extends object>(
  archive: Pick<Archive, 'sections'>,
  pages: ListPage<Story>[],
  { params, props, onFront }: { params: P; props: Props; onFront?: unknown },
  ...listData: unknown[]
) {
  return pages.map((page) => ({
    params: { ...params, page: page.number === undefined ? undefined : String(page.number) },
    props: { ...props, page },
    cacheKey: pageKey(
      archive,
      page.items,
      page.number,
      page.newer,
      page.older,
      page.links,
      page.number === undefined ? onFront : null,
      listData,
    ),
  }));
}
