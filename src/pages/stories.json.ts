/**
 * The compact story index behind the reader's saved and offline lists: one entry per
 * published story, id → [headline, URL, section, ISO date, date as shown, thumbnail URL].
 * Arrays rather than objects keep it small; it is fetched only by /saved/ and /offline/.
 */
import type { APIRoute } from 'astro';
import { getAllStories } from '../lib/content';
import { formatDate, isoDateTime } from '../lib/dates';
import { heroThumbnail } from '../lib/hero-rendition';
import { href } from '../lib/href';
import type { StoryIndexEntry } from '../lib/reader-state';

/** Every edition's stories: a reader's saved list keeps what they saved in any edition, each dated in its own language. */
export const GET: APIRoute = async () => {
  const stories = await getAllStories();
  const entries = await Promise.all(
    stories.map(async (story): Promise<[string, StoryIndexEntry]> => {
      const thumbnail = (await heroThumbnail(story.hero?.image))?.src ?? '';
      return [
        story.id,
        [
          story.title,
          href(story.path),
          story.section.data.name,
          isoDateTime(story.publishedAt),
          formatDate(story.publishedAt, story.edition.locale, story.edition.timeZone),
          thumbnail,
        ],
      ];
    }),
  );
  return new Response(JSON.stringify(Object.fromEntries(entries)), { headers: { 'Content-Type': 'application/json' } });
};
