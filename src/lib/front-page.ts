/**
 * What the front page shows: the newest story with a photo leads, the next few are top
 * stories, a "Latest" rail lists the next newest by time, and each section gets a block of its
 * newest stories that are not already in the lead or top stories. No story is shown twice
 * above the fold: the rail leaves out the lead and the top stories.
 */
export interface FrontPageStory {
  id: string;
  sectionId: string;
  /** Only a story with a photo of its own can lead. */
  hero?: { image?: unknown } | undefined;
}

export interface FrontPage<T, S> {
  lead: T | undefined;
  top: T[];
  latest: T[];
  bySection: { section: S; stories: T[] }[];
}

export function frontPage<T extends FrontPageStory, S extends { id: string }>(
  newestFirst: readonly T[],
  sections: readonly S[],
  { top = 4, latest = 10, perSection = 3 } = {},
): FrontPage<T, S> {
  const lead = newestFirst.find((s) => s.hero?.image) ?? newestFirst[0];
  const rest = newestFirst.filter((s) => s !== lead);
  const topStories = rest.slice(0, top);
  const shown = new Set([...(lead ? [lead.id] : []), ...topStories.map((s) => s.id)]);
  const bySection = sections
    .map((section) => ({
      section,
      stories: newestFirst.filter((s) => s.sectionId === section.id && !shown.has(s.id)).slice(0, perSection),
    }))
    .filter((block) => block.stories.length > 0);
  return { lead, top: topStories, latest: rest.filter((s) => !shown.has(s.id)).slice(0, latest), bySection };
}
