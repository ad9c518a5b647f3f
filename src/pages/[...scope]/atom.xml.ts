import type { APIRoute } from 'astro';
import { feedChannel, feedPaths, type FeedScope } from '../../lib/feed-channels';
import { atomFeed, FEED_FORMATS } from '../../lib/feeds';
import { siteConfig } from '../../site.config';

export const getStaticPaths = feedPaths;

export const GET: APIRoute<{ scope: FeedScope }> = async ({ props }) => {
  const channel = await feedChannel(props.scope);
  return new Response(atomFeed(channel, `© ${siteConfig.organization.name}`), {
    headers: { 'Content-Type': `${FEED_FORMATS.atom.type}; charset=utf-8` },
  });
};
