/**
 * The feeds the site publishes: one for the whole site, one per section and one per author,
 * each in three formats (src/pages/[...scope]/rss.xml.ts, atom.xml.ts, feed.json.ts). Built
 * from getArchive() only, so drafts and scheduled stories cannot reach a feed reader, and
 * without headline-only briefs, which have no text to read.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ArticleBody from '../components/ArticleBody.astro';
import LiveUpdateList from '../components/LiveUpdateList.astro';
import { siteConfig } from '../site.config';
import { liveUpdatesKey, pageKey } from './cache-keys';
import { describeStory, getEditions, quotedStories, type Archive, type Story } from './content';
import { inEdition, type Edition } from './editions';
import { stringsFor } from '../strings';
import { feedHtml, feedGuid, feedPath, firstSlug, type FeedChannel, type FeedItem } from './feeds';
import { heroRendition } from './hero-rendition';
import { absoluteUrl, authorPath, sectionPath } from './urls';

export interface FeedScope {
  edition: Edition;
  /** The page the feed follows: "/", "/world/", "/authors/afp/". */
  pagePath: string;
  title: string;
  description: string;
  stories: Story[];
}

/** Each edition's feeds: its front page's, its sections' and its authors', under its own prefix. */
export function feedScopes(archive: Archive): FeedScope[] {
  const { sections, authors, edition } = archive;
  const stories = archive.stories.filter((s) => !s.brief);
  const at = (path: string) => inEdition(edition, path);
  return [
    { edition, pagePath: at('/'), title: siteConfig.name, description: stringsFor(edition).description, stories },
    ...sections.map((section) => ({
      edition,
      pagePath: at(sectionPath(section.id)),
      title: `${section.data.name} | ${siteConfig.name}`,
      description: section.data.description,
      stories: stories.filter((s) => s.sectionId === section.id),
    })),
    ...authors.map((author) => ({
      edition,
      pagePath: at(authorPath(author.id)),
      title: `${author.data.name} | ${siteConfig.name}`,
      description: author.data.bio,
      stories: stories.filter((s) => s.authors.some((a) => a.id === author.id)),
    })),
  ];
}

/** getStaticPaths of the feed routes: `scope` is the page path without its slashes, none for the site. */
export async function feedPaths() {
  return (await getEditions()).flatMap((archive) =>
    feedScopes(archive).map((scope) => ({
      params: { scope: scope.pagePath.slice(1, -1) || undefined },
      props: { scope },
      // Full-text items show the stories their "Related article" lines name, and a live story's updates.
      cacheKey: pageKey(
        archive,
        scope.stories.slice(0, siteConfig.feeds.items).flatMap((story) => [story, ...quotedStories(story, archive)]),
        scope.title,
        scope.description,
        scope.stories.slice(0, siteConfig.feeds.items).map(liveUpdatesKey),
      ),
    })),
  );
}

let container: Promise<AstroContainer> | undefined;

/**
 * An article body as HTML, rendered by the components its page uses. A live story is one
 * item whose content is its summary and then every update, newest first: a reader's feed
 * shows the story once, up to date, rather than an item per two-line update.
 */
async function bodyHtml(story: Story): Promise<string> {
  container ??= AstroContainer.create();
  const render = await container;
  const body = await render.renderToString(ArticleBody, { props: { entry: story.entry } });
  if (!story.live || story.live.updates.length === 0) return body;
  return body + (await render.renderToString(LiveUpdateList, { props: { updates: story.live.updates } }));
}

async function feedItem(story: Story, site: URL): Promise<FeedItem> {
  const url = absoluteUrl(story.path, site, import.meta.env.BASE_URL);
  const authors = story.authors.map((a) => ({
    name: a.data.name,
    url: absoluteUrl(inEdition(story.edition, authorPath(a.id)), site, import.meta.env.BASE_URL),
  }));
  return {
    id: feedGuid(siteConfig.url, story.publishedAt, firstSlug(story.id, story.redirectFrom), story.edition.timeZone),
    url,
    title: story.title,
    summary: describeStory(story),
    contentHtml: siteConfig.feeds.content === 'full' ? feedHtml(await bodyHtml(story), url) : undefined,
    published: story.publishedAt,
    updated: story.updatedAt ?? story.publishedAt,
    authors: authors.length > 0 || !story.source ? authors : [{ name: story.source.name, url: story.source.url ?? url }],
    categories: [story.section.data.name, ...story.tags],
    image: story.hero?.image ? await heroRendition(story.hero.image, site) : undefined,
  };
}

/** Items are shared by every feed a story is in (site, section, each author; three formats). */
const items = new Map<string, Promise<FeedItem>>();

export async function feedChannel(scope: FeedScope): Promise<FeedChannel> {
  const site = new URL(import.meta.env.SITE);
  const abs = (path: string) => absoluteUrl(path, site, import.meta.env.BASE_URL);
  const latest = scope.stories.slice(0, siteConfig.feeds.items);
  return {
    id: abs(scope.pagePath),
    title: scope.title,
    description: scope.description,
    homeUrl: abs(scope.pagePath),
    feedUrls: {
      rss: abs(feedPath(scope.pagePath, 'rss')),
      atom: abs(feedPath(scope.pagePath, 'atom')),
      json: abs(feedPath(scope.pagePath, 'json')),
    },
    language: scope.edition.locale,
    iconUrl: abs(siteConfig.organization.logo),
    items: await Promise.all(
      latest.map((story) => {
        let item = items.get(story.id);
        if (!item) {
          item = feedItem(story, site);
          items.set(story.id, item);
        }
        return item;
      }),
    ),
  };
}
