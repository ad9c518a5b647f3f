#!/usr/bin/env node
/**
 * `npm run corpus -- --count N --out DIR [--seed S]`
 *
 * A synthetic archive for benchmarks and scale tests: readable invented stories across the
 * five sections, a handful of authors and tags, hero photos shared from the placeholder
 * pool, dates spread over five years before 2026. The same seed gives byte-identical
 * files. Build it with `CONTENT_DIR=DIR npm run build`.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { joinArticle, writeFrontmatter } from '../src/lib/import/frontmatter.ts';
import { storySlug } from '../src/lib/import/plan.ts';
import { zonedIso } from '../src/lib/zoned.ts';
import { siteConfig } from '../src/site.config.ts';
import { prng } from './prng.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 1) {
  console.error('Usage: npm run corpus -- --count N --out DIR [--seed S]');
  process.exit(2);
}
const out = path.resolve(values.out);

const random = prng(Number(values.seed) || 1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const PLACES = [
  'Eastbridge',
  'Harlow Valley',
  'Port Ilvana',
  'Aldmere',
  'Corvan',
  'Kessel Islands',
  'Brem',
  'Valmora',
  'Kestrel Bay',
  'Northwind',
];
const SUBJECTS = [
  'council',
  'harbour board',
  'university',
  'rail operator',
  'hospital trust',
  'farmers’ cooperative',
  'water company',
  'museum',
  'school district',
  'energy agency',
];
const ACTIONS = ['approves', 'delays', 'unveils', 'expands', 'reviews', 'cuts', 'funds', 'opens', 'rejects', 'tests'];
const OBJECTS = [
  'a new ferry route',
  'plans for cheaper housing',
  'a river clean-up',
  'night bus services',
  'a solar farm',
  'longer library hours',
  'a flood defence scheme',
  'free school meals',
  'a heat pump trial',
  'a science festival',
];
const SENTENCES = [
  '{place} {subject} officials said the decision followed months of consultation with residents.',
  'The plan is expected to cost about {n} million crowns over the next {m} years.',
  '“We listened to what people told us, and this is the result,” said a spokesperson for the {subject}.',
  'Opposition members argued that the timetable was too ambitious and asked for an independent review.',
  'Local businesses in {place} welcomed the move, saying it would bring more visitors to the town centre.',
  'A final vote is scheduled for next month, after a further round of public meetings.',
  'Figures published on Tuesday showed a rise of {n} percent compared with the same period last year.',
  'Campaigners said the announcement was a first step but that more needed to be done.',
  'The {subject} will publish a progress report every quarter, with the first due in the spring.',
  'Similar schemes in neighbouring regions have had mixed results, according to a recent study.',
];
const TAGS = [
  'Transport',
  'Housing',
  'Climate',
  'Energy',
  'Health',
  'Education',
  'Economy',
  'Arts',
  'Oceans',
  'Elections',
  'Research',
  'Farming',
];
const SECTIONS = siteConfig.sectionOrder;
const AUTHORS = ['Ada Brennan', 'Luca Moretti', 'Noor Haddad', 'Sven Ekholm', 'Grace Owusu', 'Kenji Mori', 'Ines Duarte', 'Wire Desk'];

const fill = (template: string, place: string, subject: string) =>
  template
    .replace('{place}', place)
    .replace(/\{subject\}/g, subject)
    .replace('{n}', String(2 + Math.floor(random() * 60)))
    .replace('{m}', String(2 + Math.floor(random() * 8)));

rmSync(out, { recursive: true, force: true });
for (const folder of ['sections', 'authors', 'images', 'articles']) mkdirSync(path.join(out, folder), { recursive: true });
for (const file of readdirSync('content/sections')) copyFileSync(path.join('content/sections', file), path.join(out, 'sections', file));
const images = readdirSync('content/images').filter((f) => f.startsWith('placeholder-'));
for (const file of images) copyFileSync(path.join('content/images', file), path.join(out, 'images', file));
const authorIds = AUTHORS.map((name) => {
  const id = storySlug(name, '');
  writeFileSync(
    path.join(out, 'authors', `${id}.yaml`),
    stringify({ name, kind: 'person', bio: `${name} is an invented reporter in a generated benchmark corpus.`, sample: true }),
  );
  return id;
});

const newest = Date.UTC(2025, 11, 31, 18);
const span = 5 * 365 * 24 * 60 * 60_000;
const slugs = new Set<string>();
const written: string[] = [];
for (let i = 0; i < count; i++) {
  const place = pick(PLACES);
  const subject = pick(SUBJECTS);
  const title = `${place} ${subject} ${pick(ACTIONS)} ${pick(OBJECTS)}`;
  const base = storySlug(title, '');
  let slug = base;
  for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
  slugs.add(slug);
  const publishedAt = zonedIso(new Date(newest - Math.floor((random() * span) / 60_000) * 60_000), siteConfig.editions[0].timeZone);
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 6) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => fill(pick(SENTENCES), place, subject)).join(' '),
  );
  const image = random() < 0.8 ? pick(images) : undefined;
  const tags = [...new Set([pick(TAGS), pick(TAGS)])];
  const frontmatter = writeFrontmatter({
    title: title.charAt(0).toUpperCase() + title.slice(1),
    dek: paragraphs[0]?.split('. ')[0]?.replace(/\.?$/, '.'),
    publishedAt,
    authors: [pick(authorIds)],
    section: pick(SECTIONS),
    tags,
    hero: image
      ? {
          image: `../../images/${image}`,
          alt: 'Abstract placeholder image with soft shapes',
          caption: `${place} in an archive photo.`,
          credit: 'Placeholder image / Dateline',
        }
      : undefined,
    related: written.length > 0 && random() < 0.2 ? [pick(written)] : undefined,
  });
  const year = publishedAt.slice(0, 4);
  mkdirSync(path.join(out, 'articles', year), { recursive: true });
  writeFileSync(
    path.join(out, 'articles', year, `${slug}.mdx`),
    joinArticle({ frontmatter: `${frontmatter}sample: true\n`, body: paragraphs.join('\n\n') }),
  );
  written.push(slug);
}
console.log(
  `${count} articles, ${AUTHORS.length} authors, ${SECTIONS.length} sections, ${images.length} images in ${path.relative(process.cwd(), out) || out}`,
);
console.log(`Build it with: CONTENT_DIR=${path.relative(process.cwd(), out) || out} npm run build`);
