import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { dateTime, editionLang, hero } from './article-fields';
import { photo } from './article';

/**
 * One update of a live story: a file in content/live/<story slug>/. Its body is MDX like an
 * article's, compiled by the same loader (nothing in it runs); the frontmatter is small, so
 * an editor can file one in seconds.
 */
export const liveUpdateSchema = z
  .strictObject({
    /** When the update went out; a future time holds it back until a build after that time. */
    publishedAt: dateTime,
    /** Optional headline of the update, shown above it and in the key events. */
    title: z.string().trim().min(1).max(200).optional(),
    /** A key event: listed at the top of the live page, linking to the update. */
    key: z.boolean().default(false),
    /** Who filed it; none: the live story's own byline stands. */
    authors: z.array(reference('authors')).default([]),
    /** A photo shown above the update's text (the same fields as an article's hero). */
    photo: hero(photo).optional(),
    draft: z.boolean().default(false),
    /** The body's photos, in order: filled in by the loader, never written by editors. */
    bodyImages: z.array(photo).default([]),
  })
  .refine((update) => !update.key || update.title !== undefined, {
    path: ['title'],
    message: 'a key event is listed by its headline: add a title, or remove key: true',
  });

/** The breaking-news banner (content/banner.yaml): one message, one link, an expiry. */
export const bannerSchema = z.strictObject({
  message: z.string().trim().min(1).max(160),
  /** A page of this site ("/world/2026/03/slug/") or a full https address. */
  link: z.string().refine((link) => /^\/(?!\/)/.test(link) || /^https:\/\//.test(link), {
    error: 'must be a path on this site such as "/world/2026/03/slug/" or an https:// address',
  }),
  /** After this instant the banner is no longer shown (by readers' browsers at once, and gone from the next build). */
  expiresAt: dateTime,
  /** The edition whose pages show it, by language code; the default edition's when omitted. */
  lang: editionLang,
});
