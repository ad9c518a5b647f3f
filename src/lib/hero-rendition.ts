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
