#!/usr/bin/env node
/**
 * `npm run new -- "Headline" [--section S] [--author A] [--lang L] [--out DIR]`
 * `npm run new -- --live-update <story slug> ["Update headline"] [--author A] [--out DIR]`
 *
 * A draft article with every field, dated now in the site's time zone, at the path the
 * archive expects; prints the file and the address `npm run dev` previews it at. Drafts
 * never reach the production site, so a scaffold can be committed half-written.
 *
 * With --live-update, an update of that live story instead: content/live/<story>/<yyyymmdd-hhmm>-<slug>.mdx,
 * dated now, as a draft too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { joinArticle, splitArticle } from '../src/lib/import/frontmatter.ts';
import { storySlug } from '../src/lib/import/plan.ts';
import { articlePath } from '../src/lib/urls.ts';
import { zonedIso } from '../src/lib/zoned.ts';
import { siteConfig } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string', default: siteConfig.import.defaultSection },
    author: { type: 'string' },
    lang: { type: 'string' },
    'live-update': { type: 'string' },
    out: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
  },
});
const title = positionals.join(' ').trim();
const contentDir = path.resolve(values.out);
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
if (values.author !== undefined && !existsSync(path.join(contentDir, 'authors', `${values.author}.yaml`)))
  fail(`--author "${values.author}" has no file in ${values.out}/authors/`);
if (values['live-update'] !== undefined) {
  newLiveUpdate(values['live-update'], title, values.author);
  process.exit(0);
}
const author = values.author ?? 'dateline-staff';
// --lang: the edition (its language code); the story is dated in that edition's zone and lives under its prefix.
const edition = siteConfig.editions.find((e) => e.lang === (values.lang ?? siteConfig.editions[0].lang));
if (!edition) fail(`--lang "${values.lang}" is not an edition; use one of: ${siteConfig.editions.map((e) => e.lang).join(', ')}`);
const isDefault = edition === siteConfig.editions[0];
if (!title) fail('Usage: npm run new -- "Headline" [--section S] [--author A] [--lang L]');
if (!existsSync(path.join(contentDir, 'sections', `${values.section}.yaml`)))
  fail(`--section "${values.section}" has no file in ${values.out}/sections/`);

// Written in the edition's zone, so the year and month here are those of the article's URL.
const publishedAt = zonedIso(new Date(), edition.timeZone);
const [year = '', month = ''] = publishedAt.split('-');
const wanted = storySlug(title, publishedAt);
let slug = wanted;
const fileOf = (candidate: string) => path.join(contentDir, 'articles', year, `${candidate}.mdx`);
for (let n = 2; existsSync(fileOf(slug)); n++) slug = `${wanted}-${n}`;

const frontmatter = `title: ${JSON.stringify(title)}
dek: "Replace with the standfirst: one or two sentences under the headline."
# When the story goes live, in the site's time zone; a future time schedules it.
publishedAt: "${publishedAt}"
# updatedAt: "${publishedAt}"       (after a correction; never before publishedAt)
authors: [${author}]
section: ${values.section}
${isDefault ? '' : `lang: ${edition.lang}\n`}tags: []
# hero:                              (a lead photo, with the file in ${values.out}/images/)
#   image: ../../images/photo.jpg
#   alt: "What the photo shows, for readers who cannot see it"
#   caption: "What is happening in the photo."
#   credit: "Photographer / Agency"
# source:                            (for a story first published elsewhere)
#   name: "Publisher"
#   url: "https://…"
related: []
# Set to false to publish.
draft: true
`;
mkdirSync(path.dirname(fileOf(slug)), { recursive: true });
writeFileSync(fileOf(slug), joinArticle({ frontmatter, body: 'Write the story here, in Markdown (see README: Writing an article).' }));
if (slug !== wanted) console.log(`note: "${wanted}" is taken, so the slug is "${slug}"`);
console.log(`created  ${path.relative(process.cwd(), fileOf(slug))}`);
console.log(
  `preview  http://localhost:4321${siteConfig.basePath.replace(/\/$/, '')}${isDefault ? '' : `/${edition.lang}`}/${values.section}/${year}/${month}/${slug}/  (npm run dev)`,
);

/** An update of a live story, filed now: its folder is the story's slug, its file name starts with the time. */
function newLiveUpdate(story: string, headline: string, updateAuthor: string | undefined): void {
  const articles = path.join(contentDir, 'articles');
  const articleFile = existsSync(articles)
    ? readdirSync(articles, { recursive: true, encoding: 'utf8' }).find((f) => path.basename(f) === `${story}.mdx`)
    : undefined;
  if (!articleFile)
    fail(`--live-update "${story}": no article ${values.out}/articles/**/${story}.mdx (give the live story's file name, without .mdx)`);
  const frontmatter = splitArticle(readFileSync(path.join(articles, articleFile), 'utf8'))?.frontmatter ?? '';
  if (!(parse(frontmatter) as { live?: unknown } | null)?.live)
    fail(
      `--live-update "${story}": ${values.out}/articles/${articleFile} is not a live story; add \`live: true\` to its frontmatter first`,
    );

  const publishedAt = zonedIso(new Date(), siteConfig.editions[0].timeZone);
  // "2026-11-28T16:05:…" → "20261128-1605": files sort in the order they were filed.
  const stamp = `${publishedAt.slice(0, 10).replaceAll('-', '')}-${publishedAt.slice(11, 16).replace(':', '')}`;
  const wanted = `${stamp}-${headline ? storySlug(headline, publishedAt).slice(0, 40).replace(/-$/, '') : 'update'}`;
  const fileOfUpdate = (name: string) => path.join(contentDir, 'live', story, `${name}.mdx`);
  let name = wanted;
  for (let n = 2; existsSync(fileOfUpdate(name)); n++) name = `${wanted}-${n}`;
  const fields = `publishedAt: "${publishedAt}"
${headline ? `title: ${JSON.stringify(headline)}` : '# title: "A headline for the update (optional; required for a key event)"'}
# key: true                          (list it under "Key events" at the top of the page)
${updateAuthor ? `authors: [${updateAuthor}]` : "# authors: [dateline-staff]           (who filed it; without it the story's byline stands)"}
# photo:                             (a photo above the update, with the file in ${values.out}/images/)
#   image: ../../images/photo.jpg
#   alt: "What the photo shows, for readers who cannot see it"
# Set to false (or delete the line) to publish.
draft: true
`;
  mkdirSync(path.dirname(fileOfUpdate(name)), { recursive: true });
  writeFileSync(fileOfUpdate(name), joinArticle({ frontmatter: fields, body: 'Write the update here, in Markdown: a few sentences.' }));
  const live = parse(frontmatter) as { section: string; publishedAt: string };
  const page = articlePath(
    { slug: story, section: live.section, publishedAt: new Date(live.publishedAt) },
    siteConfig.editions[0].timeZone,
  );
  console.log(`created  ${path.relative(process.cwd(), fileOfUpdate(name))}`);
  console.log(`preview  http://localhost:4321${siteConfig.basePath.replace(/\/$/, '')}${page}#update-${name}  (npm run dev)`);
}
