/**
 * Components an article body may use without importing them. The article page and the
 * feeds render bodies with the same map, so a feed shows what the page shows.
 */
import PullQuote from './PullQuote.astro';
import RelatedStory from './RelatedStory.astro';

export const articleComponents = { PullQuote, RelatedStory };
