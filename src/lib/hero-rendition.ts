/**
 * The hero photo as other sites fetch it (feed enclosures, JSON-LD): one 1200 px wide JPEG,
 * the size and format every feed reader and search engine accepts.
 */
import { getImage } from 'astro:assets';
import type { FeedImage } from './feeds';
import { ARTICLE_IMAGE_RATIOS, cropSize, type ImageRef } from './metadata';

export async function heroRendition(image: ImageMetadata, site: URL): Promise<FeedImage> {
  const rendition = await getImage({ src: image, width: Math.min(1200, image.width), format: 'jpeg' });
  return {
    url: new URL(rendition.src, site).href,
    width: Number(rendition.attributes.width),
    height: Number(rendition.attributes.height),
    type: 'image/jpeg',
  };
}

/**
 * The 160 px WebP thumbnail of a story's photo that lists built in the browser show (search
 * results, saved stories): one rendition, so both point at the same file.
 */
export async function heroThumbnail(image: ImageMetadata | undefined): Promise<{ src: string; width: number; height: number } | undefined> {
  if (!image) return undefined;
  const thumbnail = await getImage({ src: image, width: 160, format: 'webp' });
  return { src: thumbnail.src, width: Number(thumbnail.attributes.width), height: Number(thumbnail.attributes.height) };
}

/** The photo cropped to each shape search engines ask of an article (16×9, 4×3, 1×1), as JPEG. */
export async function heroCrops(image: ImageMetadata, site: URL): Promise<ImageRef[]> {
  return Promise.all(
    ARTICLE_IMAGE_RATIOS.map(async (ratio) => {
      const size = cropSize(image, ratio);
      const crop = await getImage({ src: image, ...size, fit: 'cover', format: 'jpeg' });
      return { url: new URL(crop.src, site).href, ...size };
    }),
  );
}
