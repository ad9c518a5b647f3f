import type { APIRoute } from 'astro';
import type { BannerFile } from '../lib/banner';
import { getBanner } from '../lib/content';
import { editionOf } from '../lib/editions';

/**
 * The breaking-news banner every page reads (src/lib/banner.ts): the banner while it is
 * current at build time, null once it has expired or when there is none.
 */
export const GET: APIRoute = async () => {
  const banner = await getBanner();
  const file: BannerFile = {
    banner: banner
      ? {
          message: banner.message,
          link: banner.link,
          expiresAt: banner.expiresAt.toISOString(),
          locale: editionOf(banner.lang)?.locale ?? '',
        }
      : null,
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
