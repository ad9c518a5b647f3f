/**
 * A mistake in one article must stop the build with a message an editor can act on
 * (file, field, fix) and must leave the previously built site untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tests/.output/broken');

function buildWith(fixture: string) {
  const content = path.join(work, fixture, 'content');
  const outDir = path.join(work, fixture, 'dist');
  rmSync(path.join(work, fixture), { recursive: true, force: true });
  // Real sections and authors, and the one broken article as the whole archive.
  cpSync(path.join(root, 'content/sections'), path.join(content, 'sections'), { recursive: true });
  cpSync(path.join(root, 'content/authors'), path.join(content, 'authors'), { recursive: true });
  mkdirSync(path.join(content, 'articles'), { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/broken', fixture), path.join(content, 'articles', fixture));
  // A site from an earlier, good build that the failed build must not touch.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'previous good build');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: path.relative(root, content), OUT_DIR: outDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

const cases = [
  { fixture: 'missing-title.mdx', field: 'title', says: /title.*Required|Required.*title/i },
  { fixture: 'bad-date.mdx', field: 'publishedAt', says: /ISO 8601 date-time with a zone/ },
  {
    fixture: 'unknown-author.mdx',
    field: 'authors[0]',
    says: /unknown author "nobody-here".*Fix: add content\/authors\/nobody-here\.yaml/,
  },
  { fixture: 'unknown-field.mdx', field: 'subtitle', says: /Unrecognized key/ },
  {
    fixture: 'redirect-to-own-url.mdx',
    field: 'redirectFrom[0]',
    says: /is this story's own URL.*Fix: list only URLs the story no longer has/,
  },
];

describe('a build with a broken article', () => {
  for (const { fixture, field, says } of cases) {
    it(`${fixture}: fails naming the file and the field "${field}", and keeps the previous site`, () => {
      const { status, output, outDir } = buildWith(fixture);
      expect(status).not.toBe(0);
      expect(output).toContain(fixture);
      expect(output).toContain(field);
      expect(output).toMatch(says);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    });
  }
});
