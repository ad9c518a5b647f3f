#!/usr/bin/env node
/**
 * `npm run new -- "Headline" [--section S] [--author A] [--out DIR]`
 *
 * A draft article with every field, dated now in the site's time zone, at the path the
 * archive expects; prints the file and the address `npm run dev` previews it at. Drafts
 * never reach the production site, so a scaffold can be committed half-written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { joinArticle } from '../src/lib/import/frontmatter.ts';
import { storySlug } from '../src/lib/import/plan.ts';
import { zonedIso } from '../src/lib/zoned.ts';
import { siteConfig } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string', default: siteConfig.import.defaultSection },
    author: { type: 'string', default: 'dateline-staff' },
    out: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
  },
});
const title = positionals.join(' ').trim();
const contentDir = path.resolve(values.out);
const fail = (message: string) => {
  console.error(message);
  process.exit(2);
};
if (!title) fail('Usage: npm run new -- "Headline" [--section S] [--author A]');
if (!existsSync(path.join(contentDir, 'sections', `${values.section}.yaml`)))
  fail(`--section "${values.section}" has no file in ${values.out}/sections/`);
if (!existsSync(path.join(contentDir, 'authors', `${values.author}.yaml`)))
  fail(`--author "${values.author}" has no file in ${values.out}/authors/`);

// Written in the site's zone, so the year and month here are those of the article's URL.
const publishedAt = zonedIso(new Date(), siteConfig.timeZone);
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
authors: [${values.author}]
section: ${values.section}
tags: []
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
  `preview  http://localhost:4321${siteConfig.basePath.replace(/\/$/, '')}/${values.section}/${year}/${month}/${slug}/  (npm run dev)`,
);
