/**
 * Builds the Pagefind index of a built site, through Pagefind's Node API rather than its
 * CLI so the build script fails with a clear message and reports what was indexed.
 * Only elements marked data-pagefind-body (published article pages) are indexed, and only the
 * files where article pages are written are read.
 */
import * as pagefind from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_PAGES_GLOB } from '../src/lib/urls.ts';

/**
 * Pagefind also writes its ready-made UI bundles. The site renders results with its own
 * components, so nothing loads them: they are removed to keep the deploy small and its
 * file count low (static hosts cap files per deploy).
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export async function indexSite(siteDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const outputPath = path.join(siteDir, 'pagefind');
  try {
    const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES_GLOB });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_UI_FILES) rmSync(path.join(outputPath, file), { force: true });
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    console.log(`Search index: ${indexed} articles indexed from ${added.page_count} pages`);
    return { pages: added.page_count, indexed };
  } finally {
    await pagefind.close();
  }
}
