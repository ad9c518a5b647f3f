/**
 * Builds the Pagefind index of a built site, through Pagefind's Node API rather than its
 * CLI so the build script can fail with a clear message and report what was indexed.
 * Only elements marked data-pagefind-body (article pages) are indexed.
 */
import * as pagefind from 'pagefind';
import path from 'node:path';

export async function indexSite(siteDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    console.log(`Search index: ${added.page_count} articles indexed into ${path.join(siteDir, 'pagefind')}`);
  } finally {
    await pagefind.close();
  }
}
