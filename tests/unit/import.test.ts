/**
 * The importer as an editor relies on it: the reference story comes out as the site's
 * reference article, every format reads, re-imports update in place, hostile HTML is
 * neutralised. Pure functions over fixture files; the CLI is tested in tests/build/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlToMdx, markdownToMdx } from '../../src/lib/import/body';
import { parseSourceDate } from '../../src/lib/import/dates';
import { parseFeed } from '../../src/lib/import/feed';
import { mergeFrontmatter, splitArticle } from '../../src/lib/import/frontmatter';
import { parseHtmlPage } from '../../src/lib/import/html';
import { parseMarkdownFile } from '../../src/lib/import/markdown';
import { siblingFile } from '../../src/lib/import/local-files';
import { planImport, type ArchiveSnapshot, type Change, type ImportItem, type ImportOptions } from '../../src/lib/import/plan';
import { parsePlainText } from '../../src/lib/import/text';
import { siteConfig } from '../../src/site.config';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/import');
const TZ = siteConfig.editions[0].timeZone;
const REFERENCE = 'articles/2025/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms.mdx';
const BRIEF = 'articles/2025/russian-strike-kills-5-wounds-23-in-ukraines-dnipropetrovsk-region.mdx';
const referenceInput = readFileSync(
  path.join(root, 'tests/fixtures/reference/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms.txt'),
  'utf8',
);

const read = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');

const options: ImportOptions = {
  timeZone: TZ,
  siteName: siteConfig.name,
  defaultSection: siteConfig.import.defaultSection,
  publishers: siteConfig.import.publishers,
  agencies: siteConfig.import.agencies,
  siblingFile,
};

function yamlFolder(folder: string) {
  return readdirSync(path.join(root, 'content', folder)).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    name: (parse(readFileSync(path.join(root, 'content', folder, file), 'utf8')) as { name: string }).name,
  }));
}

/** The site's own content, as the CLI would read it. */
function siteArchive(): ArchiveSnapshot {
  const articles = readdirSync(path.join(root, 'content/articles'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: `articles/${f}`, text: readFileSync(path.join(root, 'content/articles', f), 'utf8') }));
  return { articles, authors: yamlFolder('authors'), sections: yamlFolder('sections') };
}

const emptyArchive = (): ArchiveSnapshot => ({ articles: [], authors: [], sections: yamlFolder('sections') });

const item = (
  label: string,
  story: ImportItem extends infer T ? (T extends { ok: true; story: infer S } ? S : never) : never,
): ImportItem => ({
  ok: true,
  label,
  story,
  dir: fixtures,
});

function parsedArticle(text: string) {
  const file = splitArticle(text);
  return { data: parse(file?.frontmatter ?? '') as Record<string, unknown>, body: file?.body.trim() };
}

const written = (changes: Change[], file: string) => {
  const change = changes.find((c) => (c.kind === 'create' || c.kind === 'update') && c.file === file);
  if (!change || (change.kind !== 'create' && change.kind !== 'update')) throw new Error(`no write to ${file}`);
  return change;
};

describe('the reference story (plain text from ../shared/sample-articles/)', () => {
  const reference = parsedArticle(readFileSync(path.join(root, 'content', REFERENCE), 'utf8'));

  it('imports into an empty archive as the reference article, less what only editors add', () => {
    const changes = planImport([item('reference.txt', parsePlainText(referenceInput, TZ))], emptyArchive(), options);
    const article = parsedArticle(written(changes, REFERENCE).text);
    // Tags, the placeholder photo (with its alt text) and "the time is not known" are the editors' additions.
    const { tags, hero, publishedTimeKnown, ...carried } = reference.data as {
      tags: unknown;
      hero: Record<string, unknown>;
      publishedTimeKnown: unknown;
    };
    expect(tags).toBeDefined();
    expect(publishedTimeKnown).toBe(false);
    const { image, alt, ...heroCarried } = hero;
    expect([image, alt].every(Boolean)).toBe(true);
    expect(article.data).toEqual({ ...carried, hero: heroCarried });
    expect(article.body).toBe(reference.body);
    expect(article.body).toContain('($172 billion)');
    expect(article.body).toContain('“absolutely contradictory,”');
  });

  it('files the related story as a headline-only brief and AFP as an agency', () => {
    const changes = planImport([item('reference.txt', parsePlainText(referenceInput, TZ))], emptyArchive(), options);
    const brief = parsedArticle(written(changes, BRIEF).text);
    const siteBrief = parsedArticle(readFileSync(path.join(root, 'content', BRIEF), 'utf8'));
    // Fields an editor adds to what the importer wrote: tags, and the brief flag.
    const { tags, brief: isBrief, ...carried } = siteBrief.data;
    expect(tags).toBeDefined();
    expect(isBrief).toBe(true);
    expect(brief.data).toEqual(carried);
    expect(brief.body).toMatch(/^This is a headline-only brief\. The Moscow Times linked this story/);
    expect(parse(written(changes, 'authors/afp.yaml').text)).toMatchObject({ name: 'AFP', kind: 'agency' });
  });

  it('imports into the site as a no-op: the article is already exactly what the source gives', () => {
    const changes = planImport([item('reference.txt', parsePlainText(referenceInput, TZ))], siteArchive(), options);
    expect(changes).toEqual([{ kind: 'skip', label: 'reference.txt', file: REFERENCE, reason: 'unchanged since the last import' }]);
  });

  it('updates in place when the source changes, keeping the editors’ fields and comments', () => {
    const corrected = referenceInput.replace('Nowhere Close on Peace Terms', 'Still Nowhere Close on Peace Terms');
    const changes = planImport([item('reference.txt', parsePlainText(corrected, TZ))], siteArchive(), options);
    expect(changes.map((c) => c.kind)).toEqual(['update']);
    const update = written(changes, REFERENCE);
    const article = parsedArticle(update.text);
    expect(article.data['title']).toBe('Putin Says Russia and Ukraine Still Nowhere Close on Peace Terms');
    expect(article.data['tags']).toEqual(['Russia', 'Ukraine', 'Peace talks']);
    expect(article.data['hero']).toMatchObject({ image: '../../images/putin-placeholder.jpg', caption: 'Vladimir Putin.' });
    expect(update.text).toContain('# The source gives a date without a time');
  });
});

describe('each format', () => {
  it('Markdown with frontmatter: fields, local images copied next to the article, remote ones recorded', () => {
    const story = parseMarkdownFile(read('ferry-terminal.md'), TZ);
    const changes = planImport([item('ferry-terminal.md', story)], siteArchive(), options);
    const file = 'articles/2025/harbour-board-approves-the-new-ferry-terminal.mdx';
    const change = written(changes, file);
    const { data, body } = parsedArticle(change.text);
    expect(data).toMatchObject({
      title: 'Harbour board approves the new ferry terminal',
      dek: 'The terminal will open in May with two berths.',
      publishedAt: '2025-03-14T09:30:00+00:00',
      authors: ['maya-okafor'],
      tags: ['Transport', 'Housing'],
      hero: {
        image: './harbour-board-approves-the-new-ferry-terminal-harbour.jpg',
        alt: 'Ferry at the new terminal at dusk',
        credit: 'Jane Doe / Partner',
      },
      source: { url: 'https://partner.example/news/ferry-terminal' },
      related: ['kessel-islands-get-a-year-round-ferry-link'],
      remoteImages: [{ url: 'https://partner.example/img/aerial.jpg', alt: 'Aerial view of the harbour' }],
    });
    expect(change.copies).toEqual([
      { from: path.join(fixtures, 'harbour.jpg'), to: 'articles/2025/harbour-board-approves-the-new-ferry-terminal-harbour.jpg' },
    ]);
    expect(body).toContain('![A ferry leaving the old quay](./harbour-board-approves-the-new-ferry-terminal-harbour.jpg)');
    expect(body).toContain('costs \\{about\\} $40m');
    expect(body).not.toMatch(/script|aerial\.jpg/);
  });

  it('an HTML page: metadata from Open Graph and article tags, body without the page chrome', () => {
    const story = parseHtmlPage(read('council-page.html'), TZ);
    expect(story).toMatchObject({
      title: 'Council restores library hours',
      dek: 'Branch libraries reopen on Saturdays.',
      publishedAt: '2025-10-29T19:45:00+00:00',
      authors: [{ name: 'Daniel Reyes' }],
      section: 'Politics',
      tags: ['Education'],
      sourceName: 'Partner News',
      url: 'https://partner.example/news/library-hours',
      hero: { src: 'https://partner.example/img/library.jpg' },
    });
    expect(story.markdown).toBe(
      'Eastbridge council on Wednesday approved its budget by *21 votes to 14*.\n\n“This budget puts that back,” said Councillor Ruth Abara.\n\n## What changes\n\n-   Saturday opening\n-   Higher parking charges',
    );
    const changes = planImport([item('council-page.html', story)], siteArchive(), options);
    expect(parsedArticle(written(changes, 'articles/2025/council-restores-library-hours.mdx').text).data).toMatchObject({
      section: 'politics',
      hero: { remote: 'https://partner.example/img/library.jpg' },
    });
  });

  it('an RSS 2.0 feed: one story per item, and a bad item does not stop the good ones', () => {
    const results = parseFeed(read('wire.rss'), 'wire.rss', TZ);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ label: 'wire.rss item 2', reason: expect.stringMatching(/has no link/) });
    const [first, , third] = results.map((r) => (r.ok ? r.story : undefined));
    expect(first).toMatchObject({
      title: 'Night trains return to Valmora',
      dek: 'Sleeper services resume after five years.',
      publishedAt: '2025-06-02T07:15:00+01:00',
      authors: [{ name: 'AFP' }],
      sourceName: 'Partner Wire',
      tags: ['Transport'],
      hero: { src: 'https://wire.example/img/train.jpg', alt: 'A sleeper train at dawn' },
      markdown: 'Sleeper trains returned to Valmora on Monday.\n\n“We missed them,” said a passenger.',
    });
    expect(third).toMatchObject({
      authors: [{ name: 'Priya Raman' }],
      publishedAt: '2025-06-03T09:00:00+01:00',
      markdown: 'Clinics will open **until 8pm**.',
    });
    const changes = planImport(
      results.map((r) => ({ ...r, dir: fixtures })),
      siteArchive(),
      options,
    );
    expect(changes.map((c) => c.kind)).toEqual(['create', 'fail', 'create']);
  });

  it('an Atom feed: entries with HTML content, entity-encoded titles and unreadable dates refused', () => {
    const results = parseFeed(read('science.atom'), 'science.atom', TZ);
    expect(results[0]).toMatchObject({
      ok: true,
      story: {
        title: 'Comet seen from Harlow & beyond',
        publishedAt: '2025-08-01T21:30:00+01:00',
        updatedAt: '2025-08-02T08:00:00+01:00',
        authors: [{ name: 'Hana Sato' }],
        url: 'https://science.example/comet',
        tags: ['Research'],
        markdown: 'Astronomers at the Harlow observatory tracked the comet.',
      },
    });
    expect(results[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/unreadable date "sometime soon"/) });
  });
});

describe('the sanitiser', () => {
  it('lets no script, style, frame, event handler or javascript: URL through a hostile page', () => {
    const story = parseHtmlPage(read('hostile.html'), TZ);
    const changes = planImport([item('hostile.html', story)], siteArchive(), options);
    const { text } = written(changes, 'articles/2025/a-page-that-tries-everything.mdx');
    for (const banned of [
      /<script/i,
      /alert\('/,
      /<style/i,
      /<iframe/i,
      /iframe text/,
      /<object|<embed|<svg|<form|<input/i,
      /\son\w+=/i,
      /javascript:/i,
      /vbscript:/i,
      /data:/i,
      /steal/,
      /noscript text/,
      /template text/,
    ]) {
      expect(text).not.toMatch(banned);
    }
    expect(text).toContain('[a good one](https://ok.example/)');
    // Text that looks like MDX code stays text: escaped, never run.
    expect(text).toContain('Curly braces \\{alert(1)\\} and a fake component \\<Evil /\\> stay text.');
    expect(parsedArticle(text).data['remoteImages']).toEqual([{ url: 'https://evil.example/pixel.gif' }]);
  });

  it('escapes MDX in Markdown sources and keeps typography as written', () => {
    expect(markdownToMdx('Costs \\$5 — “quoted”... <Widget /> {x}').markdown).toBe('Costs $5 — “quoted”... \\{x\\}');
    expect(htmlToMdx('<p>a <b onclick="x()">b</b></p><p>Related article: <a href="https://x.example/s">A story</a></p>')).toEqual({
      markdown: 'a **b**\n\n<RelatedStory id="dateline-related:0" />',
      images: [],
      related: [{ title: 'A story', url: 'https://x.example/s' }],
    });
  });
});

describe('identity and slugs', () => {
  it('the same story through another URL spelling updates, never duplicates', () => {
    const first = parseFeed(read('wire.rss'), 'wire.rss', TZ)[0]!;
    const created = written(
      planImport([{ ...first, dir: fixtures }], siteArchive(), options),
      'articles/2025/night-trains-return-to-valmora.mdx',
    );
    const archive = siteArchive();
    archive.articles.push({ file: created.file, text: created.text });
    const again = parseFeed(read('wire.rss').replace('?utm_source=rss', '#top'), 'wire.rss', TZ)[0]!;
    expect(planImport([{ ...again, dir: fixtures }], archive, options)).toMatchObject([{ kind: 'skip', file: created.file }]);
  });

  it('a new story whose headline slug is taken gets a numbered slug and says why', () => {
    const story = parseMarkdownFile(
      read('ferry-terminal.md').replace('Harbour board approves the new ferry terminal', 'Eastbridge mayor elected'),
      TZ,
    );
    const [change] = planImport([item('ferry-terminal.md', story)], siteArchive(), options);
    expect(change).toMatchObject({
      kind: 'create',
      file: 'articles/2025/eastbridge-mayor-elected-2.mdx',
      notes: expect.arrayContaining([
        expect.stringMatching(
          /slug "eastbridge-mayor-elected" is taken by articles\/2026\/eastbridge-mayor-elected\.mdx: filed as "eastbridge-mayor-elected-2"/,
        ),
      ]),
    });
  });

  it('a local image without alt text refuses the story with the reason', () => {
    const story = parseMarkdownFile(read('ferry-terminal.md').replace('![A ferry leaving the old quay]', '![]'), TZ);
    expect(planImport([item('ferry-terminal.md', story)], siteArchive(), options)).toEqual([
      {
        kind: 'fail',
        label: 'ferry-terminal.md',
        reason: 'image "harbour.jpg" has no alt text: describe it in the source, then import again',
      },
    ]);
  });
});

describe('dates and frontmatter', () => {
  it('reads the date forms sources use, a bare date at noon in the site zone', () => {
    expect(parseSourceDate('June 27, 2025', TZ)).toBe('2025-06-27T12:00:00+01:00');
    expect(parseSourceDate('27 January 2025', TZ)).toBe('2025-01-27T12:00:00+00:00');
    expect(parseSourceDate('2025-06-27T09:30', TZ)).toBe('2025-06-27T09:30:00+01:00');
    expect(parseSourceDate('Fri, 27 Jun 2025 09:00:00 GMT', TZ)).toBe('2025-06-27T10:00:00+01:00');
    expect(parseSourceDate('next Tuesday', TZ)).toBeUndefined();
  });

  it('merging leaves unchanged fields byte for byte', () => {
    const text = '# kept\ntitle: "A"\ntags: [x]\n';
    expect(mergeFrontmatter(text, { title: 'A', publishedAt: '', authors: [] }, [['title']])).toBe(text);
    expect(mergeFrontmatter(text, { title: 'B', publishedAt: '', authors: [] }, [['title']])).toBe('# kept\ntitle: "B"\ntags: [x]\n');
  });
});
