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

/** What scoring reads of a story, worked out once per build: lower-cased tags, date as a number. */
interface Facts {
  tags: readonly string[];
  time: number;
}

const factsOf = (candidate: RelatedCandidate): Facts => ({
  tags: candidate.tags.map((t) => t.toLowerCase()),
  time: candidate.publishedAt.getTime(),
});

/** 0 when the two share neither a tag nor a section: being recent alone is no relation. */
function score(story: RelatedCandidate, own: Facts, ownTags: ReadonlySet<string>, candidate: RelatedCandidate, theirs: Facts): number {
  let sharedTags = 0;
  for (const tag of theirs.tags) if (ownTags.has(tag)) sharedTags++;
  const sameSection = candidate.sectionId === story.sectionId ? 1 : 0;
  if (sharedTags === 0 && sameSection === 0) return 0;
  const days = Math.abs(own.time - theirs.time) / 86_400_000;
  const recency = Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
  return sharedTags * TAG_WEIGHT + sameSection * SECTION_WEIGHT + recency;
}

/** Same-section stories nearest in time that are scored when they share no tag. */
const SECTION_NEIGHBOURS = 12;
/** Stories nearest in time that are scored for each tag the story has. */
const TAG_NEIGHBOURS = 40;

/** Visits the stories nearest in time to one of its own, per group (a tag, a section). */
type Timeline<T> = (story: T, count: number, visit: (c: T) => void) => void;

/** Groups the stories by the keys each has, each group in date order, and indexed to find a story in it. */
function timelines<T extends RelatedCandidate>(
  candidates: readonly T[],
  keysOf: (c: T) => Iterable<string>,
  timeOf: (c: T) => number,
): Map<string, Timeline<T>> {
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
      list.sort((a, b) => timeOf(a) - timeOf(b));
      const at = new Map(list.map((c, i) => [c, i]));
      const near: Timeline<T> = (story, count, visit) => {
        const from = Math.max(0, (at.get(story) ?? 0) - count / 2);
        for (const c of list.slice(from, from + count + 1)) visit(c);
      };
      return [key, near];
    }),
  );
}

interface Ranked<T> {
  c: T;
  time: number;
  score: number;
}

/** Higher score first, then the newer story; ties keep the order the candidates were met in. */
const ahead = <T>(a: Ranked<T>, b: Ranked<T>) => a.score > b.score || (a.score === b.score && a.time > b.time);

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
  // Scoring reads these a hundred times per story: at 100,000 stories, lower-casing and date
  // conversion on every comparison were most of the time spent ranking.
  const facts = new Map<T, Facts>(candidates.map((c) => [c, factsOf(c)]));
  const factsFor = (c: T) => facts.get(c) ?? factsOf(c);
  const timeOf = (c: T) => factsFor(c).time;
  const byTag = timelines(candidates, (c) => new Set(factsFor(c).tags), timeOf);
  const bySection = timelines(candidates, (c) => [c.sectionId], timeOf);

  return function related(story: T, explicitIds: readonly string[], limit: number): T[] {
    const explicit = explicitIds.map((id) => byId.get(id)).filter((c): c is T => c !== undefined && c.id !== story.id);
    const taken = new Set([story.id, ...explicit.map((c) => c.id)]);
    const own = factsFor(story);
    const ownTags = new Set(own.tags);
    // Only the best `wanted` are kept, in order, as the candidates are met: every story of a
    // 100,000-story archive ranks about a hundred, on every build.
    const wanted = limit - explicit.length;
    const best: Ranked<T>[] = [];
    const met = new Set<T>();
    const visit = (c: T) => {
      if (met.has(c)) return;
      met.add(c);
      if (wanted <= 0 || taken.has(c.id)) return;
      const theirs = factsFor(c);
      const ranked = { c, time: theirs.time, score: score(story, own, ownTags, c, theirs) };
      if (ranked.score <= 0) return;
      let at = best.length;
      for (let before = best[at - 1]; before !== undefined && ahead(ranked, before); before = best[at - 1]) at--;
      if (at < wanted) {
        best.splice(at, 0, ranked);
        if (best.length > wanted) best.pop();
      }
    };
    for (const tag of ownTags) byTag.get(tag)?.(story, TAG_NEIGHBOURS, visit);
    bySection.get(story.sectionId)?.(story, SECTION_NEIGHBOURS, visit);
    return [...explicit, ...best.map(({ c }) => c)].slice(0, limit);
  };
}
