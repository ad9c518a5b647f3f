/**
 * A story as any parser reads it from its source, before it meets the archive: nothing
 * here knows slugs, files or existing authors. The planner (plan.ts) decides those.
 */
import type { ConvertedBody } from './body.ts';

export interface SourceAuthor {
  name: string;
  url?: string | undefined;
}

/** The lead photo: its file or address when the source gives one, and its caption and credit. */
export interface SourcePhoto {
  src?: string | undefined;
  alt?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

export interface ParsedStory extends ConvertedBody {
  title: string;
  dek?: string | undefined;
  /** ISO 8601 with the site zone's offset. */
  publishedAt: string;
  /** The source gives no date: publishedAt is the time of import and the story is filed as a draft. */
  undated?: boolean | undefined;
  updatedAt?: string | undefined;
  authors: SourceAuthor[];
  /** A section the source names (id or name); the --section flag and the default come after. */
  section?: string | undefined;
  tags: string[];
  /** The publisher, when the source says it (og:site_name, a feed's title, frontmatter). */
  sourceName?: string | undefined;
  /** The original URL: the story's identity across re-imports. */
  url?: string | undefined;
  hero?: SourcePhoto | undefined;
  /** What relative image addresses resolve against when it is not `url` (a feed's xml:base). */
  baseUrl?: string | undefined;
}

/** One input's result: stories, or a reason it could not be read. A feed gives many. */
export type ParseResult = { ok: true; label: string; story: ParsedStory } | { ok: false; label: string; reason: string };

/**
 * Whether a byline part is a name: letters, at most six words, no digits. Pages put dates,
 * times, counters and "Updated" notes where a byline goes ("2015 8:02 pm UTC").
 */
export function isName(text: string): boolean {
  return (
    /\p{L}/u.test(text) &&
    !/\d/.test(text) &&
    text.length <= 80 &&
    text.split(/\s+/).length <= 6 &&
    !/^(?:updated|published|posted|staff|admin|comments?)$/i.test(text)
  );
}

/** "By [AFP](#) and Jane Doe" → AFP (no link) and Jane Doe; parts that are not names are dropped. */
export function parseByline(text: string): SourceAuthor[] {
  return text
    .replace(/^\s*(?:posted\s+|written\s+)?by\s+/i, '')
    .replace(/\s*[|•·—–]\s.*$/, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((part) => {
      const link = /^\[([^\]]+)\]\(([^)]*)\)$/.exec(part.trim());
      const name = (link ? link[1] : part)?.trim() ?? '';
      const url = link?.[2] && /^https?:\/\//.test(link[2]) ? link[2] : undefined;
      return { name, url };
    })
    .filter((a) => isName(a.name));
}
