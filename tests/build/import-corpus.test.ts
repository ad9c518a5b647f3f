/**
 * The importer on the web as it is, and the site built from what it wrote: 60 real article
 * pages and 32 real feeds (tests/fixtures/real-world/, see SOURCES.md), a hostile corpus
 * (tests/fixtures/hostile-import/ plus inputs made here: a 5 MB body, a page that opens with
 * thousands of comments, a headline longer than a file name, a symbolic link out of the
 * folder), and content whose headline, dek, author and section names carry markup
 * (tests/fixtures/hostile-content/). One import, one build, then what a reader, a feed
 * reader and the build machine would see.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tests/.output/import-corpus');
const content = path.join(work, 'content');
const inputs = path.join(work, 'inputs');
const outDir = path.join(work, 'dist');
/** A file outside the inputs' folder that no source may reach. */
const SECRET = 'SECRET-FILE-THE-IMPORTER-MUST-NOT-COPY';
/** What the hostile feed item's code would write, had any of it run during the build. */
const CODE_RAN = path.join(root, 'tests/.output/import-corpus-code-ran');

let importRun: { status: number | null; stdout: string; stderr: string; ms: number };
let buildRun: { status: number | null; output: string };

const files = (dir: string, pattern: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f));

function makeInputs(): void {
  rmSync(work, { recursive: true, force: true });
  rmSync(CODE_RAN, { force: true });
  cpSync(path.join(root, 'tests/fixtures/hostile-import'), inputs, { recursive: true });
  writeFileSync(path.join(work, 'hostile-import-outside.jpg'), SECRET);
  writeFileSync(path.join(work, 'secret.txt'), SECRET);
  symlinkSync(path.join(work, 'secret.txt'), path.join(inputs, 'photos/link-out.jpg'));
  writeFileSync(
    path.join(inputs, 'symlink.md'),
    '---\ntitle: "A story with a link out"\ndate: "2025-02-01"\nauthor: "Jane Doe"\n---\n\n![a link out](photos/link-out.jpg)\n\n![the folder itself](photos)\n',
  );
  // Issue 11's report: a wire item whose body is ES module code, imported verbatim, ran at build.
  writeFileSync(
    path.join(inputs, 'code-wire.rss'),
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Code Wire</title><link>https://codewire.example/</link><description>d</description><item><title>Wire item that holds code</title><link>https://codewire.example/code-item</link><guid>https://codewire.example/code-item</guid><pubDate>Mon, 03 Feb 2025 09:00:00 GMT</pubDate><author>desk@codewire.example (Code Desk)</author><description><![CDATA[<p>import fs from 'node:fs'</p><p>export const note = fs.writeFileSync('${CODE_RAN}', 'ran')</p><p>Totals: {fs.writeFileSync('${CODE_RAN}', 'ran')}</p>]]></description></item></channel></rss>`,
  );
  const paragraph = `<p>${'A long paragraph of the council report, repeated to make a very large page. '.repeat(40)}</p>`;
  writeFileSync(
    path.join(inputs, 'five-megabytes.html'),
    `<html><head><title>Five megabytes | Big Paper</title><meta name="date" content="2025-01-05"><meta name="author" content="Jane Doe"></head><body><article><h1>Five megabytes</h1>${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}</article></body></html>`,
  );
  writeFileSync(
    path.join(inputs, 'comments-first.html'),
    `${'<!-- a comment -->\n'.repeat(20_000)}<html><head><title>Comments first | Paper</title><meta itemprop="datePublished" content="2025-01-06"></head><body><article><p>Story after many comments, by the newsroom, long enough to read.</p></article></body></html>`,
  );
  writeFileSync(
    path.join(inputs, 'long-headline.html'),
    `<html><head><title>${'Very long headline words '.repeat(7)}</title><meta property="og:site_name" content="Paper"></head><body><time datetime="2025-01-07T10:00:00Z">7 January</time><article><p>No date in the article, one in a time element.</p></article></body></html>`,
  );
}

beforeAll(() => {
  makeInputs();
  for (const folder of ['sections', 'authors', 'images'])
    cpSync(path.join(root, 'content', folder), path.join(content, folder), { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/hostile-content'), content, { recursive: true });
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      'scripts/import.ts',
      'tests/fixtures/real-world/pages',
      'tests/fixtures/real-world/feeds',
      inputs,
      '--limit',
      '3',
      '--out',
      content,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, IMPORT_PARSE_MS: '60000' } },
  );
  importRun = { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: path.relative(root, content), OUT_DIR: outDir, SOCIAL_CARDS: 'off', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  buildRun = { status: build.status, output: `${build.stdout}\n${build.stderr}` };
}, 1_200_000);

describe('importing the real and the hostile web', () => {
  it('gives every input a result line, crashes on none and names input and reason for each failure', () => {
    expect(importRun.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const pages = readdirSync(path.join(root, 'tests/fixtures/real-world/pages'));
    for (const page of pages) expect(`${importRun.stdout}\n${importRun.stderr}`).toContain(`tests/fixtures/real-world/pages/${page}`);
    for (const line of importRun.stderr.trim().split('\n')) expect(line).toMatch(/^FAILED {2}\S.*: \S/);
    expect(importRun.stdout).toMatch(/\d+ created, \d+ updated, \d+ skipped, \d+ failed/);
    expect(importRun.status).toBe(1);
  });

  it('reads most real pages and feeds, and reports the ones it cannot with a reason', () => {
    const created = (importRun.stdout.match(/^created {2}articles\//gm) ?? []).length;
    expect(created).toBeGreaterThan(100);
    expect(importRun.stderr).toContain('no byline and no source: name an author or the publisher');
    expect(importRun.stderr).toMatch(/item 2: duplicate of item 1: the same guid "https:\/\/wire\.example\/duma"/);
  });

  it('reads windows-1251 and ISO-8859-1 feeds in their own encodings, with localized dates', () => {
    const duma = readFileSync(path.join(content, 'articles/2025/duma-prinyala-zakon.mdx'), 'utf8');
    expect(duma).toContain('Текст новости.');
    expect(duma).toContain('publishedAt: "2025-05-05T08:00:00+01:00"');
    expect(duma).toContain('tags: [Политика, Россия]');
    const latin = readFileSync(path.join(content, 'articles/2020/cafe-a-montreal-elections.mdx'), 'utf8');
    expect(latin).toContain('title: "Café à Montréal: élections"');
    expect(`${importRun.stdout}${importRun.stderr}`).not.toContain('\uFFFD');
  });

  it('finds dates in microdata and <time>, an agency inside a credit, and bounds a headline too long for a file name', () => {
    expect(importRun.stdout).toMatch(/created {2}articles\/2025\/comments-first\.mdx/);
    const long = files(path.join(content, 'articles/2025'), /^very-long-headline/);
    expect(long).toHaveLength(1);
    expect(path.basename(long[0] ?? '').length).toBeLessThanOrEqual(84);
    expect(readFileSync(path.join(content, 'articles/2999/a-hostile-page-script-alert-1-script.mdx'), 'utf8')).toContain(
      'authors: [associated-press]',
    );
    expect(importRun.stdout).toMatch(/created {2}articles\/2025\/five-megabytes\.mdx/);
  });

  it('files a page with no date as a draft dated now and flags it for an editor', () => {
    expect(importRun.stdout).toMatch(/note: UNDATED: the source gives no publication date/);
  });

  it('copies no file from outside an input’s own folder, and none at all for pages and feeds', () => {
    for (const file of files(content, /./)) {
      if (statSync(file).isFile() && !file.endsWith('.mdx') && !file.endsWith('.yaml')) {
        expect(readFileSync(file).includes(SECRET), file).toBe(false);
      }
    }
    const copies = importRun.stdout.split('\n').filter((line) => line.trim().startsWith('image:'));
    expect(copies.length).toBeGreaterThan(0);
    for (const line of copies) expect(line).toContain(`${inputs}/photos/harbour.jpg`);
    expect(readFileSync(path.join(content, 'articles/1900/story-1900-01-01.mdx'), 'utf8')).not.toMatch(/file:|\(\/etc|\.\.\//);
  });
});

describe('the site built from it', () => {
  const html = () => files(outDir, /\.html$/);
  const feeds = () => files(outDir, /(?:rss|atom)\.xml$/);

  it('builds: the build refuses none of the imported articles', () => {
    expect(buildRun.output).not.toMatch(/error/i);
    expect(buildRun.status).toBe(0);
  });

  it('has no script, event handler or javascript: URL from any source in any page', () => {
    for (const file of html()) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const script of document.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') {
          expect(() => JSON.parse(script.textContent ?? ''), file).not.toThrow();
        } else {
          expect(script.textContent ?? '', file).not.toMatch(/alert|steal|secret/i);
        }
      }
      for (const element of document.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          expect(name.startsWith('on'), `${file}: ${name}`).toBe(false);
          expect(value, `${file}: ${name}`).not.toMatch(/^\s*(?:javascript|vbscript):/i);
        }
      }
    }
  });

  it('shows a wire item made of ES module code as its words, and none of it ran', () => {
    expect(existsSync(CODE_RAN), 'the code in the item ran').toBe(false);
    const page = files(outDir, /wire-item-that-holds-code\/index\.html$/)[0] ?? '';
    const { document } = parseHTML(readFileSync(page, 'utf8'));
    const paragraphs = [...document.querySelectorAll('.article-body p')].map((p) => p.textContent);
    expect(paragraphs).toContain("import fs from 'node:fs'");
    expect(paragraphs).toContain(`export const note = fs.writeFileSync('${CODE_RAN}', 'ran')`);
    expect(paragraphs).toContain(`Totals: {fs.writeFileSync('${CODE_RAN}', 'ran')}`);
  });

  it('shows a headline, author and section with markup in them as text on the page', () => {
    const page = files(outDir, /hostile-headline\/index\.html$/)[0] ?? '';
    const { document } = parseHTML(readFileSync(page, 'utf8'));
    expect(document.querySelector('h1')?.textContent).toContain(`Breaking <script>alert('title')</script> & "quotes"`);
    expect(document.querySelector('main')?.textContent).toContain(`Eve <script>alert('author')</script>`);
    // In attribute values ("og:title") "<" is text by the HTML rules; what matters is no element comes of it.
    expect(document.querySelector('[onerror], img[src="x"]')).toBeNull();
    const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(scripts.some((script) => /alert/.test(script.textContent ?? ''))).toBe(false);
  });

  it('writes feeds that parse, with text from content as text in every format', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });
    expect(feeds().length).toBeGreaterThan(10);
    const htmlFields: string[] = [];
    for (const file of feeds()) {
      const xml = readFileSync(file, 'utf8');
      expect(() => SyntaxValidator.validate(xml), file).not.toThrow();
      const doc = parser.parse(xml) as { feed?: { entry?: unknown }; rss?: { channel?: { item?: unknown } } };
      const entries = [doc.feed?.entry ?? doc.rss?.channel?.item ?? []].flat() as Record<string, unknown>[];
      for (const entry of entries) {
        for (const key of ['title', 'summary', 'content', 'description', 'content:encoded']) {
          const value = entry[key];
          const isHtml = key !== 'title' || (value as Record<string, string> | undefined)?.['@type'] === 'html';
          const text = typeof value === 'object' ? (value as Record<string, string>)['#text'] : value;
          if (isHtml && typeof text === 'string') htmlFields.push(text);
        }
      }
    }
    for (const file of files(outDir, /feed\.json$/)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { items: { content_html?: string }[] };
      for (const item of json.items) if (item.content_html) htmlFields.push(item.content_html);
    }
    expect(htmlFields.some((h) => h.includes('&#60;script&#62;') || h.includes('&lt;script&gt;'))).toBe(true);
    for (const field of htmlFields) {
      const { document } = parseHTML(`<!doctype html><html><body>${field}</body></html>`);
      expect(document.querySelector('script, iframe, object, embed, style'), field.slice(0, 200)).toBeNull();
      for (const element of document.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          expect(name.startsWith('on'), field.slice(0, 200)).toBe(false);
          expect(value).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
        }
      }
    }
  });
});
