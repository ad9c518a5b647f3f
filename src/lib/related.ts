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

export function rankRelated<T extends RelatedCandidate>(
  story: T,
  explicitIds: readonly string[],
  candidates: readonly T[],
  limit: number,
): T[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const explicit = explicitIds.map((id) => byId.get(id)).filter((c): c is T => c !== undefined && c.id !== story.id);
  const taken = new Set([story.id, ...explicit.map((c) => c.id)]);
  const ranked = candidates
    .filter((c) => !taken.has(c.id))
    .map((c) => ({ c, score: relatedScore(story, c) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime())
    .map(({ c }) => c);
  return [...explicit, ...ranked].slice(0, limit);
}
