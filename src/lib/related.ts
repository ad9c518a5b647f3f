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
  const tags = new Set(story.tags.map((t) => t.toLowerCase()));
  const sharedTags = candidate.tags.filter((t) => tags.has(t.toLowerCase())).length;
  const sameSection = candidate.sectionId === story.sectionId ? 1 : 0;
  if (sharedTags === 0 && sameSection === 0) return 0;
  const days = Math.abs(story.publishedAt.getTime() - candidate.publishedAt.getTime()) / 86_400_000;
  const recency = Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
  return sharedTags * TAG_WEIGHT + sameSection * SECTION_WEIGHT + recency;
}

/** Same-section stories nearest in time that are scored when they share no tag. */
const SECTION_NEIGHBOURS = 12;

/**
 * Ranks every story against the archive once per build. Only stories that share a tag, or
 * the nearest ones in the same section, can score, so each story is compared with a few
 * dozen candidates rather than the whole archive: 10,000 stories stay linear, not quadratic.
 */
export function createRelatedIndex<T extends RelatedCandidate>(candidates: readonly T[]) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const byTag = new Map<string, T[]>();
  const bySection = new Map<string, T[]>();
  for (const c of candidates) {
    for (const tag of c.tags) {
      const key = tag.toLowerCase();
      const list = byTag.get(key) ?? [];
      list.push(c);
      byTag.set(key, list);
    }
    const list = bySection.get(c.sectionId) ?? [];
    list.push(c);
    bySection.set(c.sectionId, list);
  }
  for (const list of bySection.values()) list.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());

  function nearestInSection(story: T): T[] {
    const list = bySection.get(story.sectionId) ?? [];
    const at = list.indexOf(story);
    const from = Math.max(0, (at === -1 ? 0 : at) - SECTION_NEIGHBOURS / 2);
    return list.slice(from, from + SECTION_NEIGHBOURS + 1);
  }

  return function related(story: T, explicitIds: readonly string[], limit: number): T[] {
    const explicit = explicitIds.map((id) => byId.get(id)).filter((c): c is T => c !== undefined && c.id !== story.id);
    const taken = new Set([story.id, ...explicit.map((c) => c.id)]);
    const pool = new Set<T>([...story.tags.flatMap((t) => byTag.get(t.toLowerCase()) ?? []), ...nearestInSection(story)]);
    const ranked = [...pool]
      .filter((c) => !taken.has(c.id))
      .map((c) => ({ c, score: relatedScore(story, c) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime())
      .map(({ c }) => c);
    return [...explicit, ...ranked].slice(0, limit);
  };
}
