import type { APIRoute } from 'astro';
import { getAllStories } from '../lib/content';
import { redirectRules } from '../lib/redirects';

/**
 * `_redirects` for Netlify and Cloudflare Pages: a 301 from each old article URL. A file in
 * src/pages/ whose name starts with "_" is not a route, so the name comes in as a parameter.
 */
export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => {
  const stories = await getAllStories();
  return new Response(redirectRules(stories, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
