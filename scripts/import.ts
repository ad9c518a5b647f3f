#!/usr/bin/env node
/**
 * `npm run import -- <file|dir|feed>... [--section S] [--lang L] [--draft] [--limit N] [--out DIR] [--dry-run]`
 *
 * Turns stories as they reach the newsroom (the agencies' plain text, Markdown with
 * frontmatter, saved HTML pages, RSS/Atom feeds) into articles in the content folder.
 * Parsing and planning are pure functions in src/lib/import/; this file reads inputs,
 * prints the plan and writes it. Exits 1 when any input or feed item failed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { parse } from 'yaml';
import { siblingFile } from '../src/lib/import/local-files.ts';
import { planImport, type ArchiveSnapshot, type Change, type ImportItem } from '../src/lib/import/plan.ts';
import { MAX_INPUT_BYTES, type SourceInput, type SourceResult } from '../src/lib/import/source.ts';
import { siteConfig } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    section: { type: 'string' },
    lang: { type: 'string' },
    draft: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    limit: { type: 'string' },
  },
});
const contentDir = path.resolve(values.out);
/** --limit N: only a feed's first N items (feeds list the newest first). */
const limit = values.limit === undefined ? Infinity : Number(values.limit);
/** --lang: the stories' edition (a language code from the site config); dates are read in its zone. */
const edition = siteConfig.editions.find((e) => e.lang === (values.lang ?? siteConfig.editions[0].lang));
if (!edition) {
  console.error(`--lang "${values.lang}" is not an edition; use one of: ${siteConfig.editions.map((e) => e.lang).join(', ')}`);
  process.exit(2);
}
const timeZone = edition.timeZone;
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

/** Time one input may take to fetch, and to parse: a source can be slow or hostile, never a hang. */
const FETCH_MS = 30_000;
const PARSE_MS = Number(process.env.IMPORT_PARSE_MS ?? 30_000);

async function read(input: string): Promise<SourceInput> {
  if (!/^https?:\/\//.test(input)) {
    if (!statSync(input).isFile()) throw new Error('not a file');
    if (statSync(input).size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    return { label: input, bytes: readFileSync(input) };
  }
  const response = await fetch(input, { signal: AbortSignal.timeout(FETCH_MS) });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { label: input, bytes, contentType: response.headers.get('content-type'), url: response.url || input };
}

/** One parsing thread, replaced when an input runs out of time. */
class Parser {
  private worker: Worker | undefined;

  parse(input: SourceInput): Promise<SourceResult> {
    const worker = (this.worker ??= new Worker(new URL('./import-worker.ts', import.meta.url)));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        this.worker = undefined;
        reject(new Error(`gave up after ${PARSE_MS / 1000} s: the input is too large or too complex to read`));
      }, PARSE_MS);
      worker.once('message', (message: { ok: true; result: SourceResult } | { ok: false; reason: string }) => {
        clearTimeout(timer);
        if (message.ok) resolve(message.result);
        else reject(new Error(message.reason));
      });
      worker.postMessage({ input, timeZone, now: Date.now() });
    });
  }

  close(): void {
    void this.worker?.terminate();
  }
}

async function readItems(inputs: string[]): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  const parser = new Parser();
  for (const input of inputFiles(inputs)) {
    try {
      const source = await read(input);
      const { results, localFiles } = await parser.parse(source);
      const dir = localFiles ? path.dirname(path.resolve(input)) : undefined;
      if (results.length > limit) console.log(`limited  ${input}: the first ${limit} of ${results.length} items`);
      items.push(...results.slice(0, limit).map((result) => ({ ...result, dir })));
    } catch (error) {
      items.push({ ok: false, label: input, reason: (error as Error).message });
    }
  }
  parser.close();
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

/** A file appears whole or not at all: written beside its place, then renamed over it. */
function atomically(target: string, writeTemp: (temp: string) => void): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.import-${process.pid}-${path.basename(target)}`);
  try {
    writeTemp(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function write(changes: Change[]): Change[] {
  return changes.map((change) => {
    if (change.kind !== 'create' && change.kind !== 'update') return change;
    try {
      for (const copy of change.copies) atomically(path.join(contentDir, copy.to), (temp) => copyFileSync(copy.from, temp));
      atomically(path.join(contentDir, change.file), (temp) => writeFileSync(temp, change.text));
      return change;
    } catch (error) {
      return { kind: 'fail', label: change.label, reason: `${change.file} could not be written: ${(error as Error).message}` };
    }
  });
}

if (positionals.length === 0 || !(limit > 0)) {
  console.error('Usage: npm run import -- <file|dir|feed>... [--section S] [--lang L] [--draft] [--limit N] [--out DIR] [--dry-run]');
  process.exit(2);
}
const archive = snapshot();
if (values.section && !archive.sections.some((s) => s.id === values.section)) {
  console.error(`--section "${values.section}" is not a section; use one of: ${archive.sections.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const planned = planImport(await readItems(positionals), archive, {
  timeZone,
  siteName: siteConfig.name,
  section: values.section,
  lang: edition === siteConfig.editions[0] ? undefined : edition.lang,
  defaultSection: siteConfig.import.defaultSection,
  draft: values.draft,
  publishers: siteConfig.import.publishers,
  agencies: siteConfig.import.agencies,
  siblingFile,
});
const changes = values['dry-run'] ? planned : write(planned);
report(changes, values['dry-run']);
process.exitCode = changes.some((c) => c.kind === 'fail') ? 1 : 0;
