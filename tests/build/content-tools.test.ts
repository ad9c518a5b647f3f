/**
 * The editors' command-line tools as run from a shell: `npm run import`, `npm run new` and
 * `npm run corpus`, each against a scratch copy of the content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tests/.output/tools');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchContent(name: string): string {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its size and modification time: "nothing written" is checkable. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => `${f} ${statSync(path.join(dir, f)).size} ${statSync(path.join(dir, f)).mtimeMs}`)
    .sort();
}

const inputs = ['tests/fixtures/import', 'tests/fixtures/reference'];

describe('npm run import', () => {
  it('--dry-run prints the plan and writes nothing', () => {
    const content = scratchContent('dry-run');
    const before = listing(content);
    const { status, stdout } = run('import', [...inputs, '--out', content, '--dry-run']);
    expect(stdout).toContain('would create  articles/2025/night-trains-return-to-valmora.mdx');
    expect(stdout).toContain('skipped  articles/2025/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms.mdx: unchanged');
    expect(stdout).toMatch(/\(dry run: nothing was written\)/);
    expect(status).toBe(1);
    expect(listing(content)).toEqual(before);
  });

  it('writes articles, authors and images, names each failed input, exits 1, and a second run changes nothing', () => {
    const content = scratchContent('import');
    const first = run('import', [...inputs, '--out', content]);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('FAILED  tests/fixtures/import/wire.rss item 2: "A wire item without a link" has no link');
    expect(first.stderr).toContain(
      'FAILED  tests/fixtures/import/science.atom item 2: "An entry with an unreadable date" has an unreadable date',
    );
    expect(first.stdout).toMatch(/8 created, 0 updated, 1 skipped, 2 failed/);
    const article = readFileSync(path.join(content, 'articles/2025/harbour-board-approves-the-new-ferry-terminal.mdx'), 'utf8');
    expect(article).toContain('image: ./harbour-board-approves-the-new-ferry-terminal-harbour.jpg');
    expect(statSync(path.join(content, 'articles/2025/harbour-board-approves-the-new-ferry-terminal-harbour.jpg')).size).toBeGreaterThan(0);
    expect(readFileSync(path.join(content, 'authors/reuters.yaml'), 'utf8')).toContain('kind: agency');

    const written = listing(content);
    const second = run('import', [...inputs, '--out', content]);
    expect(second.stdout).toMatch(/0 created, 0 updated, 7 skipped, 2 failed/);
    expect(listing(content)).toEqual(written);
  });

  it('--lang files the stories in that edition, dated in its zone, and refuses an edition the site lacks', () => {
    const content = scratchContent('import-ru');
    const { status } = run('import', ['tests/fixtures/import/ferry-terminal.md', '--lang', 'ru', '--out', content]);
    expect(status).toBe(0);
    const article = readFileSync(path.join(content, 'articles/2025/harbour-board-approves-the-new-ferry-terminal.mdx'), 'utf8');
    expect(article).toMatch(/^section: [a-z]+\nlang: ru$/m);
    const unknown = run('import', ['tests/fixtures/import/ferry-terminal.md', '--lang', 'xx', '--out', content, '--dry-run']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--lang "xx" is not an edition; use one of: en, ru');
  });

  it('gives up on an input that takes too long, says so, and goes on with the next', () => {
    const { status, stderr, stdout } = run('import', ['tests/fixtures/import/wire.rss', 'tests/fixtures/reference', '--dry-run'], {
      IMPORT_PARSE_MS: '1',
    });
    expect(stderr).toContain('FAILED  tests/fixtures/import/wire.rss: gave up after 0.001 s');
    expect(stdout + stderr).toContain('tests/fixtures/reference/');
    expect(status).toBe(1);
  });

  it('refuses an unknown --section before reading anything', () => {
    const { status, stderr } = run('import', ['tests/fixtures/reference', '--section', 'sport', '--dry-run']);
    expect(status).toBe(2);
    expect(stderr).toContain('--section "sport" is not a section; use one of: business, culture, politics, science, world');
  });
});

describe('npm run new', () => {
  it('scaffolds a draft with every field, dated now in the site zone, and prints its preview URL', () => {
    const content = scratchContent('new');
    const { status, stdout } = run('new', [
      'Harbour board approves ferry terminal',
      '--section',
      'politics',
      '--author',
      'maya-okafor',
      '--out',
      content,
    ]);
    expect(status).toBe(0);
    const [, file] = /created {2}(\S+)/.exec(stdout)!;
    const text = readFileSync(path.resolve(root, file!), 'utf8');
    for (const field of [
      'title:',
      'dek:',
      'publishedAt:',
      'updatedAt:',
      'authors: [maya-okafor]',
      'section: politics',
      'tags:',
      'hero:',
      'alt:',
      'source:',
      'related:',
      'draft: true',
    ]) {
      expect(text).toContain(field);
    }
    const publishedAt = /publishedAt: "([^"]+)"/.exec(text)![1]!;
    expect(Math.abs(new Date(publishedAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect(stdout).toMatch(
      new RegExp(
        `preview {2}http://localhost:4321/politics/${publishedAt.slice(0, 4)}/${publishedAt.slice(5, 7)}/harbour-board-approves-ferry-terminal/`,
      ),
    );
  });

  it('--lang ru: a Russian story, its slug transliterated from the Cyrillic headline, dated in Moscow, previewed under /ru/', () => {
    const content = scratchContent('new-ru');
    const { status, stdout } = run('new', [
      'Совет Истбриджа одобрил новый паром',
      '--section',
      'politics',
      '--lang',
      'ru',
      '--out',
      content,
    ]);
    expect(status).toBe(0);
    const [, file] = /created {2}(\S+)/.exec(stdout)!;
    expect(path.basename(file!)).toBe('sovet-istbridzha-odobril-noviy-parom.mdx');
    const text = readFileSync(path.resolve(root, file!), 'utf8');
    expect(text).toContain('lang: ru');
    expect(text).toMatch(/publishedAt: "[^"]+\+03:00"/);
    expect(stdout).toMatch(/preview {2}http:\/\/localhost:4321\/ru\/politics\/\d{4}\/\d{2}\/sovet-istbridzha-odobril-noviy-parom\//);
    const unknown = run('new', ['Headline', '--lang', 'xx', '--out', content]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--lang "xx" is not an edition; use one of: en, ru');
  });
});

describe('npm run new -- --live-update', () => {
  it('scaffolds a draft update in the live story’s folder, named by the time, and prints its permalink', () => {
    const content = scratchContent('live-update');
    const { status, stdout } = run('new', [
      '--live-update',
      'kessel-islands-storm-live',
      'Wind drops',
      '--author',
      'hana-sato',
      '--out',
      content,
    ]);
    expect(status).toBe(0);
    const [, file] = /created {2}(\S+)/.exec(stdout)!;
    expect(path.relative(content, path.resolve(root, file!))).toMatch(/^live\/kessel-islands-storm-live\/\d{8}-\d{4}-wind-drops\.mdx$/);
    const text = readFileSync(path.resolve(root, file!), 'utf8');
    for (const field of ['publishedAt:', 'title: "Wind drops"', 'key: true', 'authors: [hana-sato]', 'photo:', 'draft: true'])
      expect(text).toContain(field);
    const publishedAt = /publishedAt: "([^"]+)"/.exec(text)![1]!;
    expect(Math.abs(new Date(publishedAt).getTime() - Date.now())).toBeLessThan(60_000);
    const id = path.basename(file!, '.mdx');
    expect(stdout).toContain(`preview  http://localhost:4321/world/2026/11/kessel-islands-storm-live/#update-${id}`);
  });

  it('refuses a story that is not live, or not there, naming the fix', () => {
    const content = scratchContent('live-update-refused');
    const notLive = run('new', ['--live-update', 'harlow-observatory-comet', '--out', content]);
    expect(notLive.status).toBe(2);
    expect(notLive.stderr).toContain('is not a live story; add `live: true`');
    const missing = run('new', ['--live-update', 'no-such-story', '--out', content]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no article');
  });
});

describe('npm run corpus', () => {
  it('is deterministic for a seed and writes sections, authors, images and articles', () => {
    const out = (name: string) => path.join(work, name);
    run('corpus', ['--count', '30', '--out', out('corpus-a'), '--seed', '5']);
    run('corpus', ['--count', '30', '--out', out('corpus-b'), '--seed', '5']);
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(out('corpus-a'))).toEqual(files(out('corpus-b')));
    for (const file of files(out('corpus-a')).filter((f) => f.endsWith('.mdx'))) {
      expect(readFileSync(path.join(out('corpus-b'), file), 'utf8')).toBe(readFileSync(path.join(out('corpus-a'), file), 'utf8'));
    }
    expect(files(out('corpus-a')).filter((f) => f.endsWith('.mdx'))).toHaveLength(30);
    expect(readdirSync(path.join(out('corpus-a'), 'sections'))).toHaveLength(5);
  });
});
