import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { sectionSchema } from './schemas/section';

/**
 * Content lives outside src/ so editors never touch code. CONTENT_DIR points the build at
 * another tree (test fixtures, the generated benchmark corpus) without moving files.
 */
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** An article's id is its file name: the slug in its URL, unique across the archive. */
const fileSlug = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, '');

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/articles`, generateId: fileSlug }),
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
