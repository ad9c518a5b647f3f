/**
 * A mistake in one article must stop the build with a message an editor can act on
 * (file, field, fix) and must leave the previously built site untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tests/.output/broken');

/**
 * Builds one fixture as the whole archive, with the real sections, authors and images. A
 * fixture is one article file, a folder of articles for mistakes that take two files, or a
 * folder with `articles/` and `live/` for mistakes in a live story's updates.
 */
function buildWith(fixture: string, env: Record<string, string> = {}) {
  const content = path.join(work, fixture, 'content');
  const outDir = path.join(work, fixture, 'dist');
  rmSync(path.join(work, fixture), { recursive: true, force: true });
  for (const folder of ['sections', 'authors', 'images']) {
    cpSync(path.join(root, 'content', folder), path.join(content, folder), { recursive: true });
  }
  const source = path.join(root, 'tests/fixtures/broken', fixture);
  const articles = path.join(content, 'articles');
  mkdirSync(articles, { recursive: true });
  const tree = existsSync(path.join(source, 'articles')) ? content : articles;
  cpSync(source, statSync(source).isDirectory() ? tree : path.join(articles, fixture), { recursive: true });
  // A site from an earlier, good build that the failed build must not touch.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'previous good build');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: path.relative(root, content), OUT_DIR: outDir, NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** One fixture per class of mistake: the file to name, the field to name, what the message says. */
const cases = [
  { fixture: 'missing-title.mdx', file: 'missing-title.mdx', field: 'title', says: /title.*Required|Required.*title/i },
  { fixture: 'bad-date.mdx', file: 'bad-date.mdx', field: 'publishedAt', says: /ISO 8601 date-time with a zone/ },
  {
    fixture: 'unknown-author.mdx',
    file: 'unknown-author.mdx',
    field: 'authors[0]',
    says: /unknown author "nobody-here".*Fix: add content\/authors\/nobody-here\.yaml/,
  },
  { fixture: 'unknown-field.mdx', file: 'unknown-field.mdx', field: 'subtitle', says: /Unrecognized key/ },
  {
    fixture: 'unknown-section.mdx',
    file: 'unknown-section.mdx',
    field: 'section',
    says: /unknown section "sport".*Fix: use one of: world/,
  },
  { fixture: 'unknown-related.mdx', file: 'unknown-related.mdx', field: 'related[0]', says: /unknown article "no-such-story".*Fix:/ },
  {
    fixture: 'unknown-related-in-body.mdx',
    file: 'unknown-related-in-body.mdx',
    field: '<RelatedStory id> on line 10',
    says: /unknown article "no-such-story".*Fix:/,
  },
  {
    fixture: 'related-draft',
    file: 'links-to-a-draft.mdx',
    field: 'related[0]',
    says: /"unfinished-draft" is a draft or scheduled.*Fix: publish it first/,
  },
  {
    fixture: 'duplicate-slug',
    file: '2026/harbour-opens.mdx',
    field: 'file name',
    says: /2025\/harbour-opens\.mdx and .*2026\/harbour-opens\.mdx.*same URL.*Fix: rename one of the files/,
  },
  {
    fixture: 'hero-missing-image.mdx',
    file: 'hero-missing-image.mdx',
    field: 'hero.image',
    says: /"..\/images\/not-there.jpg" does not exist.*Fix:/,
  },
  { fixture: 'hero-without-alt.mdx', file: 'hero-without-alt.mdx', field: 'hero.alt', says: /a hero image needs alt text/ },
  {
    fixture: 'inline-image-without-alt.mdx',
    file: 'inline-image-without-alt.mdx',
    field: 'image on line 10',
    says: /"..\/images\/placeholder-2.jpg" has no alt text.*Fix: describe the image/,
  },
  {
    fixture: 'updated-before-published.mdx',
    file: 'updated-before-published.mdx',
    field: 'updatedAt',
    says: /updatedAt is before publishedAt/,
  },
  {
    fixture: 'esm-in-body.mdx',
    file: 'esm-in-body.mdx:10',
    field: 'body on line 10',
    says: /"import fs from 'node:fs'" is an import\/export statement.*Fix: remove it/,
  },
  {
    fixture: 'expression-in-body.mdx',
    file: 'expression-in-body.mdx:10',
    field: 'body on line 10',
    says: /is a JavaScript expression.*Fix: write \\\{ and \\\} for literal braces/,
  },
  {
    fixture: 'unknown-component.mdx',
    file: 'unknown-component.mdx:10',
    field: '<Chart> on line 10',
    says: /<Chart> is not an article component this site provides.*Fix: use one of: <PullQuote>, <RelatedStory>/,
  },
  {
    fixture: 'script-in-body.mdx',
    file: 'script-in-body.mdx:10',
    field: '<a href> on line 10',
    says: /"javascript:alert\(document.cookie\)" uses the javascript: scheme.*Fix:/,
  },
  { fixture: 'malformed-mdx.mdx', file: 'malformed-mdx.mdx:10', field: 'malformed-mdx.mdx:10', says: /Expected a closing tag for `<b>`/ },
  {
    fixture: 'redirect-to-own-url.mdx',
    file: 'redirect-to-own-url.mdx',
    field: 'redirectFrom[0]',
    says: /is this story's own URL.*Fix: list only URLs the story no longer has/,
  },
  {
    fixture: 'unknown-edition.mdx',
    file: 'unknown-edition.mdx',
    field: 'lang',
    says: /must be one of the site's editions: en, ru/,
  },
  {
    fixture: 'translation-same-edition',
    file: 'harbour-opens-again.mdx',
    field: 'translationOf',
    says: /"harbour-opens" is in the same edition \(en\).*Fix: name the story in another edition/,
  },
  {
    fixture: 'live-update-not-live',
    file: 'live/harbour-opens/20260301-0900-crowds.mdx',
    field: 'folder',
    says: /"harbour-opens" is not a live story.*Fix: add `live: true` to/,
  },
  {
    fixture: 'live-update-with-script',
    file: 'live/harbour-storm-live/20260301-0900-warning.mdx:6',
    field: '<script> on line 6',
    says: /Fix:/,
  },
];

/** What the hostile fixtures (code in an article body) would write if any of it ran. */
const CODE_RAN_MARKER = '/tmp/dateline-article-code-ran';

describe('a build with a broken article', () => {
  for (const { fixture, file, field, says } of cases) {
    it(`${fixture}: fails naming the file and "${field}", and keeps the previous site`, () => {
      rmSync(CODE_RAN_MARKER, { force: true });
      const { status, output, outDir } = buildWith(fixture);
      expect(existsSync(CODE_RAN_MARKER), 'code in an article body ran during the build').toBe(false);
      expect(status).not.toBe(0);
      expect(output).toContain(file);
      expect(output).toContain(field);
      expect(output).toMatch(says);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    });
  }
});

describe('a preview build (PREVIEW=1)', () => {
  it('builds drafts, with a banner across the article and noindex', () => {
    // In preview the draft is visible, so the published story may link it.
    const { status, output, outDir } = buildWith('related-draft', { PREVIEW: '1' });
    expect(status, output).toBe(0);
    const html = readFileSync(path.join(outDir, 'world/2025/01/unfinished-draft/index.html'), 'utf8');
    expect(html).toContain('Draft preview: this article is not published.');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });
});
