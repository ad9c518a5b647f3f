// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/site.config.ts';
import { prePaintScript } from './src/lib/pre-paint.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { sitemapIndex } from './src/integrations/sitemap-index.ts';
import { feedEnclosures } from './src/integrations/feed-enclosures.ts';
import { robotsNotice } from './src/integrations/robots-notice.ts';
import { authorPlaceholders } from './src/integrations/author-placeholders.ts';
import { freshContentImports } from './src/integrations/fresh-content-imports.ts';

/**
 * SITE_URL and BASE_PATH let one commit deploy anywhere: a preview host, GitHub Pages
 * under /<repo>/, or a sub-path of an existing domain. OUT_DIR keeps test builds apart.
 */
const site = process.env.SITE_URL || siteConfig.url;
const base = process.env.BASE_PATH || siteConfig.basePath;
/** Stories from which the content store is kept in chunks (see `experimental` below). */
const CHUNKED_STORE_FROM = 30_000;
const articlesDir = path.resolve(process.env.CONTENT_DIR || 'content', 'articles');
const largeArchive = existsSync(articlesDir) && hasFiles(articlesDir, '.mdx', CHUNKED_STORE_FROM);
const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site);

/** The one inline script Astro does not hash itself (is:inline), allowed by its exact text. */
/** @type {`sha256-${string}`} */
const prePaintHash = `sha256-${createHash('sha256').update(prePaintScript).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's caches: the content store, photo renditions and the page cache of incremental
  // builds. CACHE_DIR gives a build its own (the tests build a clean site beside an incremental one).
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // Every page is a folder with index.html and every link ends in "/": the form every
  // static host serves without redirects.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lossless whitespace removal: Astro 7's default JSX rules drop the spaces between inline
  // elements that a formatter wraps onto separate lines ("By" + author link).
  compressHTML: true,
  // Newsroom copy arrives with its own typography (curly quotes, dashes, "..." as the
  // source wrote it), so the Markdown processor must not rewrite punctuation.
  // News copy has no code listings; Shiki's inline styles would need 'unsafe-inline' styles.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  integrations: [
    freshContentImports(),
    // The list pages' sitemaps and the sitemap index; articles (with lastmod) and Google News
    // have their own sitemaps from src/pages/.
    sitemapIndex(siteRoot),
    devSearchIndex(process.env.OUT_DIR || './dist'),
    feedEnclosures(siteRoot),
    robotsNotice(siteRoot),
    authorPlaceholders(process.env.CONTENT_DIR ?? 'content'),
  ],
  // The build writes over the previous site, not into an empty folder (scripts/staging.mjs):
  // Astro leaves the pages it can reuse where they are, and the build script removes the rest.
  // The dev server watches the project for edits, but not the sites it builds nor the
  // benchmark's archives (hundreds of thousands of files: past the system's limit of watchers).
  // A saved file is read once its size has settled: read halfway through a write, an article
  // looked empty ("does not start with frontmatter") until it was saved again.
  vite: {
    plugins: [tailwindcss()],
    build: { emptyOutDir: false },
    server: {
      watch: {
        ignored: ['**/dist/**', '**/dist.*/**', '**/bench/.work/**'],
        awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 },
      },
    },
  },
  devToolbar: { enabled: false },
  // The content store holds every article's compiled HTML. In one file (the default) it would
  // pass what a JavaScript string can hold (about 512 MB) somewhere past 50,000 stories, so large
  // archives keep it in chunks; smaller ones keep Astro's default. Astro's chunked writer measured
  // every character with its own TextEncoder call (minutes a sync at 100,000 stories):
  // patches/astro+7.3.5.patch, applied on install, counts bytes natively.
  // Pages whose cache key (src/lib/cache-keys.ts) and code are unchanged are kept from the
  // last build instead of being rendered again; see "Incremental builds" in README.md.
  experimental: { collectionStorage: largeArchive ? 'chunked' : 'single-file', incrementalBuild: true },
  // A Content-Security-Policy <meta> on every page: scripts and styles only from this site or
  // by the hash of their exact text, never 'unsafe-inline'. Pagefind compiles WebAssembly
  // ('wasm-unsafe-eval') and runs in a worker it may start from a blob: URL. Directives a
  // <meta> cannot carry (frame-ancestors) are sent as a header (public/_headers).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [prePaintHash] },
    },
  },
});

/**
 * Whether a folder holds at least `count` files ending in `ending`: stops counting there (100,000 stories take 0.7 s to list).
 * @param {string} dir @param {string} ending @param {number} count
 */
function hasFiles(dir, ending, count) {
  const folders = [dir];
  let found = 0;
  for (let folder; (folder = folders.pop()) !== undefined;) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) folders.push(path.join(folder, entry.name));
      else if (entry.name.endsWith(ending) && ++found >= count) return true;
    }
  }
  return false;
}
