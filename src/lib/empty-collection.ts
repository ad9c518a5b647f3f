/**
 * Leaves a collection in the content store even when its loader found nothing. Astro's
 * getCollection warns that a collection nothing was stored in "does not exist or is empty.
 * Please check your content config file for errors", and a newsroom with no live story or no
 * breaking news is the usual case, not an error. Storing and removing one entry leaves the
 * collection there, empty.
 */
import type { LoaderContext } from 'astro/loaders';

export function keepCollection(store: LoaderContext['store']): void {
  if (store.keys().length > 0) return;
  store.set({ id: 'dateline-empty', data: {} });
  store.delete('dateline-empty');
}
