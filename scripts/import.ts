#!/usr/bin/env node
/**
 * `npm run import -- <file|dir|feed>... [--section S] [--draft] [--out DIR] [--dry-run]`
 *
 * Turns stories as they reach the newsroom (the agencies' plain text, Markdown with
 * frontmatter, saved HTML pages, RSS/Atom feeds) into articles in the content folder.
 * Parsing and planning are pure functions in src/lib/import/; this file reads inputs,
 * prints the plan and writes it. Exits 1 when any input or feed item failed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { isFeed, parseFeed } from '../src/lib/import/feed.ts';
import { parseHtmlPage } from '../src/lib/import/html.ts';
import { parseMarkdownFile } from '../src/lib/import/markdown.ts';
import { planImport, type ArchiveSnapshot, type Change, type ImportItem } from '../src/lib/import/plan.ts';
import type { ParseResult } from '../src/lib/import/story.ts';
import { parsePlainText } from '../src/lib/import/text.ts';
import { siteConfig } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    section: { type: 'string' },
    draft: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
const contentDir = path.resolve(values.out);
const timeZone = siteConfig.timeZone;
const INPUT_EXTENSIONS = /\.(txt|md|markdown|html?|xml|rss|atom)$/i;

/** Every input file: files as given, folders searched for the formats the importer reads. */
function inputFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (/^https?:\/\//.test(input) || !existsSync(input) || !statSync(input).isDirectory()) return [input];
    return readdirSync(input, { recursive: true, encoding: 'utf8' })
      .filter((file) => INPUT_EXTENSIONS.test(file))
      .sort()
      .map((file) => path.join(input, file));
  });
}

async function read(input: string): Promise<string> {
  if (!/^https?:\/\//.test(input)) return readFileSync(input, 'utf8');
  const response = await fetch(input);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}

function parseInput(input: string, text: string): ParseResult[] {
  const label = input;
  const ext = path.extname(input.replace(/[?#].*$/, '')).toLowerCase();
  if (/^\.(xml|rss|atom)$/.test(ext) || isFeed(text)) return parseFeed(text, label, timeZone);
  if (/^\.html?$/.test(ext) || /^\s*</.test(text)) return [{ ok: true, label, story: parseHtmlPage(text, timeZone) }];
  if (/^\.(md|markdown)$/.test(ext) || /^---\r?\n/.test(text)) return [{ ok: true, label, story: parseMarkdownFile(text, timeZone) }];
  return [{ ok: true, label, story: parsePlainText(text, timeZone) }];
}

async function readItems(inputs: string[]): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for (const input of inputFiles(inputs)) {
    const dir = /^https?:\/\//.test(input) ? process.cwd() : path.dirname(path.resolve(input));
    try {
      items.push(...parseInput(input, await read(input)).map((result) => ({ ...result, dir })));
    } catch (error) {
      items.push({ ok: false, label: input, reason: (error as Error).message, dir });
    }
  }
  return items;
}

function snapshot(): ArchiveSnapshot {
  const files = (folder: string, pattern: RegExp) => {
    const dir = path.join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => pattern.test(file))
      .map((file) => ({ file: path.posix.join(folder, file.split(path.sep).join('/')), text: readFileSync(path.join(dir, file), 'utf8') }));
  };
  const named = (folder: string) =>
    files(folder, /\.ya?ml$/).map(({ file, text }) => ({
      id: path.basename(file).replace(/\.ya?ml$/, ''),
      name: String((parse(text) as { name?: unknown } | null)?.name ?? ''),
    }));
  return { articles: files('articles', /\.mdx$/), authors: named('authors'), sections: named('sections') };
}

function report(changes: Change[], dryRun: boolean): void {
  const verb = {
    create: dryRun ? 'would create' : 'created',
    update: dryRun ? 'would update' : 'updated',
    skip: 'skipped',
    fail: 'FAILED',
  };
  for (const change of changes) {
    if (change.kind === 'fail') console.error(`${verb.fail}  ${change.label}: ${change.reason}`);
    else if (change.kind === 'skip') console.log(`${verb.skip}  ${change.file}: ${change.reason}  ← ${change.label}`);
    else {
      console.log(`${verb[change.kind]}  ${change.file}  ← ${change.label}`);
      for (const note of change.notes) console.log(`    note: ${note}`);
      for (const copy of change.copies) console.log(`    image: ${copy.to}  ← ${copy.from}`);
    }
  }
  const count = (kind: Change['kind']) => changes.filter((c) => c.kind === kind).length;
  console.log(
    `\n${count('create')} created, ${count('update')} updated, ${count('skip')} skipped, ${count('fail')} failed` +
      (dryRun ? ' (dry run: nothing was written)' : ''),
  );
}

function write(changes: Change[]): void {
  for (const change of changes) {
    if (change.kind !== 'create' && change.kind !== 'update') continue;
    const target = path.join(contentDir, change.file);
    mkdirSync(path.dirname(target), { recursive: true });
    for (const copy of change.copies) copyFileSync(copy.from, path.join(contentDir, copy.to));
    writeFileSync(target, change.text);
  }
}

if (positionals.length === 0) {
  console.error('Usage: npm run import -- <file|dir|feed>... [--section S] [--draft] [--out DIR] [--dry-run]');
  process.exit(2);
}
const archive = snapshot();
if (values.section && !archive.sections.some((s) => s.id === values.section)) {
  console.error(`--section "${values.section}" is not a section; use one of: ${archive.sections.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const changes = planImport(await readItems(positionals), archive, {
  timeZone,
  siteName: siteConfig.name,
  section: values.section,
  defaultSection: siteConfig.import.defaultSection,
  draft: values.draft,
  publishers: siteConfig.import.publishers,
  agencies: siteConfig.import.agencies,
  exists: existsSync,
});
if (!values['dry-run']) write(changes);
report(changes, values['dry-run']);
process.exitCode = changes.some((c) => c.kind === 'fail') ? 1 : 0;
