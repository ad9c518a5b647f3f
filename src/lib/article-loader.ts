/**
 * The articles loader: Astro's glob loader plus the checks it leaves to warnings or to a
 * later, anonymous failure. Two files with the same name would own the same URL (the glob
 * loader only warns and keeps one), and a hero photo that is not on disk fails the bundler
 * without naming the article; both stop the build here, naming file, field and fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { bodyImages, duplicateSlugs, fileLine } from './body-checks';
import { ContentError } from './content-error';

/** How Astro's `image()` schema marks a local image path in the data store. */
const IMAGE_MARKER = '__ASTRO_IMAGE_';

/** An article's id is its file name: the slug in its URL, unique across the archive. */
const fileSlug = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, '');

export function articleLoader(base: string): Loader {
  const inner = glob({ pattern: '**/*.mdx', base, generateId: fileSlug });
  return {
    name: 'dateline-articles',
    load: async (context) => {
      const dir = path.resolve(fileURLToPath(context.config.root), base);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => path.join(base, file));
      const [duplicate] = duplicateSlugs(files);
      if (duplicate) {
        throw new ContentError(
          duplicate.files.join(' and '),
          'file name',
          `${duplicate.files.length} articles have the slug "${duplicate.slug}" and so the same URL`,
          'rename one of the files (the file name is the slug), or delete the copy',
        );
      }
      await inner.load(context);
      for (const entry of context.store.values()) {
        const unlabelled = bodyImages(entry.body ?? '').find((i) => !i.alt);
        if (unlabelled) {
          throw new ContentError(
            entry.filePath ?? entry.id,
            `image on line ${fileLine(entry, unlabelled.line)}`,
            `"${unlabelled.src}" has no alt text`,
            'describe the image for readers who cannot see it: ![What it shows](path) or <img alt="What it shows" …>',
          );
        }
        const hero = (entry.data as { hero?: { image?: unknown } }).hero;
        const image = typeof hero?.image === 'string' ? hero.image.replace(IMAGE_MARKER, '') : undefined;
        if (!image || !entry.filePath || /^[a-z]+:/i.test(image)) continue;
        if (!existsSync(path.resolve(path.dirname(entry.filePath), image))) {
          throw new ContentError(
            entry.filePath,
            'hero.image',
            `the photo "${image}" does not exist`,
            'give the path of a file relative to the article (e.g. ../../images/photo.jpg), or remove image and alt',
          );
        }
      }
    },
  };
}
