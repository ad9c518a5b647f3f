// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/site.config.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

/**
 * SITE_URL and BASE_PATH let one commit deploy anywhere: a preview host, GitHub Pages
 * under /<repo>/, or a sub-path of an existing domain. OUT_DIR keeps test builds apart.
 */
const site = process.env.SITE_URL || siteConfig.url;
const base = process.env.BASE_PATH || siteConfig.basePath;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Every page is a folder with index.html and every link ends in "/": the form every
  // static host serves without redirects.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lossless whitespace removal: Astro 7's default JSX rules drop the spaces between inline
  // elements that a formatter wraps onto separate lines ("By" + author link).
  compressHTML: true,
  // Newsroom copy arrives with its own typography (curly quotes, dashes, "..." as the
  // source wrote it), so the Markdown processor must not rewrite punctuation.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx(), devSearchIndex(process.env.OUT_DIR || './dist'), serviceWorker(siteConfig.offline)],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
