import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader, liveUpdateLoader } from './lib/article-loader';
import { bannerLoader } from './lib/banner-loader';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { bannerSchema, liveUpdateSchema } from './schemas/live-update';
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

/** Updates of live stories: content/live/<story slug>/<file>.mdx (see README: Live coverage). */
const liveUpdates = defineCollection({
  loader: liveUpdateLoader(`${contentDir}/live`),
  schema: liveUpdateSchema,
});

/** The breaking-news banner: content/banner.yaml, when there is one. */
const banner = defineCollection({
  loader: bannerLoader(`${contentDir}/banner.yaml`),
  schema: bannerSchema,
});

export const collections = { articles, authors, sections, liveUpdates, banner };
