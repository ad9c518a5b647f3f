/**
 * Drafts and scheduled stories leave no trace in the production build: no page, no link,
 * no line of any file, and nothing in the Pagefind index, whose files are read here after
 * decompression (a search box only shows what a query happens to match).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/** The root test site, as tests/support/serve-test-sites.mjs builds it. */
const SITE_DIR = path.resolve(import.meta.dirname, '../.output/site');
const TRACES = ['draft-harbour-plan', 'scheduled-budget-preview', 'Harbour redevelopment', 'EMBARGOED', 'Budget preview'];

function fileText(file: string): string | undefined {
  const bytes = readFileSync(file);
  if (/\.pf_(fragment|meta|index|filter)$/.test(file)) {
    const data = bytes.subarray(0, 12).toString() === 'pagefind_dcd' ? bytes : gunzipSync(bytes);
    return data.toString('utf8');
  }
  return /\.(html|xml|json|txt|js|css|webmanifest)$/.test(file) ? bytes.toString('utf8') : undefined;
}

test('no file of the built site, the search index included, mentions a draft or scheduled story', () => {
  const files = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).map((f) => path.join(SITE_DIR, f));
  const indexFiles = files.filter((f) => f.endsWith('.pf_fragment'));
  expect(indexFiles.length).toBeGreaterThan(20);
  const leaks: string[] = [];
  let searched = 0;
  for (const file of files) {
    if (!/\.\w+$/.test(file)) continue;
    const text = fileText(file);
    if (text === undefined) continue;
    searched++;
    for (const trace of TRACES) if (text.includes(trace)) leaks.push(`${path.relative(SITE_DIR, file)}: ${trace}`);
  }
  expect(leaks).toEqual([]);
  // The check can fail: the index does hold published stories' text.
  expect(indexFiles.map(fileText).some((t) => t?.includes('absolutely contradictory memorandums'))).toBe(true);
  expect(searched).toBeGreaterThan(100);
});
