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

interface PaginatedPath {
  props: { page: { data: Story[]; currentPage: number; lastPage: number } };
}

/** Keys for the pages of a paginated list: the stories on each page, its number and the count. */
export function withListKeys<T extends PaginatedPath>(
  archive: Pick<Archive, 'sections'>,
  paths: T[],
  ...listData: unknown[]
): (T & { cacheKey: string })[] {
  return paths.map((path) => {
    const { data, currentPage, lastPage } = path.props.page;
    return { ...path, cacheKey: pageKey(archive, data, currentPage, lastPage, listData) };
  });
}
