import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.CONTENT_DIR ?? '../../content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/articles` }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
