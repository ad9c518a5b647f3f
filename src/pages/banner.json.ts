import type { APIRoute } from 'astro';
import type { BannerFile } from '../lib/banner';
import { getBanner } from '../lib/content';

/**
 * The breaking-news banner every page reads (src/lib/banner.ts): the banner while it is
 * current at build time, null once it has expired or when there is none.
 */
export const GET: APIRoute = async () => {
  const banner = await getBanner();
  const file: BannerFile = {
    banner: banner ? { message: banner.message, link: banner.link, expiresAt: banner.expiresAt.toISOString() } : null,
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
