import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedChannel, feedPaths, type FeedScope } from '../../lib/feed-channels';
import { RSS_NAMESPACES, rssChannelData, rssItems } from '../../lib/feeds';

export const getStaticPaths = feedPaths;

export const GET: APIRoute<{ scope: FeedScope }> = async ({ props }) => {
  const channel = await feedChannel(props.scope);
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(channel),
    items: rssItems(channel),
  });
};
