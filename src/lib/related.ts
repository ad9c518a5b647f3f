/**
 * "Related stories" under an article: the editor's explicit picks first, in their order,
 * then the rest of the archive ranked by what it shares with the story.
 */
export interface RelatedCandidate {
  id: string;
  sectionId: string;
  tags: readonly string[];
  publishedAt: Date;
}

/** Shared tags say more than a shared section; recency breaks ties within a month or so. */
const TAG_WEIGHT = 3;
const SECTION_WEIGHT = 2;
const RECENCY_HALF_LIFE_DAYS = 30;

/** 0 when the two share neither a tag nor a section: being recent alone is no relation. */
export function relatedScore(story: RelatedCandidate, candidate: RelatedCandidate): number {
  return score(story, tagKeys(story), candidate);
}

const tagKeys = (candidate: RelatedCandidate) => new Set(candidate.tags.map((t) => t.toLowerCase()));

function score(story: RelatedCandidate, storyTags: ReadonlySet<string>, candidate: RelatedCandidate): number {
  const sharedTags = candidate.tags.filter((t) => storyTags.has(t.toLowerCase())).length;
  const sameSection = candidate.sectionId === story.sectionId ? 1 : 0;
  if (sharedTags === 0 && sameSection === 0) return 0;
  const days = Math.abs(story.publishedAt.getTime() - candidate.publishedAt.getTime()) / 86_400_000;
  const recency = Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
  return sharedTags * TAG_WEIGHT + sameSection * SECTION_WEIGHT + recency;
}

/** Same-section stories nearest in time that are scored when they share no tag. */
const SECTION_NEIGHBOURS = 12;
/** Stories nearest in time that are scored for each tag the story has. */
const TAG_NEIGHBOURS = 40;

/** Stories nearest in time to one of its own, per group (a tag, a section). */
type Timeline<T> = (story: T, count: number) => T[];

/** Groups the stories by the keys each has, each group in date order, and indexed to find a story in it. */
function timelines<T extends RelatedCandidate>(candidates: readonly T[], keysOf: (c: T) => Iterable<string>): Map<string, Timeline<T>> {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    for (const key of keysOf(c)) {
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  }
  return new Map(
    [...groups].map(([key, list]) => {
      list.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
      const at = new Map(list.map((c, i) => [c, i]));
      const near: Timeline<T> = (story, count) => {
        const from = Math.max(0, (at.get(story) ?? 0) - count / 2);
        return list.slice(from, from + count + 1);
      };
      return [key, near];
    }),
  );
}

/**
 * Ranks every story against the archive once per build. Only stories near in time that share
 * a tag, or the nearest ones in the same section, can score, so each story is compared with
 * at most about a hundred candidates, however popular its tags: the archive stays linear, not
 * quadratic. (Compared with every story sharing a tag, a generated archive of 10,000 stories
 * over a dozen tags scored about 2,600 candidates per story.) A rare tag still finds its
 * stories however far back they are.
 */
export function createRelatedIndex<T extends RelatedCandidate>(candidates: readonly T[]) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const byTag = timelines(candidates, tagKeys);
  const bySection = timelines(candidates, (c) => [c.sectionId]);

  return function related(story: T, explicitIds: readonly string[], limit: number): T[] {
    const explicit = explicitIds.map((id) => byId.get(id)).filter((c): c is T => c !== undefined && c.id !== story.id);
    const taken = new Set([story.id, ...explicit.map((c) => c.id)]);
    const storyTags = tagKeys(story);
    const pool = new Set<T>([
      ...[...storyTags].flatMap((t) => byTag.get(t)?.(story, TAG_NEIGHBOURS) ?? []),
      ...(bySection.get(story.sectionId)?.(story, SECTION_NEIGHBOURS) ?? []),
    ]);
    const ranked = [...pool]
      .filter((c) => !taken.has(c.id))
      .map((c) => ({ c, score: score(story, storyTags, c) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime())
      .map(({ c }) => c);
    return [...explicit, ...ranked].slice(0, limit);
  };
}
