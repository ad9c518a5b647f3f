/**
 * Incremental builds: after every kind of change a newsroom makes, the site an incremental
 * `npm run build` leaves in dist/ is byte-identical to a clean build of the same tree (its
 * own empty caches). Also: a failed build keeps the previous site and the next one recovers;
 * a build killed at any moment leaves everything usable; two builds at once do not collide.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'tests/.output/incremental');
const content = path.join(work, 'content');
const incremental = path.join(work, 'dist');
const clean = path.join(work, 'clean');
const articles = path.join(content, 'articles');
/** The build's clock: fixed, so the news sitemap and scheduled stories are the same in both builds. */
let now = '2026-11-20T12:00:00Z';

/** Every incremental build of this suite shares one cache, as a newsroom's checkout does. */
const cache = path.join(work, 'cache');
const baseEnv = () => ({ ...process.env, CONTENT_DIR: path.relative(root, content), DATELINE_NOW: now, CACHE_DIR: cache, NO_COLOR: '1' });

function build(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...baseEnv(), OUT_DIR: incremental, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A clean build: no dist/, no content store, no page cache. The first one starts with nothing
 * at all; later ones keep only the photo renditions the clean builds themselves made (Astro
 * names each by its source and settings, and every kind of build shares them the same way):
 * encoding the AVIFs again in every step was a large part of this suite's time.
 */
function cleanBuild() {
  const cacheDir = path.join(work, 'clean-cache');
  if (existsSync(cacheDir))
    for (const name of readdirSync(cacheDir)) if (name !== 'assets') rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  rmSync(clean, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...baseEnv(), OUT_DIR: clean, CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

/**
 * The stories the steps below touch or look at, in both editions, every year and in sections
 * that have older stories (so a new one changes their previous/next links). With what they name
 * (related stories, "Related article" lines, translations) they are this suite's archive: the
 * rest of the sample archive only made each of its forty builds slower.
 */
const STORIES = [
  'putin-says-russia-and-ukraine-nowhere-close-on-peace-terms',
  'kessel-islands-storm-live',
  'eastbridge-election-night-live',
  'kessel-islands-solar-microgrids',
  'harlow-observatory-comet',
  'eastbridge-youth-choir-national-title',
  'eastbridge-mayor-elected',
  'mezhdu-kesselskimi-ostrovami-zapustili-elektroparom',
  'v-istbridzhe-pustuyushchie-ofisy-peredelayut-v-kvartiry',
];

/** Deletes every article of the copied archive but `ids` and the stories they name, transitively. */
function keepOnly(ids: string[]) {
  const files = new Map(
    readdirSync(articles, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => [path.basename(f, '.mdx'), path.join(articles, f)]),
  );
  const kept = new Set<string>();
  const queue = [...ids];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (kept.has(id)) continue;
    kept.add(id);
    const text = readFileSync(files.get(id)!, 'utf8');
    const named = [
      ...(/^related: \[(.*)\]$/m.exec(text)?.[1]?.split(',') ?? []),
      ...[...text.matchAll(/<RelatedStory id="([^"]+)"/g)].map((m) => m[1]!),
      /^translationOf: (.+)$/m.exec(text)?.[1] ?? '',
    ];
    queue.push(...named.map((name) => name.trim()).filter(Boolean));
  }
  for (const [id, file] of files) if (!kept.has(id)) rmSync(file);
}

/** The incremental build equals a clean build: same files, same bytes. */
function expectSameAsClean() {
  cleanBuild();
  const [ours, theirs] = [tree(incremental), tree(clean)];
  expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
  const different = [...ours].filter(([file, hash]) => theirs.get(file) !== hash).map(([file]) => file);
  expect(different, 'files that differ from a clean build').toEqual([]);
}

function renderedPages(output: string): number {
  return output.split('\n').filter((line) => /├─ .*\(\+\d/.test(line) && !line.includes('(restored)')).length;
}

const article = (slug: string) =>
  readdirSync(articles, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(articles, f))
    .find((f) => f.endsWith(`/${slug}.mdx`))!;
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const readDist = (page: string) => readFileSync(path.join(incremental, page, 'index.html'), 'utf8');

/**
 * Each step changes the tree as an editor would, builds incrementally, and compares. Every build
 * but the second of the suite starts from the site it replaced last time, brought up to date with
 * the one served (scripts/staging.mjs), not from an empty folder.
 */
function step(name: string, change: () => void, check?: (output: string) => void, { overPrevious = true } = {}) {
  it(
    name,
    () => {
      change();
      const { status, output } = build();
      expect(status, output).toBe(0);
      if (overPrevious) expect(output).toMatch(/Building over the site now served \(\d+ files brought up to date, \d+ removed\)/);
      check?.(output);
      expectSameAsClean();
    },
    300_000,
  );
}

describe('an incremental build equals a clean build', () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(path.join(root, 'content'), content, { recursive: true });
    keepOnly(STORIES);
    const first = build();
    expect(first.status, first.output).toBe(0);
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  step(
    'with nothing changed, nothing is rendered but the pages every build writes',
    () => {},
    (output) => {
      // About a dozen per edition: the one-of-a-kind pages and files with no key of their own.
      expect(renderedPages(output)).toBeLessThan(30);
      expect(output).toContain('0 files added, 0 changed, 0 removed');
      // No part of the search index is indexed again: each is taken from the cache.
      expect(output).toMatch(
        /in parts 2026-11 \d+ \(unchanged\), 2026 \d+ \(unchanged\), 2025 \d+ \(unchanged\), ru-2026-11 \d+ \(unchanged\), ru-2026 \d+ \(unchanged\)\n/,
      );
      // The site it replaced is not left beside dist/ (the next build starts from it: scripts/staging.mjs).
      expect(existsSync(`${incremental}.previous`)).toBe(false);
    },
    // The first build had no site to replace, so there is none to start from yet.
    { overPrevious: false },
  );

  step(
    'a story is added',
    () => {
      writeFileSync(
        path.join(articles, '2026/tidal-barrage-consultation.mdx'),
        `---\ntitle: 'Tidal barrage consultation opens'\npublishedAt: '2026-11-19T08:00:00+00:00'\nauthors: [maya-okafor]\nsection: science\ntags: [Energy, Tides]\n---\n\nThe consultation runs for six weeks.\n`,
      );
    },
    (output) => {
      expect(readDist('science/2026/11/tidal-barrage-consultation')).toContain('Tidal barrage consultation opens');
      expect(JSON.parse(readFileSync(`${incremental}.changes.json`, 'utf8')).added).toContain(
        'science/2026/11/tidal-barrage-consultation/index.html',
      );
      // Pagefind names its index files by content, so a new story replaces some of them…
      expect(output).toMatch(/\d+ files added, \d+ changed, \d+ removed/);
      // …in its month's part only. The new story is now in the related stories of older stories of
      // the year, whose pages changed; Pagefind reads none of that block, so the rest of 2026 comes
      // from the cache (src/lib/search-region.ts), as do 2025 and the Russian edition's parts.
      const { changed } = JSON.parse(readFileSync(`${incremental}.changes.json`, 'utf8')) as { changed: string[] };
      expect(changed.filter((file) => /^[a-z-]+\/2026\/(0\d|10)\/[^/]+\/index\.html$/.test(file))).not.toEqual([]);
      expect(output).toMatch(
        /in parts 2026-11 \d+, 2026 \d+ \(unchanged\), 2025 \d+ \(unchanged\), ru-2026-11 \d+ \(unchanged\), ru-2026 \d+ \(unchanged\)\n/,
      );
    },
  );

  step('a body is edited', () => edit(article('tidal-barrage-consultation'), (t) => t.replace('six weeks', 'eight weeks')));

  step('a headline is edited', () => edit(article('tidal-barrage-consultation'), (t) => t.replace('opens', 'opens on the estuary')));

  step('a story moves to another section, its old URL redirected', () =>
    edit(article('tidal-barrage-consultation'), (t) =>
      t.replace('section: science', "section: business\nredirectFrom: ['/science/2026/11/tidal-barrage-consultation/']"),
    ),
  );

  step('a tag is added', () =>
    edit(article('tidal-barrage-consultation'), (t) => t.replace('[Energy, Tides]', '[Energy, Tides, Estuaries]')),
  );

  step(
    'a story in another edition is linked as its translation: both pages name each other',
    () =>
      edit(article('mezhdu-kesselskimi-ostrovami-zapustili-elektroparom'), (t) =>
        t.replace('lang: ru', 'lang: ru\ntranslationOf: kessel-islands-solar-microgrids'),
      ),
    () => {
      expect(readDist('world/2026/04/kessel-islands-solar-microgrids')).toContain(
        'hreflang="ru-RU" href="https://dateline.example/ru/world/2026/09/mezhdu-kesselskimi-ostrovami-zapustili-elektroparom/"',
      );
    },
  );

  step('an author is renamed', () =>
    edit(path.join(content, 'authors/maya-okafor.yaml'), (t) => t.replace(/^name: .*$/m, 'name: Maya Okafor-Lind')),
  );

  step('a draft is published', () => {
    writeFileSync(
      path.join(articles, '2026/ferry-timetable-draft.mdx'),
      `---\ntitle: 'Winter ferry timetable'\npublishedAt: '2026-11-18T10:00:00+00:00'\nauthors: [daniel-reyes]\nsection: world\ndraft: true\n---\n\nFewer sailings from December.\n`,
    );
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(existsSync(path.join(incremental, 'world/2026/11/ferry-timetable-draft'))).toBe(false);
    edit(article('ferry-timetable-draft'), (t) => t.replace('draft: true', 'draft: false'));
  });

  step(
    'a live update is published: the live page, its live.json and feeds change, not the archive',
    () => {
      writeFileSync(
        path.join(content, 'live/eastbridge-election-night-live/20260703-0130-turnout.mdx'),
        `---\npublishedAt: '2026-07-03T01:30:00+01:00'\ntitle: 'Turnout was 41 percent'\n---\n\nUp from 29 percent last time.\n`,
      );
    },
    (output) => {
      const page = 'politics/2026/07/eastbridge-election-night-live';
      expect(readDist(page)).toContain('id="update-20260703-0130-turnout"');
      expect(JSON.parse(readFileSync(path.join(incremental, page, 'live.json'), 'utf8')).updates[0]).toBe('20260703-0130-turnout');
      const { changed } = JSON.parse(readFileSync(`${incremental}.changes.json`, 'utf8')) as { changed: string[] };
      expect(changed).toContain(`${page}/index.html`);
      // Lists that show the story's card are not rendered again: cards do not show updates.
      expect(changed.filter((file) => /^(politics\/(\d+\/)?|tags\/.*|authors\/.*)index\.html$/.test(file))).toEqual([]);
      expect(renderedPages(output)).toBeLessThan(40);
      // The pages left in place are counted in one line, not listed (patches/astro+7.3.5.patch).
      expect(output).toMatch(/\[build\] \d{3,} page\(s\) unchanged since the last build, kept as they were\./);
      expect(output).not.toContain('(cached)');
    },
  );

  step(
    'a scheduled story becomes due as the clock passes, and the breaking-news banner expires',
    () => {
      writeFileSync(
        path.join(articles, '2026/embargoed-budget.mdx'),
        `---\ntitle: 'Budget figures released'\npublishedAt: '2026-11-20T18:00:00+00:00'\nauthors: [priya-raman]\nsection: business\n---\n\nThe embargo lifts at six.\n`,
      );
      edit(path.join(content, 'banner.yaml'), (t) => t.replace(/^expiresAt: .*$/m, 'expiresAt: "2026-11-20T18:15:00+00:00"'));
      const { status, output } = build();
      expect(status, output).toBe(0);
      expect(existsSync(path.join(incremental, 'business/2026/11/embargoed-budget'))).toBe(false);
      expect(JSON.parse(readFileSync(path.join(incremental, 'banner.json'), 'utf8')).banner.expiresAt).toBe('2026-11-20T18:15:00.000Z');
      expect(readDist('.')).toContain('Storm Edda: ferries cancelled');
      now = '2026-11-20T18:30:00Z';
    },
    () => {
      expect(JSON.parse(readFileSync(path.join(incremental, 'banner.json'), 'utf8'))).toEqual({ banner: null });
      expect(readDist('.')).not.toContain('Storm Edda: ferries cancelled');
    },
  );

  step(
    'a story is deleted',
    () => rmSync(article('embargoed-budget')),
    () => {
      expect(JSON.parse(readFileSync(`${incremental}.changes.json`, 'utf8')).removed).toContain(
        'business/2026/11/embargoed-budget/index.html',
      );
    },
  );

  describe('changes to code', () => {
    const files: [string, string][] = [];
    const patch = (file: string, change: (text: string) => string) => {
      const full = path.join(root, file);
      files.push([full, readFileSync(full, 'utf8')]);
      edit(full, change);
    };
    afterAll(() => {
      for (const [file, text] of files) writeFileSync(file, text);
    });

    step(
      'the site config changes',
      () => patch('src/site.config.ts', (t) => t.replace("name: 'Dateline',", "name: 'Dateline Daily',")),
      () => {
        expect(readDist('world')).toContain('<title>World | Dateline Daily</title>');
      },
    );

    step(
      'a template changes',
      () => patch('src/components/SiteFooter.astro', (t) => t.replace('</footer>', '<p>Printed on recycled electrons.</p></footer>')),
      () => {
        expect(readDist('world')).toContain('Printed on recycled electrons.');
      },
    );
  });

  it('a failed build leaves the previous site served, and the next build recovers', () => {
    const before = tree(incremental);
    const broken = path.join(articles, '2026/broken.mdx');
    writeFileSync(
      broken,
      `---\ntitle: 'Broken'\npublishedAt: '2026-11-19T08:00:00+00:00'\nauthors: [nobody-at-all]\nsection: world\n---\n\nText.\n`,
    );
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('unknown author "nobody-at-all"');
    expect(tree(incremental)).toEqual(before);
    rmSync(broken);
    const next = build();
    expect(next.status, next.output).toBe(0);
    // It starts from what the failed build left, not from an empty folder.
    expect(next.output).toMatch(/Building over the site now served \(\d+ files brought up to date, \d+ removed\)/);
    expectSameAsClean();
  });

  it('a build killed at any moment leaves dist/ and every cache usable', async () => {
    const before = tree(incremental);
    edit(article('tidal-barrage-consultation'), (t) => t.replace('eight weeks', 'nine weeks'));
    const page = 'business/2026/11/tidal-barrage-consultation';
    for (const afterMs of [1500, 5000, 9000, 14000]) {
      // Its own process group, so the kill takes the build script and the Astro build it started.
      const child = spawn(process.execPath, ['scripts/build.mjs'], {
        cwd: root,
        env: { ...baseEnv(), OUT_DIR: incremental },
        stdio: 'ignore',
        detached: true,
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
      await exited;
      // Whatever moment it died, a whole site is served: the previous one, or the new one.
      if (!existsSync(incremental)) {
        // Killed between moving the old site aside and moving the new one in: the next build puts it back.
        expect(existsSync(`${incremental}.previous`)).toBe(true);
        continue;
      }
      const served = tree(incremental);
      const sameAsBefore = served.size === before.size && [...served].every(([file, hash]) => before.get(file) === hash);
      if (!sameAsBefore) {
        // Not the old site, so the whole new one: the edit is in, and the search index is complete.
        expect(readDist(page)).toContain('nine weeks');
        const { parts } = JSON.parse(readFileSync(path.join(incremental, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
        expect(parts.length).toBeGreaterThan(0);
        for (const part of parts) {
          const entry = JSON.parse(readFileSync(path.join(incremental, `pagefind/${part}/pagefind-entry.json`), 'utf8')) as {
            languages: Record<string, { hash: string }>;
          };
          for (const { hash } of Object.values(entry.languages)) expect(served.has(`pagefind/${part}/pagefind.${hash}.pf_meta`)).toBe(true);
        }
      }
    }
    const next = build();
    expect(next.status, next.output).toBe(0);
    expect(readDist('business/2026/11/tidal-barrage-consultation')).toContain('nine weeks');
    expectSameAsClean();
  }, 300_000);

  it('two builds started at once: the second waits for the first, and both succeed', async () => {
    const run = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: root, env: { ...baseEnv(), OUT_DIR: incremental } });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('exit', (code) => resolve({ code, output }));
      });
    const [a, b] = await Promise.all([run(), new Promise((r) => setTimeout(r, 300)).then(run)]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(b.output).toMatch(/Another build \(process \d+\) is running in this checkout: waiting for it to finish/);
    expectSameAsClean();
  }, 300_000);

  step(
    'a page cache that moved on since the served site was built is not built over',
    // As a build that ran Astro and then failed or was killed leaves it.
    () =>
      writeFileSync(path.join(cache, 'incremental-build.json'), `${readFileSync(path.join(cache, 'incremental-build.json'), 'utf8')}\n`),
    (output) => expect(output).toContain('The page cache has moved on since the site now served was built'),
    { overPrevious: false },
  );

  step(
    'a file of dist/ edited by hand is not carried into the next build',
    () => {
      // A build that changes some pages, so the next one must bring them over from dist/.
      edit(article('tidal-barrage-consultation'), (t) => t.replace('nine weeks', 'ten weeks'));
      const first = build();
      expect(first.status, first.output).toBe(0);
      const { changed } = JSON.parse(readFileSync(`${incremental}.changes.json`, 'utf8')) as { changed: string[] };
      const page = changed.find((file) => file.endsWith('.html'));
      expect(page).toBeDefined();
      writeFileSync(path.join(incremental, page!), 'Edited by hand.');
    },
    (output) => expect(output).toMatch(/The previous site could not be reused \(.* differs from its record\)/),
    { overPrevious: false },
  );
});
