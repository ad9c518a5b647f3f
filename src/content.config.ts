import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/article-loader';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { sectionSchema } from './schemas/section';

/**
 * Content lives outside src/ so editors never touch code. CONTENT_DIR points the build at
 * another tree (test fixtures, the generated benchmark corpus) without moving files.
 */
const contentDir = process.env.CONTENT_DIR ?? 'content';

const articles = defineCollection({
  loader: articleLoader(`${contentDir}/articles`),
  schema: articleSchema,
});

const authors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/authors` }),
  schema: authorSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/sections` }),
  schema: sectionSchema,
});

export const collections = { articles, authors, sections };
