import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { storyKey } from '../../../../../lib/cache-keys';
import { editionRoutes, type Story } from '../../../../../lib/content';
import { hasSocialCard, socialCard } from '../../../../../lib/social-card';
import { articleParams } from '../../../../../lib/urls';
import { siteConfig } from '../../../../../site.config';

/** Cards survive between builds here; deleting the folder only costs time. */
const CACHE_DIR = path.resolve('node_modules/.cache/dateline-cards');

export const getStaticPaths = (({ routePattern }) =>
  editionRoutes(routePattern, ({ stories }, params) => {
    // A card draws the story's headline, section and photo: its story key covers them.
    return stories
      .filter(hasSocialCard)
      .map((story) => ({ params: { ...params, ...articleParams(story.path) }, props: { story }, cacheKey: storyKey(story) }));
  })) satisfies GetStaticPaths;

/** Astro keeps the source file of an imported image as a non-enumerable `fsPath`. */
function sourceFile(image: ImageMetadata): string {
  const file = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) throw new Error(`social card: no source file for ${image.src}`);
  return file;
}

export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) => {
  const card = await socialCard(
    {
      headline: story.title,
      section: story.section.data.name,
      siteName: siteConfig.name,
      heroFile: story.hero?.image ? sourceFile(story.hero.image) : undefined,
    },
    CACHE_DIR,
  );
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/jpeg' } });
};
