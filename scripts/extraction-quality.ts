#!/usr/bin/env node
/**
 * `npm run quality:import`: how well the importer finds the article text on real pages. For
 * each page in tests/fixtures/real-world/pages/ with a reference text in expected/ (Mozilla
 * Readability's test pages, see SOURCES.md), the body the importer writes is compared with
 * the reference by word 4-gram precision, recall and F1. Prints every page, worst first, and
 * the mean. A figure, not a test: it is reported in README, never asserted in timed tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { micromark } from 'micromark';
import { plainText } from '../src/lib/import/body.ts';
import { parseHtmlPage } from '../src/lib/import/html.ts';
import { ngramScores, type Scores } from '../src/lib/import/quality.ts';
import { siteConfig } from '../src/site.config.ts';

const corpus = path.resolve(import.meta.dirname, '../tests/fixtures/real-world');

/** The words a reader sees in a written body: Markdown rendered, the importer's own tags dropped. */
const bodyText = (markdown: string) => plainText(micromark(markdown.replace(/<\/?(?:PullQuote|RelatedStory)\b[^>]*>/g, '')));

const rows: (Scores & { page: string; error?: string })[] = [];
for (const file of readdirSync(path.join(corpus, 'expected')).sort()) {
  const page = file.replace(/\.html$/, '');
  const reference = plainText(readFileSync(path.join(corpus, 'expected', file), 'utf8'));
  try {
    const story = parseHtmlPage(readFileSync(path.join(corpus, 'pages', file), 'utf8'), siteConfig.editions[0].timeZone);
    rows.push({ page, ...ngramScores(bodyText(story.markdown), reference) });
  } catch (error) {
    rows.push({ page, precision: 0, recall: 0, f1: 0, error: (error as Error).message });
  }
}
rows.sort((a, b) => a.f1 - b.f1);
const pct = (n: number) => n.toFixed(3);
console.log('page'.padEnd(28), 'precision', 'recall', '   F1');
for (const row of rows)
  console.log(row.page.padEnd(28), pct(row.precision).padStart(9), pct(row.recall).padStart(6), pct(row.f1).padStart(6), row.error ?? '');
const mean = (key: keyof Scores) => rows.reduce((sum, r) => sum + r[key], 0) / rows.length;
console.log(`\n${rows.length} pages: mean precision ${pct(mean('precision'))}, recall ${pct(mean('recall'))}, F1 ${pct(mean('f1'))}`);
