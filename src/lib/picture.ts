/**
 * The renditions of a photo as a <picture> shows them: AVIF and WebP sources and a fallback
 * in the photo's own format, each at the given widths.
 *
 * Memoised for the whole build: one story's photo appears on its page and on every list,
 * archive and related block that names the story, and astro:assets' getImage hashes every
 * transform on every call. A CPU profile of a 1,000-story build put getImage at an eighth of
 * the time spent rendering pages; asked once per photo and size, it is a small fraction of that.
 */
import { getImage } from 'astro:assets';

export interface PictureSource {
  srcset: string;
  type: string;
}

export interface PictureRenditions {
  sources: PictureSource[];
  src: string;
  srcset: string;
  width: number;
  height: number;
}

const SOURCE_FORMATS = ['avif', 'webp'] as const;
/** Photos stay in their own format as the fallback (JPEG compresses photos better than PNG). */
const KEEP_FORMAT = new Set(['jpg', 'jpeg', 'gif']);

const renditions = new Map<string, Promise<PictureRenditions>>();

export function pictureRenditions(image: ImageMetadata, widths: readonly number[]): Promise<PictureRenditions> {
  const key = `${image.src} ${widths.join(',')}`;
  let entry = renditions.get(key);
  if (!entry) {
    entry = render(image, [...widths]);
    renditions.set(key, entry);
  }
  return entry;
}

async function render(image: ImageMetadata, widths: number[]): Promise<PictureRenditions> {
  const fallbackFormat = KEEP_FORMAT.has(image.format) ? image.format : 'png';
  const rendition = (format: string) => getImage({ src: image, widths, format: format as 'png' });
  const [fallback, sources] = await Promise.all([rendition(fallbackFormat), Promise.all(SOURCE_FORMATS.map(rendition))]);
  return {
    sources: sources.map((source, i) => ({ srcset: source.srcSet.attribute, type: `image/${SOURCE_FORMATS[i]}` })),
    src: fallback.src,
    srcset: fallback.srcSet.attribute,
    width: Number(fallback.attributes.width),
    height: Number(fallback.attributes.height),
  };
}
