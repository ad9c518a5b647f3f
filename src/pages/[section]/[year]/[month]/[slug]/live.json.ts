import type { APIRoute } from 'astro';
import { fingerprint, liveUpdatesKey } from '../../../../../lib/cache-keys';
import { getArchive, type LiveCoverage } from '../../../../../lib/content';
import { liveFeed } from '../../../../../lib/live';
import { articleParams } from '../../../../../lib/urls';

/**
 * live.json beside each live story's page: its state, how many updates it has and the ids
 * of the newest. Open live pages poll it (src/client/live.ts); see src/lib/live.ts.
 */
export async function getStaticPaths() {
  const { stories } = await getArchive();
  return stories.flatMap(({ path, live }) =>
    live ? [{ params: articleParams(path), props: { live }, cacheKey: fingerprint(live.state, liveUpdatesKey({ live })) }] : [],
  );
}

export const GET: APIRoute<{ live: LiveCoverage }> = ({ props: { live } }) =>
  new Response(JSON.stringify(liveFeed(live.state, live.updates)), { headers: { 'Content-Type': 'application/json' } });
