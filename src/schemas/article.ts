import type { ImageMetadata } from 'astro';
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { articleFields } from './article-fields';

/**
 * A photo's path relative to the article. The articles loader checks that the file exists
 * inside the content folder and hands it to astro:assets the way Astro's `image()` helper
 * does (its import marker), so pages receive the photo's ImageMetadata. The schema is one
 * object for the whole archive: a schema function, as `image()` needs, is rebuilt and
 * recompiled by Zod for every article, which cost more than parsing the article itself.
 */
export const photo = z
  .string()
  .trim()
  .min(1)
  .transform((path) => path as unknown as ImageMetadata);

/** The article collection's schema: references checked against the other collections. */
export const articleSchema = articleFields({
  author: reference('authors'),
  section: reference('sections'),
  article: reference('articles'),
  image: photo,
});
