import { z } from 'astro/zod';
import { prefixedEditions } from '../lib/editions.ts';

/**
 * `editions:` in a section's or author's file: the same fields in another edition's language,
 * keyed by its code (`ru: { name: Мир, … }`). An edition without an entry shows the default
 * edition's words, so a new edition needs no file touched to build.
 */
export function editionFields<T extends z.ZodRawShape>(fields: T) {
  const entry = z.strictObject(fields).partial();
  return z.strictObject(Object.fromEntries(prefixedEditions.map((e) => [e.lang, entry.optional()]))).default({});
}
