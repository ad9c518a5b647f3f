import type { APIRoute } from 'astro';
import { feedChannel, feedPaths, type FeedScope } from '../../lib/feed-channels';
import { FEED_FORMATS, jsonFeed } from '../../lib/feeds';

export const getStaticPaths = feedPaths;

export const GET: APIRoute<{ scope: FeedScope }> = async ({ props }) =>
  new Response(JSON.stringify(jsonFeed(await feedChannel(props.scope)), null, 2), {
    headers: { 'Content-Type': `${FEED_FORMATS.json.type}; charset=utf-8` },
  });
