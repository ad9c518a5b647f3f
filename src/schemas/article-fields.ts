import { z } from 'astro/zod';
import { defaultEdition, editions, type EditionLang } from '../lib/editions.ts';
import { isArticlePath } from '../lib/urls.ts';

/**
 * A date-time with its zone, as a newsroom files it: "2025-06-27T14:30:00+03:00".
 * Without an offset the instant would depend on the build machine's zone, so it is refused.
 * YAML turns unquoted timestamps into Dates before we see them; those are taken as the
 * instant YAML read (YAML itself reads a timestamp without a zone as UTC).
 */
export const dateTime = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
    z.iso.datetime({
      offset: true,
      error: 'must be an ISO 8601 date-time with a zone in quotes, e.g. "2025-06-27T14:30:00+03:00"',
    }),
  )
  .transform((value) => new Date(value));

/**
 * The lead photo. `image` is a local file (processed into AVIF/WebP at build); an imported
 * story whose photo lives only on the source's server keeps its caption and credit and
 * records that photo's address in `remote`, which is never fetched or shown: an editor
 * licenses and downloads it, then sets `image` and `alt`.
 */
export const hero = <I extends z.ZodType>(image: I) =>
  z
    .strictObject({
      image: image.optional(),
      alt: z.string().trim().min(1, 'describe the photo for readers who cannot see it').optional(),
      caption: z.string().trim().min(1).optional(),
      credit: z.string().trim().min(1).optional(),
      remote: z.url({ protocol: /^https?$/ }).optional(),
    })
    .refine((h) => h.image === undefined || h.alt !== undefined, {
      path: ['alt'],
      message: 'a hero image needs alt text: describe the photo for readers who cannot see it',
    });

/**
 * A live story's state: `live: true` while coverage runs, `live: { endedAt: "…" }` after.
 * Both read as an object, so pages ask one question: is there an end, and is it past?
 */
const live = z
  .union([z.literal(true), z.strictObject({ endedAt: dateTime.optional() })], {
    error: 'write `live: true` while the coverage runs, or `live: { endedAt: "2026-03-14T18:00:00+00:00" }` once it has ended',
  })
  .transform((value) => (value === true ? {} : value));

/**
 * Photos in the source's body that live on another server: dropped from the body (readers'
 * browsers never contact other sites) and listed here for an editor to license and copy.
 */
const remoteImage = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  alt: z.string().trim().min(1).optional(),
});

const source = z.strictObject({
  /** Publisher the story first appeared with, e.g. "The Moscow Times". */
  name: z.string().trim().min(1),
  /** Original URL: the story's identity for re-imports and the "originally published" link. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** An edition by its language code in the site config ("ru"); the default edition when omitted. */
export const editionLang = z
  .enum(editions.map((e) => e.lang) as [EditionLang, ...EditionLang[]], {
    error: `must be one of the site's editions: ${editions.map((e) => e.lang).join(', ')}`,
  })
  .default(defaultEdition.lang);

/** The schemas of what an article refers to: the build's references and image(), or the importer's checks. */
export interface ArticleReferences<A extends z.ZodType, S extends z.ZodType, R extends z.ZodType, I extends z.ZodType> {
  author: A;
  section: S;
  article: R;
  image: I;
}

/**
 * Every article field and rule. The build (article.ts) and the importer (validate.ts) use
 * this one schema, so the importer never writes a story the build would refuse.
 */
export const articleFields = <A extends z.ZodType, S extends z.ZodType, R extends z.ZodType, I extends z.ZodType>(
  refs: ArticleReferences<A, S, R, I>,
) =>
  z
    .strictObject({
      title: z.string().trim().min(1, 'every article needs a headline').max(200),
      /** Standfirst under the headline; optional because wire copy often arrives without one. */
      dek: z.string().trim().min(1).max(400).optional(),
      publishedAt: dateTime,
      /**
       * False when the source gives a day without a time: publishedAt (noon in the site's zone)
       * then orders the story, and pages show the date alone rather than a time nobody filed.
       */
      publishedTimeKnown: z.boolean().default(true),
      updatedAt: dateTime.optional(),
      authors: z.array(refs.author).default([]),
      section: refs.section,
      tags: z.array(z.string().trim().min(1)).default([]),
      hero: hero(refs.image).optional(),
      source: source.optional(),
      related: z.array(refs.article).default([]),
      remoteImages: z.array(remoteImage).default([]),
      /**
       * Earlier URLs of this story, oldest first, e.g. "/world/2025/06/old-slug/" after a rename
       * or a move to another section. Each gets a redirect, so old links and bookmarks keep working.
       */
      redirectFrom: z.array(z.string().refine(isArticlePath, 'must be an article URL path such as "/world/2025/06/old-slug/"')).default([]),
      /**
       * The edition the story belongs to, by its language code in the site config's editions
       * ("ru"); the default edition when omitted (see README: Editions).
       */
      lang: editionLang,
      /**
       * The story in another edition this one is a translation of: both pages then link to each
       * other (hreflang alternates and the edition switch).
       */
      translationOf: refs.article.optional(),
      draft: z.boolean().default(false),
      sample: z.boolean().default(false),
      /**
       * A headline-only brief: a story known only by its headline (another story's related
       * link), with no text of its own. It has a page, but shows no time or reading time and
       * is kept out of search results and feeds.
       */
      brief: z.boolean().default(false),
      /**
       * A live story (a live blog): its body is the summary at the top, and its updates are
       * files of their own in content/live/<slug>/. `true` while the coverage runs;
       * `{ endedAt: "…" }` once it has ended (see README: Live coverage).
       */
      live: live.optional(),
      /** The body's photos, in order: filled in by the articles loader, never written by editors. */
      bodyImages: z.array(refs.image).default([]),
    })
    .refine((a) => a.authors.length > 0 || a.source !== undefined, {
      path: ['authors'],
      message: 'name at least one author (or agency), or a source for an unattributed story',
    })
    .refine((a) => !a.updatedAt || a.updatedAt.getTime() >= a.publishedAt.getTime(), {
      path: ['updatedAt'],
      message: 'updatedAt is before publishedAt: an update cannot precede publication',
    })
    .refine((a) => !a.live?.endedAt || a.live.endedAt.getTime() >= a.publishedAt.getTime(), {
      path: ['live', 'endedAt'],
      message: 'live.endedAt is before publishedAt: coverage cannot end before it starts',
    });
