/**
 * The hero photo as other sites fetch it (feed enclosures, JSON-LD): one 1200 px wide JPEG,
 * the size and format every feed reader and search engine accepts.
 */
import { getImage } from 'astro:assets';
import type { FeedImage } from './feeds';

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
