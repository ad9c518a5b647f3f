// @ts-check
// The "floor": the least Astro can do with the same articles, one MDX file to one page through
// a single template, no site features. `npm run bench` reports Dateline's build time and memory
// as ratios to this.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
});
