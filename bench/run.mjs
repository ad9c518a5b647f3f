#!/usr/bin/env node
/**
 * `npm run bench [-- --sizes 1000,10000]`: one report of figures measured side by side in one
 * run, written to bench/report.md and bench/report.json (`--report NAME` for another name).
 *
 * For each size: a generated corpus (npm run corpus, fixed seed), Dateline's full build
 * (`scripts/build.mjs`: Astro + Pagefind + swap) and the "floor" build (bench/floor: the same
 * MDX files through one template, no site features), with wall time, peak RSS of the process
 * tree, pages per second, dist/ size and file count, and time and memory per build phase.
 * On every site: Pagefind index time, size and files per article, the sampled recall check
 * (scripts/search-recall.mjs), and in headless Chromium the bytes and time opening /search/, a
 * first and a warm query and opening the filters cost (bench/search-figures.mjs). Page weight
 * per page type is measured on the smallest site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { withHeapLimit } from '../scripts/heap-limit.mjs';
import { checkRecall } from '../scripts/search-recall.mjs';
import { measure } from './measure.mjs';
import { KINDS, searchFigures, withServer } from './search-figures.mjs';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');
/** An hour after the newest story of the generated archive (scripts/corpus.ts `newest`). */
const CORPUS_NEWEST_PLUS_HOUR = '2025-12-31T19:00:00.000Z';
const sizesFlag = process.argv.indexOf('--sizes');
const sizesArg =
  process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? (sizesFlag > 0 ? process.argv[sizesFlag + 1] : undefined);
const sizes = (sizesArg ?? '1000,10000').split(',').map(Number);
/**
 * `--floor-max N` (default 50,000): larger archives build without the floor beside them. The
 * floor bundles one module per MDX file and peaked at 20.5 GB at 50,000 stories; it cannot
 * build 100,000 on a 24 GB machine, so there is nothing to compare with.
 */
const floorFlag = process.argv.indexOf('--floor-max');
const floorMax = floorFlag > 0 ? Number(process.argv[floorFlag + 1]) : 50_000;
/** `--fresh-max N` (default 10,000): sizes up to N also get a first build with no cache at all. */
const freshFlag = process.argv.indexOf('--fresh-max');
const freshMax = freshFlag > 0 ? Number(process.argv[freshFlag + 1]) : 10_000;
/** `--report NAME` (default report): writes bench/NAME.md and bench/NAME.json, so a 100,000-story run keeps the 1,000/10,000 report. */
const reportFlag = process.argv.indexOf('--report');
const reportName = reportFlag > 0 ? process.argv[reportFlag + 1] : 'report';
/**
 * `--skip template`: no template-edit build (at 100,000 stories it costs as much as a full
 * build and says nothing the 10,000 row does not); `--skip live`: no live-update builds.
 */
const skipFlag = process.argv.indexOf('--skip');
const skipped = new Set(skipFlag > 0 ? process.argv[skipFlag + 1].split(',') : []);
/** Caches a fresh clone does not have: the content store, image renditions, social cards. */
const ASTRO_CACHE = path.join(root, 'node_modules/.astro');
const CARD_CACHE = path.join(root, 'node_modules/.cache/dateline-cards');
/** What a config change makes Astro throw away: the content store and the page cache. */
const removeContentStore = (cacheDir) =>
  ['data-store', 'data-store.json', 'dist', 'incremental-build.json'].forEach((name) =>
    rmSync(path.join(cacheDir, name), { recursive: true, force: true }),
  );
/** A template every page uses, edited for the "template change" build and put back after. */
const TEMPLATE = path.join(root, 'src/components/SiteFooter.astro');
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium';
/** Stories the recall check samples on each site (issue 12 asks for 200). */
const RECALL_SAMPLE = 200;
const node = process.execPath;
/** The command as typed, flags and all, so a report says exactly how it was made. */
const benchCommand = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');

const MARKERS = {
  'content sync': /Syncing content/,
  'bundle (Vite)': /Building static entrypoints/,
  'render pages': /generating static routes/,
  'optimise images': /generating optimized images/,
  'search index (Pagefind)': /\[build\] Complete!/,
  'swap into place': /^Search index:/,
};

function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);

function generate(count) {
  const out = path.join(work, `corpus-${count}`);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync('npm', ['run', '--silent', 'corpus', '--', '--count', String(count), '--out', out, '--seed', '1'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`corpus generation failed for ${count}`);
  return out;
}

/** A build that did not finish: how far it got, and the last thing it said. */
function failure(run) {
  const lines = run.output.trim().split('\n');
  const error = lines.findLast((line) => /error|heap|killed|memory/i.test(line)) ?? lines.at(-1) ?? '';
  return { code: run.code, phase: run.phases.at(-1)?.phase ?? 'start', error: error.trim().slice(0, 300) };
}

async function buildBoth(count, corpus) {
  const site = path.join(work, `site-${count}`);
  const floorOut = path.join(work, `floor-${count}`);
  const withFloor = count <= floorMax;
  const ourBuild = async (label, { keepSite = false } = {}) => {
    // Neither build pays for deleting an earlier run's output; an incremental build replaces the last one's.
    if (!keepSite) rmSync(site, { recursive: true, force: true });
    console.log(`\n== ${count} articles: Dateline ${label}`);
    const run = await measure(node, ['scripts/build.mjs'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: corpus, OUT_DIR: site },
      markers: MARKERS,
    });
    // Printed as each build ends, so a long run that is stopped still leaves its figures.
    console.log(
      `   ${run.code === 0 ? 'done' : `failed (${run.code})`}: ${s(run.wallMs)} s, peak ${run.peakMb.toFixed(0)} MB; ${run.phases.map((p) => `${p.phase} ${s(p.ms)} s`).join(', ')}`,
    );
    return run;
  };
  let fresh;
  if (count <= freshMax) {
    rmSync(ASTRO_CACHE, { recursive: true, force: true });
    rmSync(CARD_CACHE, { recursive: true, force: true });
    fresh = await ourBuild('first build of a fresh clone (no cache at all)');
  }
  // A full build as a template or config change forces it: no dist/, no content store;
  // photo renditions and social cards are still cached.
  removeContentStore(ASTRO_CACHE);
  const ours = await ourBuild('full build (content store deleted, image and card caches kept)');
  if (ours.code !== 0) console.error(`Dateline build of ${count} failed:\n${ours.output.slice(-3000)}`);
  // Publishing one story into that archive: the build a newsroom runs all day. The story is dated
  // an hour after the archive's newest (scripts/corpus.ts ends on 31 December 2025), so it lands in
  // the archive's newest month as a story does on any day; dated today it would open a new year,
  // whose first story also indexes the year that ended again (src/lib/search-parts.ts).
  const storyFile = path.join(corpus, 'articles', 'bench-published-story.mdx');
  const story = (title, fields = '') =>
    `---\ntitle: '${title}'\npublishedAt: '${CORPUS_NEWEST_PLUS_HOUR}'\nauthors: [${readdirSync(path.join(corpus, 'authors'))[0]?.replace(/\.yaml$/, '')}]\nsection: ${readdirSync(path.join(corpus, 'sections'))[0]?.replace(/\.yaml$/, '')}\ntags: [Floods]\n${fields}---\n\nThe plan raises the sea wall by a metre.\n`;
  // A newsroom builds all day, so a publish starts from the site its last build replaced
  // (scripts/staging.mjs): one build with nothing changed puts the full build's site in that place.
  if (ours.code === 0) await ourBuild('rebuild with nothing changed (incremental build, not reported)', { keepSite: true });
  writeFileSync(storyFile, story('Harbour council publishes its flood plan'));
  const publish = ours.code === 0 ? await ourBuild('publish one story (incremental build)', { keepSite: true }) : undefined;
  rmSync(storyFile, { force: true });
  // A live story in that archive gets one more update: the build a live page waits for.
  let liveUpdate;
  if (ours.code === 0 && !skipped.has('live')) {
    const liveStory = path.join(corpus, 'articles', 'bench-live-story.mdx');
    const updates = path.join(corpus, 'live', 'bench-live-story');
    const fileUpdate = (name, minutesAgo, text) =>
      writeFileSync(
        path.join(updates, `${name}.mdx`),
        `---\npublishedAt: '${new Date(Date.now() - minutesAgo * 60_000).toISOString()}'\ntitle: '${text}'\n---\n\n${text}.\n`,
      );
    writeFileSync(liveStory, story('Harbour council votes on its flood plan: live', 'live: true\n'));
    mkdirSync(updates, { recursive: true });
    fileUpdate('first', 0.5, 'The council meets at noon');
    await ourBuild('open a live story (incremental build, not reported)', { keepSite: true });
    fileUpdate('second', 0, 'The council approves the plan');
    liveUpdate = await ourBuild('publish one live update (incremental build)', { keepSite: true });
    rmSync(liveStory, { force: true });
    rmSync(path.join(corpus, 'live'), { recursive: true, force: true });
  }
  // An edit to a template every page uses: every page is rendered again, the content store is kept.
  let template;
  if (ours.code === 0 && !skipped.has('template')) {
    const original = readFileSync(TEMPLATE, 'utf8');
    try {
      writeFileSync(TEMPLATE, original.replace('</footer>', '<p class="sr-only">Benchmark edit.</p></footer>'));
      template = await ourBuild('site-wide template edited (incremental build)', { keepSite: true });
    } finally {
      writeFileSync(TEMPLATE, original);
    }
  }
  let floor = { code: 0, wallMs: NaN, peakMb: NaN, phases: [], output: '' };
  if (withFloor) {
    rmSync(floorOut, { recursive: true, force: true });
    removeContentStore(path.join(root, 'bench/floor/node_modules/.astro'));
    console.log(`== ${count} articles: floor build`);
    floor = await measure(node, ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'bench/floor'], {
      cwd: root,
      // The heap cap Dateline's build gives Astro (scripts/heap-limit.mjs), so both build alike.
      env: { ...process.env, CONTENT_DIR: corpus, OUT_DIR: floorOut, NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS) },
      markers: MARKERS,
    });
    if (floor.code !== 0) console.error(`floor build of ${count} failed:\n${floor.output.slice(-3000)}`);
  }
  const summary = (run) =>
    run && { wallMs: run.wallMs, peakMb: run.peakMb, phases: run.phases, failed: run.code === 0 ? undefined : failure(run) };
  if (ours.code !== 0 || floor.code !== 0) {
    return { count, withFloor, site, failed: true, ours: summary(ours), floor: summary(floor), fresh: summary(fresh) };
  }
  const pages = Number(ours.output.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
  const floorPages = Number(floor.output.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
  const dist = dirStats(site);
  const pagefind = dirStats(path.join(site, 'pagefind'));
  const indexed = Number(ours.output.match(/Search index: (\d+) articles/)?.[1] ?? 0);
  return {
    count,
    withFloor,
    site,
    ours: { wallMs: ours.wallMs, peakMb: ours.peakMb, pages, phases: ours.phases },
    floor: { wallMs: floor.wallMs, peakMb: floor.peakMb, pages: floorPages, phases: floor.phases },
    fresh: summary(fresh),
    publish: summary(publish),
    liveUpdate: summary(liveUpdate),
    template: summary(template),
    dist,
    pagefind: {
      ...pagefind,
      indexed,
      filesPerArticle: indexed ? pagefind.files / indexed : 0,
      bytesPerArticle: indexed ? pagefind.bytes / indexed : 0,
      ms: ours.phases.find((p) => p.phase.startsWith('search'))?.ms ?? 0,
    },
  };
}

/** Bytes per page type (gzipped and raw) and request count, with images counted apart. */
async function pageWeights(site) {
  return withServer(site, async (origin) => {
    const html = readFileSync(path.join(site, 'index.html'), 'utf8');
    const article = html.match(/href="(\/[a-z-]+\/\d{4}\/\d\d\/[^"]+\/)"/)?.[1];
    const section =
      html
        .match(/href="(\/[a-z-]+\/)" aria-current|<a href="(\/[a-z-]+\/)" class="text-ink no-underline hover:text-accent/)
        ?.slice(1)
        .find(Boolean) ?? '/world/';
    const types = { front: '/', article, section, archive: '/archive/', search: '/search/' };
    const browser = await chromium.launch({ executablePath: chromiumPath });
    const rows = [];
    try {
      for (const [type, url] of Object.entries(types)) {
        if (!url) continue;
        const page = await browser.newPage();
        const pending = [];
        page.on('response', (response) =>
          pending.push(
            response
              .body()
              .then((body) => ({ kind: response.request().resourceType(), raw: body.length, gz: gzipSync(body).length }))
              .catch(() => undefined),
          ),
        );
        await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
        const bodies = (await Promise.all(pending)).filter(Boolean);
        const sum = (filter, key) => bodies.filter(filter).reduce((t, b) => t + b[key], 0);
        const text = (b) => ['document', 'stylesheet', 'script'].includes(b.kind);
        rows.push({
          type,
          url,
          requests: bodies.length,
          htmlCssJsGz: sum(text, 'gz'),
          htmlCssJsRaw: sum(text, 'raw'),
          jsGz: sum((b) => b.kind === 'script', 'gz'),
          images: sum((b) => b.kind === 'image', 'raw'),
        });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    return rows;
  });
}

function firstWord(corpus, minLength) {
  const dir = path.join(corpus, 'articles');
  const files = [];
  const walk = (d) =>
    readdirSync(d).forEach((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : files.push(path.join(d, n))));
  walk(dir);
  const title = readFileSync(files.sort()[0], 'utf8').match(/^title:\s*["']?(.+?)["']?$/m)?.[1] ?? 'the';
  return (
    title
      .split(/\W+/)
      .find((w) => w.length >= minLength)
      ?.toLowerCase() ?? 'the'
  );
}

mkdirSync(work, { recursive: true });
const builds = [];
for (const count of sizes) builds.push(await buildBoth(count, generate(count)));
const built = builds.filter((b) => !b.failed);
if (built.length === 0) throw new Error('no build finished: nothing to measure search and page weight on');
// Search on every built archive: the same two words, so sizes compare.
const firstQuery = firstWord(path.join(work, `corpus-${built[0].count}`), 5);
const warmQuery = firstWord(path.join(work, `corpus-${built[0].count}`), 6);
const searches = [];
for (const b of built) {
  const recall = await checkRecall(b.site, { sample: RECALL_SAMPLE });
  searches.push({ count: b.count, ...(await searchFigures(b.site, firstQuery, warmQuery)), recall });
}
const weights = await pageWeights(built[0].site);

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: (await import('node:os')).cpus().length,
    memGb: Math.round((await import('node:os')).totalmem() / 2 ** 30),
    node: process.version,
  },
  builds: builds.map((b) => ({ ...b, site: path.relative(root, b.site) })),
  searches,
  weights,
};
writeFileSync(path.join(root, `bench/${reportName}.json`), `${JSON.stringify(report, null, 2)}\n`);

const lines = [
  '# Dateline benchmark',
  '',
  `Measured ${report.date.slice(0, 10)} on ${report.machine.cpus} cores, ${report.machine.memGb} GB, Node ${report.machine.node}, with \`${benchCommand}\`, Astro's heap capped at half the machine's memory in both builds (scripts/heap-limit.mjs).`,
  '',
  '## Build: Dateline against the floor (same MDX, one template, no features)',
  '',
  'Full build: no `dist/` and no content store (as a template or config change forces), photo renditions and social',
  'cards cached. Fresh clone: no cache at all. The floor bundles each MDX file as a module and renders it through one template.',
  '',
  '| articles | Dateline full build | floor | time ratio | Dateline peak RSS | floor peak RSS | memory ratio | fresh clone | fresh ÷ full | pages | dist/ size | dist/ files | files per story |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...built.map((b) => {
    const ratio = (a, c) => (Number.isFinite(c) ? `${(a / c).toFixed(2)}×` : '–');
    const fresh = b.fresh && !b.fresh.failed ? `${s(b.fresh.wallMs)} s | ${ratio(b.fresh.wallMs, b.ours.wallMs)}` : '– | –';
    return `| ${b.count} | ${s(b.ours.wallMs)} s | ${b.withFloor ? `${s(b.floor.wallMs)} s` : 'cannot build'} | ${ratio(b.ours.wallMs, b.floor.wallMs)} | ${b.ours.peakMb.toFixed(0)} MB | ${b.withFloor ? `${b.floor.peakMb.toFixed(0)} MB` : '–'} | ${ratio(b.ours.peakMb, b.floor.peakMb)} | ${fresh} | ${b.ours.pages} | ${mb(b.dist.bytes)} MB | ${b.dist.files} | ${(b.dist.files / b.count).toFixed(2)} |`;
  }),
  '',
  ...builds
    .filter((b) => b.failed)
    .flatMap((b) => [
      `**${b.count} articles did not finish.**`,
      '',
      ...[
        ['Dateline', b.ours],
        ['floor', b.floor],
      ].map(([name, run]) =>
        run.failed
          ? `- ${name}: stopped in "${run.failed.phase}" after ${s(run.wallMs)} s at ${run.peakMb.toFixed(0)} MB peak RSS (exit ${run.failed.code}): \`${run.failed.error}\``
          : `- ${name}: finished in ${s(run.wallMs)} s at ${run.peakMb.toFixed(0)} MB peak RSS`,
      ),
      '',
    ]),
  '## Publishing: incremental builds of the archive just built',
  '',
  'One new story; one new update of a live story; then an edit to a template every page uses; each an ordinary',
  "`npm run build` over the previous `dist/`. Before them, one build with nothing changed: a newsroom's builds follow one",
  'another, and each starts from the site the one before it replaced (scripts/staging.mjs).',
  '',
  '| articles | full build | publish one story | publish one live update | template edited | publish peak RSS |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...built.map((b) => {
    const time = (run) => (run ? `${s(run.wallMs)} s` : '–');
    return `| ${b.count} | ${s(b.ours.wallMs)} s | ${time(b.publish)} | ${time(b.liveUpdate)} | ${time(b.template)} | ${b.publish ? `${b.publish.peakMb.toFixed(0)} MB` : '–'} |`;
  }),
  '',
  ...built.flatMap((b) =>
    [
      ['one story', b.publish],
      ['one live update', b.liveUpdate],
    ]
      .filter(([, run]) => run)
      .flatMap(([what, run]) => [
        `Publishing ${what} into ${b.count}, by phase: ${run.phases.map((p) => `${p.phase} ${s(p.ms)} s`).join(', ')}.`,
        '',
      ]),
  ),
  '## Where the build spends time and memory',
  '',
  ...builds.flatMap((b) => [
    `### ${b.count} articles${b.failed ? ' (did not finish)' : ''}`,
    '',
    '| phase | Dateline | peak RSS | floor | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...b.ours.phases.map((p) => {
      const f = b.floor.phases.find((q) => q.phase === p.phase);
      return `| ${p.phase} | ${s(p.ms)} s | ${p.peakMb.toFixed(0)} MB | ${f ? `${s(f.ms)} s` : '–'} | ${f ? `${f.peakMb.toFixed(0)} MB` : '–'} |`;
    }),
    '',
  ]),
  '## Search (Pagefind)',
  '',
  '| articles | index time | index size | per article | index files | files per article | articles indexed |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...built.map(
    (b) =>
      `| ${b.count} | ${s(b.pagefind.ms)} s | ${mb(b.pagefind.bytes)} MB | ${kb(b.pagefind.bytesPerArticle)} KB | ${b.pagefind.files} | ${b.pagefind.filesPerArticle.toFixed(2)} | ${b.pagefind.indexed} |`,
  ),
  '',
  'In headless Chromium (local server, no throttling): what Pagefind fetches to open /search/ (until it fetches',
  `nothing for a second), for a first query pasted whole ("${firstQuery}") and for opening the filters on a warm query;`,
  'the time from the last keystroke to the first result on screen, for the first query and for a warm query typed key by',
  `key ("${warmQuery}"), and from the click to the filters drawn with counts. Bytes as a host that compresses text sends`,
  'them (JavaScript and JSON gzipped; Pagefind index files are gzipped already); files on disk in brackets.',
  '',
  '| articles | open /search/ | first query | open + first query | first result | warm query | open filters | filters drawn |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...searches.map(
    (q) =>
      `| ${q.count} | ${kb(q.open.sent)} KB (${kb(q.open.raw)}) | ${kb(q.firstQuery.sent)} KB (${kb(q.firstQuery.raw)}) | ${kb(q.open.sent + q.firstQuery.sent)} KB | ${q.firstMs.toFixed(0)} ms | ${q.warmMs.toFixed(0)} ms | ${kb(q.filters.sent)} KB | ${q.filtersMs.toFixed(0)} ms |`,
  ),
  '',
  'Where those bytes go (KB as sent, files):',
  '',
  `| articles | fetch | ${KINDS.join(' | ')} |`,
  `| ---: | --- | ${KINDS.map(() => '---:').join(' | ')} |`,
  ...searches.flatMap((q) =>
    [
      ['open /search/', q.open],
      ['first query', q.firstQuery],
      ['open filters', q.filters],
    ].map(
      ([name, t]) =>
        `| ${q.count} | ${name} | ${KINDS.map((k) => (t.byKind[k].files ? `${kb(t.byKind[k].sent)} (${t.byKind[k].files})` : '–')).join(' | ')} |`,
    ),
  ),
  '',
  `Sampled recall (\`scripts/search-recall.mjs\`, ${RECALL_SAMPLE} random stories per site): the rarest word of each story's text`,
  'must find it, and its headline must put it first.',
  '',
  '| articles | sampled | found by a rare word | first for its headline |',
  '| ---: | ---: | ---: | ---: |',
  ...searches.map(
    (q) =>
      `| ${q.count} | ${q.recall.checked} | ${q.recall.checked - q.recall.wordMisses.length} | ${q.recall.checked - q.recall.headlineMisses.length} |`,
  ),
  '',
  `## Page weight per page type (${built[0].count}-article site)`,
  '',
  '| page | requests | HTML+CSS+JS gzipped | raw | of which JS gzipped | images |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...weights.map(
    (w) => `| ${w.type} | ${w.requests} | ${kb(w.htmlCssJsGz)} KB | ${kb(w.htmlCssJsRaw)} KB | ${kb(w.jsGz)} KB | ${kb(w.images)} KB |`,
  ),
  '',
];
writeFileSync(path.join(root, `bench/${reportName}.md`), lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
